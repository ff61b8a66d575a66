import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isType, T } from './util.js';

export default defineCheck<'storage.bucket', { maxDays: number }>({
  id: 'azure-storage-key-rotation-reminder',
  title: 'Storage accounts have an access-key expiration policy',
  rationale:
    'A key expiration policy makes Azure flag account keys that are older than the chosen period, which is the ' +
    'only built-in reminder to rotate them. Without it, the two all-powerful account keys tend to live forever.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['IAM-06'],
  remediation:
    'Set a key expiration policy (keyPolicy.keyExpirationPeriodInDays) of at most the rotation period, e.g. 90 days.',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --key-exp-days 90',
    terraform:
      'resource "azurerm_storage_account" "this" {\n  sas_policy { expiration_period = "90.00:00:00" }\n}',
  },
  references: { 'cis-azure-foundations': ['3.3'] },
  params: { maxDays: { description: 'longest acceptable key expiration period, in days', default: 90 } },
  evaluate(account, { params }) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    if (armValue<boolean>(account, 'properties.allowSharedKeyAccess') === false)
      return notApplicable('Shared key access is disabled, so the account keys cannot be used.');
    const days = armValue<number>(account, 'properties.keyPolicy.keyExpirationPeriodInDays');
    if (days === undefined) {
      if (!isArmDocument(account))
        throw new MissingData('raw.properties.keyPolicy', 'not in the collected data');
      return fail('No key expiration policy is set.', [ev('keyPolicy', null)]);
    }
    return days <= params.maxDays
      ? pass(`Keys are flagged after ${days} days.`, [ev('keyPolicy.keyExpirationPeriodInDays', days)])
      : fail(`The key expiration period (${days} days) is longer than ${params.maxDays}.`, [
          ev('keyPolicy.keyExpirationPeriodInDays', days),
        ]);
  },
});
