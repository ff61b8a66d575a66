import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isSite, siteConfig } from './util.js';

export default defineCheck({
  id: 'azure-appservice-http2',
  title: 'App Service apps use HTTP/2',
  rationale:
    'HTTP/2 fixes head-of-line blocking and header handling problems of HTTP/1.1 and is the protocol current ' +
    'clients prefer; keeping apps on the latest HTTP version picks up those fixes.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['APP-05'],
  remediation: "Turn on HTTP 2.0 in the app's general settings.",
  fix: { cli: 'az webapp config set --name APP --resource-group RG --http20-enabled true' },
  references: { 'cis-azure-foundations': ['9.9'] },
  evaluate(site, { inventory }) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    const value = siteConfig<string | boolean>(site, inventory, 'http20Enabled');
    if (value === undefined) throw new MissingData('siteConfig.http20Enabled', 'not in the collected data');
    const ok = ((v: string | boolean) => v === true)(value);
    return ok
      ? pass(`HTTP/2 is enabled.`, [ev('siteConfig.http20Enabled', value)])
      : fail(`The app serves HTTP/1.1 only.`, [ev('siteConfig.http20Enabled', value)]);
  },
});
