import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isSite, nodeValue, siteConfigNode } from './util.js';

export default defineCheck({
  id: 'azure-appservice-auth-enabled',
  title: 'App Service apps require sign-in (App Service Authentication)',
  rationale:
    'App Service Authentication stops anonymous requests before they reach the application code, or validates ' +
    'tokens for it, so an app that is not meant to be public cannot be used by anyone who finds its URL.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['IAM-05', 'APP-05'],
  remediation:
    'Turn on App Service Authentication with an identity provider (e.g. Microsoft Entra ID), or tag apps that ' +
    'authenticate users themselves or are meant to be public.',
  fix: {
    cli: 'az webapp auth update --name APP --resource-group RG --enabled true --action LoginWithAzureActiveDirectory',
  },
  references: { 'cis-azure-foundations': ['9.1'] },
  params: {
    allowTag: {
      description: 'tag key (value "true") that marks an app that is public by design',
      default: 'public-approved',
    },
  },
  evaluate(site, { inventory, params }) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    if (site.tags[String(params.allowTag)] === 'true')
      return notApplicable(`Marked as public by design (${String(params.allowTag)}=true).`);
    const v2 = siteConfigNode(site, inventory, 'authsettingsV2');
    const v1 = siteConfigNode(site, inventory, 'authsettings');
    if (v2 === undefined && v1 === undefined)
      throw new MissingData('config/authsettingsV2', 'the authentication settings were not collected');
    const enabled =
      (v2 ? nodeValue<boolean>(v2, 'properties.platform.enabled') === true : false) ||
      (v1 ? nodeValue<boolean>(v1, 'properties.enabled') === true : false);
    return enabled
      ? pass('App Service Authentication is on.', [ev('authsettingsV2.platform.enabled', true)])
      : fail('App Service Authentication is off; anonymous requests reach the app.', [
          ev('authsettingsV2.platform.enabled', false),
        ]);
  },
});
