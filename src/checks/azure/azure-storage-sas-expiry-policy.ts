import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isType, T } from './util.js';

/** `1.12:00:00` (days.hours:minutes:seconds) → hours. */
function periodHours(p: string): number | undefined {
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(p.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 24 + Number(m[2]) + Number(m[3]) / 60 + Number(m[4]) / 3600;
}

export default defineCheck<'storage.bucket', { maxHours: number }>({
  id: 'azure-storage-sas-expiry-policy',
  title: 'Storage accounts limit how long SAS tokens may be valid',
  rationale:
    'A shared access signature works for anyone who holds it until it expires, and account-key SAS tokens cannot ' +
    'be revoked individually. An expiration policy makes Azure log or block tokens issued for longer than the ' +
    'allowed period, keeping leaked tokens short-lived.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['IAM-06'],
  remediation:
    'Set a SAS expiration policy on the account (sasPolicy) with a period of at most one hour and the Block action.',
  fix: { cli: 'az storage account update --name ACCOUNT --resource-group RG --sas-exp 0.01:00:00' },
  references: { 'cis-azure-foundations': ['3.6'] },
  params: { maxHours: { description: 'longest acceptable SAS validity, in hours', default: 1 } },
  evaluate(account, { params }) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    if (armValue<boolean>(account, 'properties.allowSharedKeyAccess') === false)
      return notApplicable('Shared key access is disabled, so account-key SAS tokens cannot be used.');
    const period = armValue<string>(account, 'properties.sasPolicy.sasExpirationPeriod');
    if (period === undefined) {
      if (!isArmDocument(account))
        throw new MissingData('raw.properties.sasPolicy', 'not in the collected data');
      return fail('No SAS expiration policy is set; tokens may be valid for any length of time.', [
        ev('sasPolicy', null),
      ]);
    }
    const hours = periodHours(period);
    if (hours === undefined) return fail(`The SAS expiration period "${period}" does not parse.`);
    const action = armValue<string>(account, 'properties.sasPolicy.expirationAction') ?? 'Log';
    return hours <= params.maxHours
      ? pass(`SAS tokens longer than ${period} are ${action === 'Block' ? 'blocked' : 'logged'}.`, [
          ev('sasPolicy', { period, action }),
        ])
      : fail(`The SAS expiration period (${period}) is longer than ${params.maxHours} hour(s).`, [
          ev('sasPolicy', { period, action }),
        ]);
  },
});
