/** Gathering the statements that apply to an IAM user or role from the inventory, for the relational IAM checks. */
import type { PolicyStatement } from '../../core/index.js';
import { type InventoryView, MissingData } from '../define.js';
import { isObj, type Res } from './util.js';

/**
 * AWS managed policies whose content is fixed and public, so a check need not find them in the inventory:
 * `AdministratorAccess` allows every action on every resource, `IAMFullAccess` every IAM action.
 */
export const KNOWN_MANAGED: Readonly<Record<string, PolicyStatement[]>> = {
  'arn:aws:iam::aws:policy/AdministratorAccess': [{ effect: 'allow', actions: ['*'], resources: ['*'] }],
  'arn:aws:iam::aws:policy/IAMFullAccess': [
    {
      effect: 'allow',
      actions: ['iam:*', 'organizations:DescribeAccount', 'organizations:DescribeOrganization'],
      resources: ['*'],
    },
  ],
};

function managedStatements(arn: string, inventory: InventoryView): PolicyStatement[] | undefined {
  // Partitions other than `aws` name the same managed policies.
  const key = arn.replace(/^arn:aws[a-z-]*:/, 'arn:aws:');
  const known = KNOWN_MANAGED[key];
  if (known) return known;
  const found = inventory.byId(arn);
  const statements = (found?.properties as { statements?: unknown } | undefined)?.statements;
  return Array.isArray(statements) ? (statements as PolicyStatement[]) : undefined;
}

export interface GatheredPolicies {
  /** Every statement found, from inline and managed policies. */
  statements: PolicyStatement[];
  /** Where each statement block came from, for messages. */
  sources: { source: string; statements: PolicyStatement[] }[];
}

/**
 * The statements of a principal's inline and attached managed policies (and, with `groups`, those of the groups it
 * belongs to). A managed policy or group that cannot be read makes the answer unknown: `MissingData`.
 */
export function gatherPolicies(
  principal: Res,
  inventory: InventoryView,
  groups: readonly string[] = [],
): GatheredPolicies {
  const props = principal.properties as { attachedPolicies?: unknown; inlinePolicies?: unknown };
  const out: GatheredPolicies = { statements: [], sources: [] };
  const add = (source: string, statements: PolicyStatement[]) => {
    out.sources.push({ source, statements });
    out.statements.push(...statements);
  };
  if (!Array.isArray(props.inlinePolicies))
    throw new MissingData('inlinePolicies', reason(principal, 'inlinePolicies'));
  props.inlinePolicies.forEach((p, i) => {
    if (Array.isArray(p)) add(`inline policy ${i + 1}`, p as PolicyStatement[]);
  });
  if (!Array.isArray(props.attachedPolicies))
    throw new MissingData('attachedPolicies', reason(principal, 'attachedPolicies'));
  for (const arn of props.attachedPolicies as string[]) {
    const st = managedStatements(arn, inventory);
    if (!st) throw new MissingData('attachedPolicies', `the managed policy ${arn} is not in the inventory`);
    add(arn, st);
  }
  for (const g of groups) {
    const group = inventory.byId(g);
    if (!group) throw new MissingData('groups', `the group ${g} is not in the inventory`);
    const gp = group.properties as { attachedPolicies?: unknown; inlinePolicies?: unknown };
    for (const p of Array.isArray(gp.inlinePolicies) ? gp.inlinePolicies : [])
      if (Array.isArray(p)) add(`inline policy of ${g}`, p as PolicyStatement[]);
    for (const arn of Array.isArray(gp.attachedPolicies) ? (gp.attachedPolicies as string[]) : []) {
      const st = managedStatements(arn, inventory);
      if (!st) throw new MissingData('groups', `the managed policy ${arn} of ${g} is not in the inventory`);
      add(`${arn} (via ${g})`, st);
    }
    if (!Array.isArray(gp.inlinePolicies) && !Array.isArray(gp.attachedPolicies) && !isObj(group.raw))
      throw new MissingData('groups', `the policies of ${g} were not collected`);
  }
  return out;
}

function reason(r: Res, path: string): string {
  return r.unknown.find((u) => u.path === path)?.reason ?? 'not in the collected data';
}
