import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** Relational: nothing runs in a default VPC (resources referring to it with `in-vpc`). */
export default defineCheck({
  id: 'aws-vpc-default-vpc-unused',
  title: 'Workloads do not run in the default VPC',
  rationale:
    'Default VPCs come with public subnets that auto-assign public IPs and permissive defaults, designed for a quick ' +
    'start rather than for segmentation. Workloads belong in VPCs designed for them.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['network.vpc'],
  controls: ['NET-01'],
  remediation:
    'Move the resources to a purpose-built VPC, then delete the default VPC (it can be recreated if ever needed).',
  fix: { cli: 'aws ec2 delete-vpc --vpc-id DEFAULT_VPC_ID' },
  evaluate(vpc, { inventory }) {
    if (!need<boolean>(vpc, 'isDefault')) return notApplicable('Not a default VPC.');
    const users = inventory.referrers(vpc.id, 'in-vpc').filter((r) => !r.kind.startsWith('network.'));
    if (users.length > 0)
      return fail(
        `${users.length} resources run in the default VPC: ${users
          .slice(0, 5)
          .map((u) => u.id)
          .join(', ')}.`,
        [{ path: 'in-vpc', value: users.map((u) => u.id) }],
      );
    return pass('Nothing runs in the default VPC.');
  },
});
