import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, need, norm } from './util.js';

export default defineCheck<'storage.bucket', { allowTag: string }>({
  id: 'gcp-storage-public-access-prevention',
  title: 'Cloud Storage buckets enforce public access prevention',
  rationale:
    'Public access prevention makes the bucket refuse allUsers and allAuthenticatedUsers grants altogether, so a ' +
    'mistaken IAM change or ACL cannot publish its data. "inherited" depends on an organization policy being set.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['storage.bucket'],
  controls: ['DATA-03'],
  remediation:
    'Set public access prevention to enforced on the bucket, or enforce storage.publicAccessPrevention for the organization.',
  fix: { cli: 'gcloud storage buckets update gs://BUCKET --public-access-prevention' },
  references: { 'cis-gcp-foundations': ['5.1'] },
  params: {
    allowTag: {
      description: 'label/tag key (value "true") marking a bucket that is public by design',
      default: 'public-approved',
    },
  },
  evaluate(bucket, { params }) {
    if (!isAsset(bucket, A.bucket)) return notApplicable('Not a Cloud Storage bucket.');
    if (bucket.tags[params.allowTag] === 'true')
      return notApplicable(`Marked as public by design (${params.allowTag}=true).`);
    if (norm<boolean>(bucket, 'publicAccessBlocked') === true)
      return pass('Public access is blocked.', [ev('publicAccessBlocked', true)]);
    const pap = String(
      need<string>(bucket, 'iamConfiguration.publicAccessPrevention', 'publicAccessBlocked'),
    );
    return pap === 'enforced'
      ? pass('Public access prevention is enforced.', [ev('publicAccessPrevention', pap)])
      : fail(`Public access prevention is ${pap}; a public grant would take effect.`, [
          ev('publicAccessPrevention', pap),
        ]);
  },
});
