import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { bindings, ev, PUBLIC_MEMBERS, policyScope } from './util.js';

export default defineCheck<'identity.policy', { allowTag: string }>({
  id: 'gcp-iam-no-public-members',
  title: 'IAM policies grant nothing to allUsers or allAuthenticatedUsers',
  rationale:
    'allUsers is anyone on the internet and allAuthenticatedUsers is anyone with any Google account. A binding to ' +
    'either on a bucket, key, dataset, function or project makes the resource public. Deliberately public ' +
    'resources are marked on the resource itself and reviewed.',
  severity: 'critical',
  providers: ['gcp'],
  kinds: ['identity.policy'],
  controls: ['DATA-03', 'IAM-03'],
  remediation:
    'Remove allUsers and allAuthenticatedUsers from the policy; grant access to the specific users, groups or ' +
    'service accounts that need it. Enforce with the domain-restricted sharing organization policy.',
  fix: { cli: 'gcloud storage buckets remove-iam-policy-binding gs://BUCKET --member=allUsers --role=ROLE' },
  references: { 'cis-gcp-foundations': ['1.9', '5.1'] },
  params: {
    allowTag: {
      description: 'label/tag key (value "true") on the target resource that marks it as public by design',
      default: 'public-approved',
    },
  },
  evaluate(p, { inventory, params }) {
    const { target } = policyScope(p);
    const resource = inventory.byId(target);
    if (resource && resource.tags[params.allowTag] === 'true')
      return notApplicable(`${target} is marked as public by design (${params.allowTag}=true).`);
    const open = bindings(p).flatMap((b) =>
      b.members.filter((m) => PUBLIC_MEMBERS.includes(m.toLowerCase())).map((m) => `${b.role} → ${m}`),
    );
    return open.length === 0
      ? pass('No binding names allUsers or allAuthenticatedUsers.')
      : fail(`Public bindings on ${target}: ${open.join(', ')}.`, [ev('bindings', open)]);
  },
});
