import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, label, ofType, once, value } from './util.js';

export default defineCheck({
  id: 'gcp-logging-bucket-retention-lock',
  title: 'Buckets that receive exported logs have a locked retention policy',
  rationale:
    'A locked retention policy (Bucket Lock) stops anyone — including project owners and an attacker with their ' +
    'rights — from deleting or shortening the retention of exported logs, so the audit trail survives a compromise.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['storage.bucket'],
  controls: ['LOG-04', 'BAK-02'],
  remediation:
    'Set a retention policy on the log bucket and lock it (locking is irreversible; choose the period with care).',
  fix: {
    cli: 'gcloud storage buckets update gs://BUCKET --retention-period=365d && gcloud storage buckets update gs://BUCKET --lock-retention-period',
  },
  references: { 'cis-gcp-foundations': ['2.3'] },
  evaluate(bucket, { inventory }) {
    if (!isAsset(bucket, A.bucket)) return notApplicable('Not a Cloud Storage bucket.');
    if (ofType(inventory, A.sink).length === 0)
      throw new MissingData(
        'sinks',
        'no log sinks were collected, so whether the bucket receives logs is unknown',
      );
    const destinations = once(inventory, 'gcp:sink-buckets', () => {
      const m = new Map<string, string>();
      for (const s of ofType(inventory, A.sink)) {
        const d = String(value(s, 'destination') ?? '');
        const b = /^storage\.googleapis\.com\/([^/]+)/.exec(d)?.[1];
        if (b && value(s, 'disabled') !== true) m.set(b, s.id);
      }
      return m;
    });
    const name = String(value(bucket, 'name') ?? label(bucket));
    const sink = destinations.get(name);
    if (!sink) return notApplicable('The bucket is not the destination of a log sink.');
    const policy = value<Record<string, unknown>>(bucket, 'retentionPolicy');
    if (policy === undefined && value(bucket, 'name') === undefined)
      throw new MissingData('raw.retentionPolicy', 'the bucket was not collected');
    const locked = policy?.isLocked === true && Number(policy.retentionPeriod ?? 0) > 0;
    return locked
      ? pass(
          `Logs from ${sink} are kept under a locked ${Math.round(Number(policy?.retentionPeriod) / 86400)}-day retention policy.`,
          [ev('retentionPolicy', policy)],
        )
      : fail(
          `The bucket receives logs from ${sink} but its retention policy is ${policy ? 'not locked' : 'missing'}.`,
          [ev('retentionPolicy', policy ?? null)],
        );
  },
});
