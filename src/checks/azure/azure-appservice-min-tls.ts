import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isSite, siteConfig } from './util.js';

export default defineCheck({
  id: 'azure-appservice-min-tls',
  title: 'App Service apps require TLS 1.2 or later',
  rationale:
    'Apps that still negotiate TLS 1.0 or 1.1 expose their traffic to the known weaknesses of those versions; ' +
    'all current browsers and clients support TLS 1.2.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['EIT-01'],
  remediation: 'Set the minimum inbound TLS version of the app (and its slots) to 1.2.',
  fix: { cli: 'az webapp config set --name APP --resource-group RG --min-tls-version 1.2' },
  references: { 'cis-azure-foundations': ['9.3'] },
  evaluate(site, { inventory }) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    const value = siteConfig<string | boolean>(site, inventory, 'minTlsVersion');
    if (value === undefined) throw new MissingData('siteConfig.minTlsVersion', 'not in the collected data');
    const ok = ((v: string | boolean) => ['1.2', '1.3'].includes(String(v)))(value);
    return ok
      ? pass(`The minimum TLS version is ${String(value)}.`, [ev('siteConfig.minTlsVersion', value)])
      : fail(`The app accepts TLS ${String(value)}; 1.2 is the minimum to allow.`, [
          ev('siteConfig.minTlsVersion', value),
        ]);
  },
});
