import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isSite, siteConfig } from './util.js';

export default defineCheck({
  id: 'azure-appservice-remote-debugging-off',
  title: 'App Service apps have remote debugging turned off',
  rationale:
    'Remote debugging opens extra inbound ports on the app and lets a debugger attach to the running process. It ' +
    'is meant for short troubleshooting sessions and is easily left on.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['APP-05', 'NET-02'],
  remediation: 'Turn off remote debugging for the app and its slots.',
  fix: { cli: 'az webapp config set --name APP --resource-group RG --remote-debugging-enabled false' },
  evaluate(site, { inventory }) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    const value = siteConfig<string | boolean>(site, inventory, 'remoteDebuggingEnabled');
    if (value === undefined)
      throw new MissingData('siteConfig.remoteDebuggingEnabled', 'not in the collected data');
    const ok = ((v: string | boolean) => v === false)(value);
    return ok
      ? pass(`Remote debugging is off.`, [ev('siteConfig.remoteDebuggingEnabled', value)])
      : fail(`Remote debugging is on.`, [ev('siteConfig.remoteDebuggingEnabled', value)]);
  },
});
