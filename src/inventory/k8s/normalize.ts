import { formatPath, type InputIssue, type NetworkRule, type ResourceInput } from '../../core/index.js';
import { isObject, type ManifestObject, type Path } from './manifests.js';
import { formatSelector, type LabelSelector, readSelector, stringMap } from './selectors.js';

/** The namespace segment of the id of a cluster-scoped object: `k8s:prod/_cluster/ClusterRole/admin`. */
export const CLUSTER_SCOPE = '_cluster';

export function k8sId(cluster: string, namespace: string | undefined, kind: string, name: string): string {
  return `k8s:${cluster}/${namespace ?? CLUSTER_SCOPE}/${kind}/${name}`;
}

export interface NormalizeContext {
  cluster: string;
  /** Catalog service id of the cluster (`self-managed`, `eks`, `gke-standard` …). */
  service: string;
  /** Namespace assumed for namespaced objects without `metadata.namespace`. */
  defaultNamespace: string;
  collectedAt: string;
  /** Namespaces where a LimitRange in the inputs gives containers default limits. */
  limitRangeNamespaces: ReadonlySet<string>;
}

export type Normalized =
  | { resource: ResourceInput; issues: InputIssue[] }
  | { unknownType: string; issues: InputIssue[] }
  | { skipped: true; issues: InputIssue[] };

type Unknown = { path: string; reason: string };
type Relation = { type: string; target: string };

/** API groups that are Kubernetes' own (kinds from other groups are custom resources). */
function isBuiltInGroup(group: string): boolean {
  return (
    ['', 'apps', 'batch', 'extensions', 'policy', 'autoscaling'].includes(group) || group.endsWith('.k8s.io')
  );
}

/** The kinds normalized here, by `<group>/<kind>` (core group empty). */
const WORKLOAD_SPEC: Record<string, { spec: Path; labels: Path }> = {
  '/Pod': { spec: ['spec'], labels: ['metadata', 'labels'] },
  '/ReplicationController': {
    spec: ['spec', 'template', 'spec'],
    labels: ['spec', 'template', 'metadata', 'labels'],
  },
  'apps/Deployment': {
    spec: ['spec', 'template', 'spec'],
    labels: ['spec', 'template', 'metadata', 'labels'],
  },
  'apps/StatefulSet': {
    spec: ['spec', 'template', 'spec'],
    labels: ['spec', 'template', 'metadata', 'labels'],
  },
  'apps/DaemonSet': {
    spec: ['spec', 'template', 'spec'],
    labels: ['spec', 'template', 'metadata', 'labels'],
  },
  'apps/ReplicaSet': {
    spec: ['spec', 'template', 'spec'],
    labels: ['spec', 'template', 'metadata', 'labels'],
  },
  'batch/Job': { spec: ['spec', 'template', 'spec'], labels: ['spec', 'template', 'metadata', 'labels'] },
  'batch/CronJob': {
    spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    labels: ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'],
  },
};
const CLUSTER_SCOPED = new Set([
  '/Namespace',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
]);
const OTHER_KINDS = new Set([
  '/Service',
  '/Namespace',
  '/ServiceAccount',
  'networking.k8s.io/NetworkPolicy',
  'rbac.authorization.k8s.io/Role',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/RoleBinding',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
]);

/** `extensions/v1beta1` served Deployments, DaemonSets, ReplicaSets and NetworkPolicies before their own groups. */
function canonicalKey(group: string, kind: string): string {
  if (group === 'extensions') {
    if (kind === 'NetworkPolicy') return 'networking.k8s.io/NetworkPolicy';
    if (['Deployment', 'DaemonSet', 'ReplicaSet'].includes(kind)) return `apps/${kind}`;
  }
  return `${group}/${kind}`;
}

function get(x: unknown, path: Path): unknown {
  let cur = x;
  for (const k of path) {
    if (typeof k === 'number') cur = Array.isArray(cur) ? cur[k] : undefined;
    else cur = isObject(cur) ? cur[k] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** Reads fields of one object, recording each field of the wrong type as an issue at its line. */
class Reader {
  readonly issues: InputIssue[] = [];
  constructor(readonly m: ManifestObject) {}

  at(path: Path): unknown {
    return get(this.m.data, path);
  }
  issue(path: Path, message: string): void {
    this.issues.push({ file: this.m.file, line: this.m.lineOf(path), path: formatPath(path), message });
  }
  /** A boolean field: its value, undefined when absent, `invalid` (with an issue) when of another type. */
  bool(path: Path): boolean | undefined | 'invalid' {
    const v = this.at(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    this.issue(path, `expected true or false, found ${JSON.stringify(v)}`);
    return 'invalid';
  }
  str(path: Path): string | undefined {
    const v = this.at(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    this.issue(path, `expected a string, found ${JSON.stringify(v)}`);
    return undefined;
  }
  num(path: Path): number | undefined {
    const v = this.at(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number') return v;
    this.issue(path, `expected a number, found ${JSON.stringify(v)}`);
    return undefined;
  }
  list(path: Path): unknown[] {
    const v = this.at(path);
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    this.issue(path, 'expected a list');
    return [];
  }
  strings(path: Path): string[] {
    return this.list(path).filter((x): x is string => typeof x === 'string');
  }
  selector(path: Path): LabelSelector {
    const { selector, problems } = readSelector(this.at(path));
    for (const p of problems) this.issue(path, p);
    return selector;
  }
}

/** Normalizes one manifest object. Kinds not normalized are returned as `unknownType` (`k8s:ConfigMap`). */
export function normalizeObject(m: ManifestObject, ctx: NormalizeContext): Normalized {
  const r = new Reader(m);
  const apiVersion = m.data.apiVersion;
  const kind = m.data.kind;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || kind === '') {
    r.issue([], 'not a Kubernetes object: apiVersion and kind must be strings; the document was skipped');
    return { skipped: true, issues: r.issues };
  }
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const key = canonicalKey(group, kind);
  const workload = WORKLOAD_SPEC[key];
  if (!workload && !OTHER_KINDS.has(key)) {
    return { unknownType: isBuiltInGroup(group) ? `k8s:${kind}` : `k8s:${group}/${kind}`, issues: [] };
  }

  const name = r.str(['metadata', 'name']);
  if (!name) {
    r.issue(['metadata'], `${kind} has no metadata.name; the object was skipped`);
    return { skipped: true, issues: r.issues };
  }
  const clusterScoped = CLUSTER_SCOPED.has(key);
  const declaredNs = clusterScoped ? undefined : r.str(['metadata', 'namespace']);
  const namespace = clusterScoped ? undefined : (declaredNs ?? ctx.defaultNamespace);
  const unknown: Unknown[] = [];
  const relations: Relation[] = [];
  const properties: Record<string, unknown> = {};
  if (namespace !== undefined) {
    if (declaredNs !== undefined) {
      properties.namespace = declaredNs;
      relations.push({ type: 'member-of', target: k8sId(ctx.cluster, undefined, 'Namespace', declaredNs) });
    } else {
      unknown.push({
        path: 'namespace',
        reason: `metadata.namespace is not set: kubectl applies it to the current context's namespace; "${namespace}" assumed for the id`,
      });
    }
  }
  for (const owner of r.list(['metadata', 'ownerReferences'])) {
    if (isObject(owner) && typeof owner.kind === 'string' && typeof owner.name === 'string') {
      relations.push({ type: 'member-of', target: k8sId(ctx.cluster, namespace, owner.kind, owner.name) });
    }
  }

  const id = k8sId(ctx.cluster, namespace, kind, name);
  const base = {
    id,
    provider: 'k8s' as const,
    service: ctx.service,
    account: ctx.cluster,
    name,
    tags: stringMap(r.at(['metadata', 'labels'])),
    relations,
    unknown,
    raw: stripNoise(m.data),
    source: {
      type: 'export' as const,
      collector: 'k8s',
      location: `${m.file}:${m.line}`,
      collectedAt: ctx.collectedAt,
    },
  };

  let kindOut: ResourceInput['kind'];
  if (workload) {
    kindOut = 'k8s.workload';
    const ok = readWorkload(r, ctx, workload, namespace as string, properties, relations, unknown);
    if (!ok) return { skipped: true, issues: r.issues };
    properties.workloadKind = kind;
  } else if (key === '/Service') {
    kindOut = 'k8s.service';
    readService(r, properties);
  } else if (key === 'networking.k8s.io/NetworkPolicy') {
    kindOut = 'k8s.network-policy';
    readNetworkPolicy(r, properties);
  } else if (key === '/Namespace') {
    kindOut = 'k8s.namespace';
    readNamespace(r, properties);
  } else if (key === '/ServiceAccount') {
    kindOut = 'identity.principal';
    readServiceAccount(r, properties, relations);
  } else if (kind === 'Role' || kind === 'ClusterRole') {
    kindOut = 'identity.role';
    readRole(r, properties, unknown, namespace);
  } else {
    kindOut = 'k8s.rbac-binding';
    readBinding(r, ctx, kind, namespace, properties, relations, unknown);
  }
  return { resource: { ...base, kind: kindOut, properties }, issues: r.issues };
}

/** The raw document without server bookkeeping that only adds size. */
function stripNoise(data: Record<string, unknown>): Record<string, unknown> {
  const meta = data.metadata;
  if (!isObject(meta) || meta.managedFields === undefined) return data;
  const { managedFields: _, ...rest } = meta;
  return { ...data, metadata: rest };
}

// ── Workloads ──────────────────────────────────────────────────────────────────────────────────────────────

type Container = {
  name: string;
  image: string;
  privileged?: boolean;
  runAsNonRoot?: boolean;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  capabilitiesAdded?: string[];
  capabilitiesDropped?: string[];
  resourcesLimited?: boolean;
  runAsUser?: number;
  init?: true;
  ephemeral?: true;
};

function readWorkload(
  r: Reader,
  ctx: NormalizeContext,
  where: { spec: Path; labels: Path },
  namespace: string,
  properties: Record<string, unknown>,
  relations: Relation[],
  unknown: Unknown[],
): boolean {
  const sp = where.spec;
  if (!isObject(r.at(sp))) {
    r.issue(sp, `no pod spec at ${formatPath(sp)}; the object was skipped`);
    return false;
  }
  const podUser = r.num([...sp, 'securityContext', 'runAsUser']);
  const podNonRoot = r.bool([...sp, 'securityContext', 'runAsNonRoot']);
  const containers: Container[] = [];
  const lists = [
    ['containers', {}],
    ['initContainers', { init: true }],
    ['ephemeralContainers', { ephemeral: true }],
  ] as const;
  for (const [field, flags] of lists) {
    r.list([...sp, field]).forEach((_, i) => {
      const cp: Path = [...sp, field, i];
      const c = readContainer(r, cp, podUser, podNonRoot, unknown, `${field}[${i}]`);
      if (!c) return;
      if (c.resourcesLimited === false && ctx.limitRangeNamespaces.has(namespace)) {
        delete c.resourcesLimited;
        unknown.push({
          path: `containers.${c.name}.resourcesLimited`,
          reason: `no limits in the spec, but a LimitRange in namespace ${namespace} sets default limits`,
        });
      }
      containers.push({ ...c, ...flags });
    });
  }
  if (containers.length === 0) r.issue([...sp, 'containers'], 'the pod spec has no containers');
  properties.containers = containers;

  for (const [prop, field] of [
    ['hostNetwork', 'hostNetwork'],
    ['hostPid', 'hostPID'],
    ['hostIpc', 'hostIPC'],
  ] as const) {
    const v = r.bool([...sp, field]);
    if (v === 'invalid') unknown.push({ path: prop, reason: `${field} is not a boolean` });
    else properties[prop] = v ?? false; // API default: false
  }
  const hostPaths: string[] = [];
  r.list([...sp, 'volumes']).forEach((_, i) => {
    const p = r.at([...sp, 'volumes', i, 'hostPath', 'path']);
    if (typeof p === 'string') hostPaths.push(p);
  });
  properties.hostPathVolumes = hostPaths;

  // serviceAccountName; the deprecated serviceAccount alias; else the namespace's `default` account.
  const sa = r.str([...sp, 'serviceAccountName']) ?? r.str([...sp, 'serviceAccount']) ?? 'default';
  properties.serviceAccount = sa;
  relations.push({ type: 'uses-role', target: k8sId(ctx.cluster, namespace, 'ServiceAccount', sa) });

  // The pod's own setting wins; otherwise the service account's (resolved by linkK8sResources).
  const automount = r.bool([...sp, 'automountServiceAccountToken']);
  if (typeof automount === 'boolean') {
    properties.automountServiceAccountToken = automount;
    properties.podAutomountServiceAccountToken = automount;
  } else {
    unknown.push({ path: 'automountServiceAccountToken', reason: automountReason(sa, namespace) });
  }
  properties.labels = stringMap(r.at(where.labels));
  return true;
}

export function automountReason(sa: string, namespace: string): string {
  return `the pod does not set automountServiceAccountToken and service account ${namespace}/${sa} is not in the inputs`;
}

function readContainer(
  r: Reader,
  cp: Path,
  podUser: number | undefined,
  podNonRoot: boolean | undefined | 'invalid',
  unknown: Unknown[],
  label: string,
): Container | undefined {
  if (!isObject(r.at(cp))) {
    r.issue(cp, 'the container is not a mapping');
    return undefined;
  }
  const name = r.str([...cp, 'name']) ?? label;
  const image = r.str([...cp, 'image']);
  if (image === undefined) r.issue([...cp, 'image'], `container ${name} has no image`);
  const sc: Path = [...cp, 'securityContext'];
  const c: Container = { name, image: image ?? '' };
  const note = (prop: string, reason: string) => unknown.push({ path: `containers.${name}.${prop}`, reason });

  const privileged = r.bool([...sc, 'privileged']);
  if (privileged === 'invalid') note('privileged', 'securityContext.privileged is not a boolean');
  else c.privileged = privileged ?? false; // API default: false

  const caps = r.strings([...sc, 'capabilities', 'add']);
  c.capabilitiesAdded = caps;
  const dropped = r.strings([...sc, 'capabilities', 'drop']);
  if (dropped.length > 0) c.capabilitiesDropped = dropped;

  // Escalation is always allowed for privileged containers or with CAP_SYS_ADMIN; when unset, no_new_privs
  // is not set, so escalation is allowed.
  const ape = r.bool([...sc, 'allowPrivilegeEscalation']);
  const sysAdmin = caps.some((x) => /^(CAP_)?SYS_ADMIN$/i.test(x));
  if (c.privileged === true || sysAdmin) c.allowPrivilegeEscalation = true;
  else if (ape === 'invalid')
    note('allowPrivilegeEscalation', 'securityContext.allowPrivilegeEscalation is not a boolean');
  else c.allowPrivilegeEscalation = ape ?? true;

  const ro = r.bool([...sc, 'readOnlyRootFilesystem']);
  if (ro === 'invalid')
    note('readOnlyRootFilesystem', 'securityContext.readOnlyRootFilesystem is not a boolean');
  else c.readOnlyRootFilesystem = ro ?? false; // API default: false

  // Container settings override the pod's. Without runAsNonRoot, a non-zero runAsUser still guarantees a
  // non-root user; with neither, nothing in the spec does (the image's USER is not visible here).
  const user = r.num([...sc, 'runAsUser']) ?? podUser;
  if (user !== undefined) c.runAsUser = user;
  const nonRoot = r.bool([...sc, 'runAsNonRoot']);
  const effective = nonRoot ?? podNonRoot;
  if (effective === 'invalid') note('runAsNonRoot', 'runAsNonRoot is not a boolean');
  else c.runAsNonRoot = effective ?? (user !== undefined ? user !== 0 : false);

  const limits = r.at([...cp, 'resources', 'limits']);
  c.resourcesLimited = isObject(limits) && Object.keys(limits).length > 0;
  return c;
}

// ── Services ───────────────────────────────────────────────────────────────────────────────────────────────

/** Annotations with which cloud controllers make a LoadBalancer Service internal (not internet-facing). */
const INTERNAL_LB: [string, RegExp][] = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', /^(true|0\.0\.0\.0\/0)$/i],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', /^internal$/i],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', /^true$/i],
  ['networking.gke.io/load-balancer-type', /^internal$/i],
  ['cloud.google.com/load-balancer-type', /^internal$/i],
];

function readService(r: Reader, properties: Record<string, unknown>): void {
  properties.type = r.str(['spec', 'type']) ?? 'ClusterIP'; // API default
  const ports: { port: number; protocol: string; targetPort?: string; nodePort?: number; name?: string }[] =
    [];
  r.list(['spec', 'ports']).forEach((_, i) => {
    const pp: Path = ['spec', 'ports', i];
    const port = r.num([...pp, 'port']);
    if (port === undefined) {
      r.issue(pp, 'a service port has no port number');
      return;
    }
    const target = r.at([...pp, 'targetPort']);
    const nodePort = r.num([...pp, 'nodePort']);
    const name = r.str([...pp, 'name']);
    ports.push({
      port,
      protocol: (r.str([...pp, 'protocol']) ?? 'TCP').toLowerCase(),
      // targetPort defaults to port; it may name a container port.
      targetPort: typeof target === 'string' || typeof target === 'number' ? String(target) : String(port),
      ...(nodePort !== undefined ? { nodePort } : {}),
      ...(name !== undefined ? { name } : {}),
    });
  });
  properties.ports = ports;
  // A Service without a selector selects no pods (its endpoints are managed by hand): `{}` here.
  properties.selector = stringMap(r.at(['spec', 'selector']));
  const annotations = stringMap(r.at(['metadata', 'annotations']));
  const ranges = r.strings(['spec', 'loadBalancerSourceRanges']);
  const annotated = annotations['service.beta.kubernetes.io/load-balancer-source-ranges'];
  properties.loadBalancerSourceRanges =
    ranges.length > 0
      ? ranges
      : annotated
        ? annotated
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
  if (INTERNAL_LB.some(([k, v]) => v.test(annotations[k] ?? ''))) properties.loadBalancerInternal = true;
  const externalIPs = r.strings(['spec', 'externalIPs']);
  if (externalIPs.length > 0) properties.externalIPs = externalIPs;
  const etp = r.str(['spec', 'externalTrafficPolicy']);
  if (etp) properties.externalTrafficPolicy = etp;
}

// ── NetworkPolicies ────────────────────────────────────────────────────────────────────────────────────────

const ANYWHERE = ['0.0.0.0/0', '::/0'];

function readNetworkPolicy(r: Reader, properties: Record<string, unknown>): void {
  const podSelector = r.selector(['spec', 'podSelector']);
  properties.podSelector = podSelector.matchLabels;
  if (podSelector.matchExpressions.length > 0)
    properties.podSelectorExpressions = podSelector.matchExpressions;

  const ingressRules = r.at(['spec', 'ingress']);
  const egressRules = r.at(['spec', 'egress']);
  // API default: Ingress always; Egress when the policy has egress rules.
  let types = r.strings(['spec', 'policyTypes']);
  if (types.length === 0)
    types = Array.isArray(egressRules) && egressRules.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  properties.policyTypes = types;

  const rules: NetworkRule[] = [];
  const defaultDeny: string[] = [];
  for (const [type, field, peersField] of [
    ['Ingress', 'ingress', 'from'],
    ['Egress', 'egress', 'to'],
  ] as const) {
    if (!types.includes(type)) continue;
    const list = field === 'ingress' ? ingressRules : egressRules;
    const entries = Array.isArray(list) ? list : [];
    if (entries.length === 0) {
      // No rule: the selected pods are isolated for this direction and nothing is allowed.
      defaultDeny.push(field);
      rules.push({
        direction: field,
        action: 'deny',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: [...ANYWHERE],
        description: `default deny: the policy selects pods for ${type} and allows no traffic`,
      });
      continue;
    }
    entries.forEach((_, i) => {
      rules.push(...readPolicyRule(r, ['spec', field, i], field, peersField));
    });
  }
  properties.rules = rules;
  if (defaultDeny.length > 0) properties.defaultDeny = defaultDeny;
}

function readPolicyRule(
  r: Reader,
  rp: Path,
  direction: 'ingress' | 'egress',
  peersField: 'from' | 'to',
): NetworkRule[] {
  const peers: string[] = [];
  const notes: string[] = [];
  const peerList = r.list([...rp, peersField]);
  peerList.forEach((_, j) => {
    const pp: Path = [...rp, peersField, j];
    const cidr = r.str([...pp, 'ipBlock', 'cidr']);
    if (cidr !== undefined) {
      peers.push(cidr);
      const except = r.strings([...pp, 'ipBlock', 'except']);
      if (except.length > 0) notes.push(`${cidr} except ${except.join(', ')}`);
      return;
    }
    const hasPod = r.at([...pp, 'podSelector']) !== undefined;
    const hasNs = r.at([...pp, 'namespaceSelector']) !== undefined;
    const pod = hasPod ? formatSelector(r.selector([...pp, 'podSelector'])) : undefined;
    const ns = hasNs ? formatSelector(r.selector([...pp, 'namespaceSelector'])) : undefined;
    if (ns !== undefined && pod !== undefined) peers.push(`namespace:${ns}/pod:${pod}`);
    else if (ns !== undefined) peers.push(`namespace:${ns}`);
    else if (pod !== undefined) peers.push(`pod:${pod}`);
    else r.issue(pp, 'the peer has no ipBlock, podSelector or namespaceSelector');
  });
  if (peerList.length === 0) {
    peers.push(...ANYWHERE);
    notes.push(direction === 'ingress' ? 'any source' : 'any destination');
  }

  const ports = r.list([...rp, 'ports']);
  const out: NetworkRule[] = [];
  const make = (protocol: string, from: number, to: number, extra?: string): NetworkRule => {
    const description = [...notes, ...(extra ? [extra] : [])].join('; ');
    return {
      direction,
      action: 'allow',
      protocol,
      ports: { from, to },
      peers: [...peers],
      ...(description ? { description } : {}),
    };
  };
  if (ports.length === 0) return [make('all', 0, 65535)];
  ports.forEach((_, k) => {
    const pp: Path = [...rp, 'ports', k];
    const protocol = (r.str([...pp, 'protocol']) ?? 'TCP').toLowerCase();
    const port = r.at([...pp, 'port']);
    if (typeof port === 'number') {
      const end = r.num([...pp, 'endPort']);
      out.push(make(protocol, port, end !== undefined && end >= port ? end : port));
    } else if (typeof port === 'string') {
      // A named container port: its number depends on the selected pods, so every port is assumed.
      out.push(make(protocol, 0, 65535, `named port "${port}"`));
    } else {
      out.push(make(protocol, 0, 65535));
    }
  });
  return out;
}

// ── Namespaces and service accounts ────────────────────────────────────────────────────────────────────────

function readNamespace(r: Reader, properties: Record<string, unknown>): void {
  const labels = stringMap(r.at(['metadata', 'labels']));
  properties.labels = labels;
  const podSecurity: Record<string, string> = {};
  for (const mode of ['enforce', 'audit', 'warn']) {
    const v = labels[`pod-security.kubernetes.io/${mode}`];
    if (v) podSecurity[mode] = v;
  }
  properties.podSecurity = podSecurity;
}

function readServiceAccount(r: Reader, properties: Record<string, unknown>, relations: Relation[]): void {
  properties.type = 'service-account';
  const automount = r.bool(['automountServiceAccountToken']);
  if (typeof automount === 'boolean') properties.automountServiceAccountToken = automount;
  const annotations = stringMap(r.at(['metadata', 'annotations']));
  // Workload identity: the cloud identity the account's pods assume.
  const awsRole = annotations['eks.amazonaws.com/role-arn'];
  if (awsRole) {
    properties.cloudIdentity = awsRole;
    relations.push({ type: 'uses-role', target: awsRole });
  }
  const gcpSa = annotations['iam.gke.io/gcp-service-account'];
  if (gcpSa) {
    properties.cloudIdentity = gcpSa;
    const project = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(gcpSa)?.[1];
    if (project) {
      relations.push({
        type: 'uses-role',
        target: `//iam.googleapis.com/projects/${project}/serviceAccounts/${gcpSa}`,
      });
    }
  }
  const azureClient = annotations['azure.workload.identity/client-id'];
  if (azureClient) properties.cloudIdentity = azureClient;
}

// ── RBAC ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface RbacRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** ClusterRole `cluster-admin`, which the API server creates and reconciles: every verb on everything. */
export const CLUSTER_ADMIN_RULES: RbacRule[] = [
  { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
  { apiGroups: [], resources: [], verbs: ['*'], nonResourceURLs: ['*'] },
];

function readRules(r: Reader, path: Path): RbacRule[] {
  const rules: RbacRule[] = [];
  r.list(path).forEach((_, i) => {
    const rp: Path = [...path, i];
    const rule: RbacRule = {
      apiGroups: r.strings([...rp, 'apiGroups']),
      resources: r.strings([...rp, 'resources']),
      verbs: r.strings([...rp, 'verbs']),
    };
    const names = r.strings([...rp, 'resourceNames']);
    if (names.length > 0) rule.resourceNames = names;
    const urls = r.strings([...rp, 'nonResourceURLs']);
    if (urls.length > 0) rule.nonResourceURLs = urls;
    rules.push(rule);
  });
  return rules;
}

/**
 * RBAC rules as policy statements: actions are verbs, resources `<group>/<resource>` (`pods` for the core
 * group, `apps/deployments`, `*` / `*\/*`), `#<name>` appended for resourceNames; non-resource URLs as written.
 */
export function rulesToStatements(rules: readonly RbacRule[]): {
  effect: 'allow';
  actions: string[];
  resources: string[];
}[] {
  return rules.map((rule) => {
    const resources: string[] = [];
    for (const g of rule.apiGroups) {
      for (const res of rule.resources) {
        const base = g === '' ? res : `${g}/${res}`;
        if (rule.resourceNames) for (const n of rule.resourceNames) resources.push(`${base}#${n}`);
        else resources.push(base);
      }
    }
    resources.push(...(rule.nonResourceURLs ?? []));
    return { effect: 'allow' as const, actions: [...rule.verbs], resources };
  });
}

function readRole(
  r: Reader,
  properties: Record<string, unknown>,
  unknown: Unknown[],
  namespace: string | undefined,
): void {
  const rules = readRules(r, ['rules']);
  properties.scope = namespace ?? 'cluster';
  const aggregation = r.at(['aggregationRule', 'clusterRoleSelectors']);
  if (Array.isArray(aggregation)) {
    properties.aggregationRule = aggregation;
    if (rules.length === 0) {
      unknown.push({
        path: 'rules',
        reason:
          'an aggregated ClusterRole: its rules are filled in by the cluster from the roles it selects; export it from the cluster (kubectl get -o yaml) to see them',
      });
      return;
    }
  }
  properties.rules = rules;
  properties.inlinePolicies = [rulesToStatements(rules)];
}

function readBinding(
  r: Reader,
  ctx: NormalizeContext,
  kind: string,
  namespace: string | undefined,
  properties: Record<string, unknown>,
  relations: Relation[],
  unknown: Unknown[],
): void {
  const roleKind = r.str(['roleRef', 'kind']);
  const roleName = r.str(['roleRef', 'name']);
  if (roleName) properties.role = roleName;
  else r.issue(['roleRef'], 'the binding has no roleRef.name');
  if (roleKind) properties.roleKind = roleKind;
  properties.clusterWide = kind === 'ClusterRoleBinding';
  const subjects: string[] = [];
  r.list(['subjects']).forEach((_, i) => {
    const sp: Path = ['subjects', i];
    const sk = r.str([...sp, 'kind']);
    const sn = r.str([...sp, 'name']);
    if (!sk || !sn) {
      r.issue(sp, 'a subject needs kind and name; it was left out');
      return;
    }
    if (sk === 'ServiceAccount') {
      const sns = r.str([...sp, 'namespace']) ?? namespace;
      if (!sns) {
        r.issue(sp, `service account subject ${sn} has no namespace; it was left out`);
        return;
      }
      subjects.push(`ServiceAccount:${sns}/${sn}`);
      relations.push({ type: 'attached-to', target: k8sId(ctx.cluster, sns, 'ServiceAccount', sn) });
    } else {
      subjects.push(`${sk}:${sn}`);
    }
  });
  properties.subjects = subjects;
  if (roleName && (roleKind === 'ClusterRole' || roleKind === 'Role')) {
    const roleId = k8sId(ctx.cluster, roleKind === 'Role' ? namespace : undefined, roleKind, roleName);
    properties.roleId = roleId;
    relations.push({ type: 'uses-role', target: roleId });
    unknown.push({ path: 'rules', reason: rulesReason(roleKind, roleName) });
  } else if (roleName) {
    r.issue(
      ['roleRef', 'kind'],
      `roleRef.kind must be Role or ClusterRole, found ${JSON.stringify(roleKind)}`,
    );
  }
}

export function rulesReason(roleKind: string, roleName: string): string {
  return `${roleKind} ${roleName} is not in the inputs`;
}
