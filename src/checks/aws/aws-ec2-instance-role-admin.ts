import type { Resource } from '../../core/index.js';
import { defineCheck, fail, type InventoryView, MissingData, notApplicable, pass } from '../define.js';
import { adminEquivalence } from '../iam/index.js';
import { gatherPolicies } from './iam-util.js';
import { type Res, relationTargets } from './util.js';

/**
 * The role behind the instance: a `uses-role` relation to an IAM role, else the recorded role or instance-profile
 * ARN (`…:instance-profile/<name>` is usually backed by `…:role/<name>`).
 */
function roleOf(
  instance: Res & { properties: { role?: string | undefined } },
  inventory: InventoryView,
): Resource | undefined {
  for (const id of relationTargets(instance, 'uses-role')) {
    const r = inventory.byId(id);
    if (r?.kind === 'identity.role') return r;
  }
  const ref = instance.properties.role;
  if (!ref) return undefined;
  return inventory.byId(ref) ?? inventory.byId(ref.replace(':instance-profile/', ':role/'));
}

/** Relational: an instance's role (through the inventory) is not administrator-equivalent. */
export default defineCheck({
  id: 'aws-ec2-instance-role-admin',
  title: 'EC2 instance roles are not administrator-equivalent',
  rationale:
    'Anyone who gets code running on the instance, or reaches its metadata service through an SSRF bug, gets the ' +
    'role credentials. An administrator role turns one compromised server into a compromised account.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['compute.instance'],
  controls: ['IAM-03', 'IAM-04'],
  remediation: 'Give the instance a role scoped to the resources and actions its workload uses.',
  evaluate(instance, { inventory }) {
    if (instance.properties.state === 'terminated') return notApplicable('The instance is terminated.');
    const ref = instance.properties.role ?? relationTargets(instance, 'uses-role')[0];
    if (ref === '') return notApplicable('The instance has no role.');
    if (ref === undefined) throw new MissingData('role', 'the instance role was not collected');
    const role = roleOf(instance, inventory);
    if (!role) throw new MissingData('role', `the role behind ${ref} is not in the inventory`);
    const admin = adminEquivalence(gatherPolicies(role, inventory).statements);
    if (admin.length > 0)
      return fail(
        `The instance runs as ${role.id}, which ${admin[0]?.description ?? 'is administrator-equivalent'}.`,
        [{ path: 'role', value: role.id, resource: role.id }],
      );
    return pass(`The instance role ${role.id} is not administrator-equivalent.`);
  },
});
