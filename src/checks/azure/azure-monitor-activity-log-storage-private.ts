import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import {
  activityLogSettings,
  armValue,
  childrenOf,
  ev,
  isSubscription,
  nodeOf,
  nodeValue,
  T,
} from './util.js';

export default defineCheck({
  id: 'azure-monitor-activity-log-storage-private',
  title: 'Storage receiving the activity log is not publicly readable',
  rationale:
    'The exported activity log describes the whole subscription: who changed what, resource names, addresses. ' +
    'If the storage account holding it allows anonymous blob access, the insights-activity-logs container can be ' +
    'made readable by anyone.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['LOG-04', 'DATA-03'],
  remediation:
    'Disallow anonymous blob access on the storage account that receives the activity log (or at least set the ' +
    'insights-activity-logs container to private).',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --allow-blob-public-access false',
  },
  references: { 'cis-azure-foundations': ['5.1.3'] },
  evaluate(sub, { inventory }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    const targets = activityLogSettings(sub, inventory)
      .map((s) => nodeValue<string>(s, 'properties.storageAccountId'))
      .filter((x): x is string => typeof x === 'string');
    if (targets.length === 0) return notApplicable('The activity log is not exported to a storage account.');
    const exposed: string[] = [];
    for (const id of new Set(targets.map((t) => t.toLowerCase()))) {
      const account = inventory.byId(id);
      if (!account)
        throw new MissingData('storageAccountId', `the destination storage account ${id} was not collected`);
      const allow = armValue<boolean>(account, 'properties.allowBlobPublicAccess');
      if (allow === false) continue;
      // The blob service is always `default`; containers may be collected without it.
      const found = childrenOf(nodeOf(account), inventory, T.blobServices) ?? [];
      const services =
        found.length > 0
          ? found
          : [{ type: T.blobServices, name: 'default', doc: {}, id: `${id}/blobservices/default` }];
      const containers = services.flatMap(
        (s) => childrenOf(s, inventory, `${T.blobServices}/containers`) ?? [],
      );
      const logs = containers.find((c) => c.name === 'insights-activity-logs');
      const access = logs ? nodeValue<string>(logs, 'properties.publicAccess') : undefined;
      if (access !== undefined && access.toLowerCase() === 'none') continue;
      if (allow === undefined && access === undefined)
        throw new MissingData('allowBlobPublicAccess', `public access of ${id} is not known`);
      exposed.push(id.split('/').pop() ?? id);
    }
    return exposed.length === 0
      ? pass('The activity log storage cannot be read anonymously.', [ev('storageAccounts', targets)])
      : fail(`Activity log storage allows anonymous access: ${exposed.join(', ')}.`, [
          ev('storageAccounts', exposed),
        ]);
  },
});
