import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isSite } from './util.js';

export default defineCheck({
  id: 'azure-appservice-client-certs',
  title: 'App Service apps require client certificates',
  rationale:
    'Requiring a client certificate (mutual TLS) means only clients holding a trusted certificate can open a ' +
    'connection at all, which suits APIs called by known systems. "Optional" modes accept clients without one.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['EIT-01', 'IAM-05'],
  remediation:
    'Turn on incoming client certificates with the mode set to Required, or tag apps that serve browsers.',
  fix: {
    cli: 'az webapp update --name APP --resource-group RG --set clientCertEnabled=true clientCertMode=Required',
    terraform:
      'resource "azurerm_linux_web_app" "this" {\n  client_certificate_enabled = true\n  client_certificate_mode    = "Required"\n}',
  },
  references: { 'cis-azure-foundations': ['9.4'] },
  params: {
    allowTag: {
      description: 'tag key (value "true") that marks an app serving browsers without client certificates',
      default: 'browser-facing',
    },
  },
  evaluate(site, { params }) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    if (site.tags[String(params.allowTag)] === 'true')
      return notApplicable(`Marked as browser-facing (${String(params.allowTag)}=true).`);
    const enabled = armValue<boolean>(site, 'properties.clientCertEnabled');
    if (enabled === undefined)
      throw new MissingData('raw.properties.clientCertEnabled', 'not in the collected data');
    const mode = armValue<string>(site, 'properties.clientCertMode') ?? 'Required';
    const evidence = [ev('clientCertEnabled', enabled), ev('clientCertMode', mode)];
    if (!enabled) return fail('Incoming client certificates are off.', evidence);
    return mode.toLowerCase() === 'required'
      ? pass('Client certificates are required.', evidence)
      : fail(`Client certificates are only ${mode}; clients without one are accepted.`, evidence);
  },
});
