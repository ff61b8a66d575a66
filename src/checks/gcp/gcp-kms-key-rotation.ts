import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, durationDays, ev, isAsset, norm, value } from './util.js';

export default defineCheck<'crypto.key', { maxDays: number }>({
  id: 'gcp-kms-key-rotation',
  title: 'Cloud KMS keys rotate at least every 90 days',
  rationale:
    'Automatic rotation creates new key versions for new data, limiting how much data one version protects and ' +
    'how long a compromised version is useful. Without a rotation schedule one version stays primary forever.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['crypto.key'],
  controls: ['KEY-02'],
  remediation: 'Set a rotation period of at most 90 days (and a next rotation time) on the key.',
  fix: {
    cli: 'gcloud kms keys update KEY --keyring=RING --location=LOCATION --rotation-period=90d --next-rotation-time=2030-01-01T00:00:00Z',
  },
  references: { 'cis-gcp-foundations': ['1.10'] },
  params: { maxDays: { description: 'longest acceptable rotation period, in days', default: 90 } },
  evaluate(key, { params }) {
    if (!isAsset(key, A.cryptoKey)) return notApplicable('Not a Cloud KMS key.');
    const purpose = value<string>(key, 'purpose');
    if (purpose !== undefined && purpose !== 'ENCRYPT_DECRYPT')
      return notApplicable(`A ${purpose} key; automatic rotation applies to symmetric encryption keys.`);
    const state = value<string>(key, 'primary.state');
    if (state !== undefined && state !== 'ENABLED') return notApplicable(`The primary version is ${state}.`);
    let days =
      norm<boolean>(key, 'rotationEnabled') === false ? null : norm<number>(key, 'rotationPeriodDays');
    if (days === undefined) {
      if (purpose === undefined) throw new MissingData('raw.purpose', 'the key was not collected');
      const period = value<string>(key, 'rotationPeriod');
      days = period ? (durationDays(period) ?? null) : null;
    }
    if (days === null)
      return fail('The key has no automatic rotation schedule.', [ev('rotationPeriod', null)]);
    return days <= params.maxDays
      ? pass(`The key rotates every ${Math.round(days)} days.`, [ev('rotationPeriodDays', days)])
      : fail(`The key rotates only every ${Math.round(days)} days (maximum ${params.maxDays}).`, [
          ev('rotationPeriodDays', days),
        ]);
  },
});
