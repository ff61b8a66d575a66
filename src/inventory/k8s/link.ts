import type { ResourceInput } from '../../core/index.js';
import {
  automountReason,
  CLUSTER_ADMIN_RULES,
  type RbacRule,
  rulesReason,
  rulesToStatements,
} from './normalize.js';
import { type LabelSelector, matches } from './selectors.js';

/** `k8s:<cluster>/<namespace>/<kind>/<name>` → its parts (the cluster is the resource's account). */
function parts(r: ResourceInput): { namespace: string; kind: string; name: string } | undefined {
  const prefix = `k8s:${r.account}/`;
  if (!r.id.startsWith(prefix)) return undefined;
  const segs = r.id.slice(prefix.length).split('/');
  if (segs.length !== 3) return undefined;
  const [namespace, kind, name] = segs as [string, string, string];
  return { namespace, kind, name };
}

function labelsOf(r: ResourceInput): Record<string, string> {
  const l = r.properties?.labels;
  return typeof l === 'object' && l !== null ? (l as Record<string, string>) : {};
}

type Unknown = { path: string; reason: string };

function withoutUnknown(r: ResourceInput, path: string): Unknown[] {
  return (r.unknown ?? []).filter((u) => u.path !== path);
}

function withUnknown(r: ResourceInput, path: string, reason: string): Unknown[] {
  return [...withoutUnknown(r, path), { path, reason }];
}

/**
 * Resolves what one Kubernetes object says about others, across every Kubernetes resource given (one
 * collection, or a whole snapshot when manifests came from several files). It can be run again on the same
 * resources: what it adds is recomputed, not duplicated.
 *
 * - a NetworkPolicy `protects` the workloads in its namespace whose pod labels its podSelector matches;
 * - a Service `routes-via` the workloads in its namespace whose pod labels its selector matches;
 * - a workload's `automountServiceAccountToken`, when the pod does not set it, comes from its service account
 *   (true when the account does not set it either), when the account is among the resources;
 * - a binding's `rules` come from the Role or ClusterRole it references when that is among the resources, or,
 *   for `cluster-admin`, from the role's documented definition (every verb on everything);
 * - a Role's or ClusterRole's `members` are the subjects of the bindings that reference it.
 *
 * Only resources of the same cluster (account) are linked.
 */
export function linkK8sResources<T extends ResourceInput>(resources: T[]): T[] {
  const k8s = resources.filter((r) => r.provider === 'k8s');
  const byId = new Map(k8s.map((r) => [r.id, r]));
  const workloads = new Map<string, T[]>(); // `<cluster>/<namespace>` → workloads
  for (const r of k8s) {
    if (r.kind !== 'k8s.workload') continue;
    const p = parts(r);
    if (!p) continue;
    const key = `${r.account}/${p.namespace}`;
    workloads.set(key, [...(workloads.get(key) ?? []), r]);
  }
  const linked = new Set(['protects', 'routes-via']);
  const members = new Map<string, string[]>();

  for (const r of k8s) {
    const p = parts(r);
    if (!p) continue;
    r.properties ??= {};
    const props = r.properties;
    const local = workloads.get(`${r.account}/${p.namespace}`) ?? [];

    if (r.kind === 'k8s.network-policy' || r.kind === 'k8s.service') {
      const selected: string[] = [];
      if (r.kind === 'k8s.network-policy') {
        const selector: LabelSelector = {
          matchLabels: (props.podSelector as Record<string, string> | undefined) ?? {},
          matchExpressions:
            (props.podSelectorExpressions as LabelSelector['matchExpressions'] | undefined) ?? [],
        };
        for (const w of local) if (matches(selector, labelsOf(w))) selected.push(w.id);
      } else {
        const sel = (props.selector as Record<string, string> | undefined) ?? {};
        // A Service with no selector selects no pods.
        if (Object.keys(sel).length > 0) {
          for (const w of local)
            if (matches({ matchLabels: sel, matchExpressions: [] }, labelsOf(w))) selected.push(w.id);
        }
      }
      const type = r.kind === 'k8s.network-policy' ? 'protects' : 'routes-via';
      r.relations = [
        ...(r.relations ?? []).filter(
          (x) => !(linked.has(x.type) && byId.get(x.target)?.kind === 'k8s.workload'),
        ),
        ...selected.map((target) => ({ type, target })),
      ];
    }

    if (r.kind === 'k8s.workload' && typeof props.podAutomountServiceAccountToken !== 'boolean') {
      const sa = typeof props.serviceAccount === 'string' ? props.serviceAccount : 'default';
      const account = byId.get(`k8s:${r.account}/${p.namespace}/ServiceAccount/${sa}`);
      if (account) {
        const v = account.properties?.automountServiceAccountToken;
        props.automountServiceAccountToken = typeof v === 'boolean' ? v : true;
        r.unknown = withoutUnknown(r, 'automountServiceAccountToken');
      } else {
        delete props.automountServiceAccountToken;
        r.unknown = withUnknown(r, 'automountServiceAccountToken', automountReason(sa, p.namespace));
      }
    }

    if (r.kind === 'k8s.rbac-binding' && typeof props.roleId === 'string') {
      const role = byId.get(props.roleId);
      const roleKind = String(props.roleKind ?? '');
      const roleName = String(props.role ?? '');
      const roleRules = role?.properties?.rules as RbacRule[] | undefined;
      if (role && Array.isArray(roleRules)) {
        props.rules = roleRules;
        delete props.rulesSource;
        r.unknown = withoutUnknown(r, 'rules');
      } else if (!role && roleKind === 'ClusterRole' && roleName === 'cluster-admin') {
        props.rules = CLUSTER_ADMIN_RULES;
        props.rulesSource = 'built-in ClusterRole cluster-admin (Kubernetes default role)';
        r.unknown = withoutUnknown(r, 'rules');
      } else {
        delete props.rules;
        delete props.rulesSource;
        const reason = role
          ? `${roleKind} ${roleName} has no readable rules`
          : rulesReason(roleKind, roleName);
        r.unknown = withUnknown(r, 'rules', reason);
      }
      const subjects = Array.isArray(props.subjects) ? (props.subjects as string[]) : [];
      members.set(props.roleId, [...(members.get(props.roleId) ?? []), ...subjects]);
    }
  }

  for (const r of k8s) {
    if (r.kind !== 'identity.role') continue;
    r.properties ??= {};
    const props = r.properties;
    props.members = [...new Set(members.get(r.id) ?? [])];
    if (Array.isArray(props.rules)) props.inlinePolicies = [rulesToStatements(props.rules as RbacRule[])];
  }
  return resources;
}
