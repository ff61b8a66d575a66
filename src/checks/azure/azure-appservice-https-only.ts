import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isSite } from './util.js';

export default defineCheck({
  id: 'azure-appservice-https-only',
  title: 'App Service apps redirect HTTP to HTTPS',
  rationale:
    'Without "HTTPS Only", the app also answers plain HTTP, where session cookies, tokens and form data travel ' +
    'unencrypted and can be intercepted or altered.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['EIT-01'],
  remediation: 'Turn on "HTTPS Only" (httpsOnly) for the app and each of its slots.',
  fix: {
    cli: 'az webapp update --name APP --resource-group RG --https-only true',
    terraform: 'resource "azurerm_linux_web_app" "this" {\n  https_only = true\n}',
  },
  references: { 'cis-azure-foundations': ['9.2'] },
  evaluate(site) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    const httpsOnly = armNeed<boolean>(site, 'properties.httpsOnly');
    return httpsOnly
      ? pass('Plain HTTP requests are redirected to HTTPS.', [ev('httpsOnly', true)])
      : fail('The app serves plain HTTP.', [ev('httpsOnly', false)]);
  },
});
