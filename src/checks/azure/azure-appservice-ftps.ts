import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isSite, siteConfig } from './util.js';

export default defineCheck({
  id: 'azure-appservice-ftps',
  title: 'App Service apps do not accept plain FTP deployments',
  rationale:
    'Plain FTP sends the deployment credentials and the code in clear text. FTP should be disabled, or limited to ' +
    'FTPS where it is still needed.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['EIT-01', 'IAM-06'],
  remediation:
    'Set the FTP state of the app to Disabled (or FtpsOnly where FTP deployment is still required).',
  fix: { cli: 'az webapp config set --name APP --resource-group RG --ftps-state Disabled' },
  references: { 'cis-azure-foundations': ['9.10'] },
  evaluate(site, { inventory }) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    const value = siteConfig<string | boolean>(site, inventory, 'ftpsState');
    if (value === undefined) throw new MissingData('siteConfig.ftpsState', 'not in the collected data');
    const ok = ((v: string | boolean) => ['ftpsonly', 'disabled'].includes(String(v).toLowerCase()))(value);
    return ok
      ? pass(`FTP state is ${String(value)}.`, [ev('siteConfig.ftpsState', value)])
      : fail(`FTP state is ${String(value)}: deployment credentials can travel in clear text.`, [
          ev('siteConfig.ftpsState', value),
        ]);
  },
});
