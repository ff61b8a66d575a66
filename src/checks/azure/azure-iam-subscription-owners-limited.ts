import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { assignmentsByScope, ev, isOwnerRole, isSubscription, ofType, T } from './util.js';

export default defineCheck<'identity.account', { maxOwners: number }>({
  id: 'azure-iam-subscription-owners-limited',
  title: 'Few principals hold Owner on each subscription',
  rationale:
    'Every Owner can change anything in the subscription and grant access to others. The more there are, the more ' +
    'accounts an attacker can target and the harder it is to review who has control.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['IAM-04', 'IAM-07'],
  remediation:
    'Reduce direct Owner assignments on the subscription to the configured maximum; use narrower roles or PIM for the rest.',
  params: {
    maxOwners: {
      description: 'most principals allowed to hold Owner directly on a subscription',
      default: 3,
    },
  },
  evaluate(sub, { inventory, params }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    if (ofType(inventory, T.roleAssignment).length === 0)
      throw new MissingData('roleAssignments', 'no role assignments were collected');
    const assignments = assignmentsByScope(inventory).get(sub.id.toLowerCase()) ?? [];
    const owners = [
      ...new Set(
        assignments.filter((a) => isOwnerRole(a.roleDefinitionId, inventory).owner).map((a) => a.principalId),
      ),
    ];
    return owners.length <= params.maxOwners
      ? pass(`${owners.length} principal(s) hold Owner on the subscription.`, [ev('owners', owners)])
      : fail(`${owners.length} principals hold Owner on the subscription (maximum ${params.maxOwners}).`, [
          ev('owners', owners),
        ]);
  },
});
