import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import {
  CLUSTER_ADMIN_RULES,
  collectManifests,
  createK8sCollector,
  k8sCollector,
  linkK8sResources,
  looksLikeManifest,
  readManifests,
} from './index.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/inventory/k8s');
const ctx = { collectedAt: '2025-03-01T12:00:00.000Z' };
const at = (file: string) => join(FIXTURES, file);

function byId(result: CollectResult, id: string): ResourceInput {
  const r = result.resources.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}; have ${result.resources.map((x) => x.id).join(', ')}`);
  return r;
}
type Container = Record<string, unknown> & { name: string };
function container(r: ResourceInput, name: string): Container {
  const c = ((r.properties?.containers ?? []) as Container[]).find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name}`);
  return c;
}

/** Writes `files` into a fresh folder named `name`; returns its path. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'verity-k8s-')), name);
  mkdirSync(dir);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: shop/web:1
`;

/**
 * A multi-document file whose second document is broken (a flow sequence never closed, line 20). It is written
 * at test time: checked in, it would break the repository's YAML lint.
 */
const MALFORMED = `apiVersion: v1
kind: Service
metadata:
  name: first
  namespace: shop
spec:
  selector:
    app: shop
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
  namespace: shop
spec:
  template:
    spec:
      containers: [ { name: app, image: "shop:1"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: after
  namespace: shop
spec:
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: app
          image: shop:2
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: production
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: shop-tls
  namespace: shop
spec:
  secretName: shop-tls
`;

describe('k8s collector on the fixture cluster', () => {
  let result: CollectResult;
  beforeAll(async () => {
    result = await collectManifests(FIXTURES, ctx, { cluster: 'payments' });
  });

  it('gives valid resources whose properties follow KIND_PROPERTIES', () => {
    expect(result.resources.length).toBeGreaterThan(15);
    for (const r of result.resources) {
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
      expect(r.provider).toBe('k8s');
      expect(r.service).toBe('self-managed');
      expect(r.account).toBe('payments');
    }
    expect(result.files).toHaveLength(6);
    expect(result.issues).toEqual([]);
  });

  it('reads a privileged pod with the host filesystem mounted', () => {
    const pod = byId(result, 'k8s:payments/kube-system/Pod/node-debugger');
    expect(pod.kind).toBe('k8s.workload');
    expect(pod.source).toEqual({
      type: 'export',
      collector: 'k8s',
      location: `${at('workloads.yaml')}:3`,
      collectedAt: ctx.collectedAt,
    });
    expect(pod.properties).toMatchObject({
      namespace: 'kube-system',
      hostPathVolumes: ['/'],
      hostPid: true,
      hostNetwork: true,
      hostIpc: false,
      serviceAccount: 'default',
      labels: { app: 'node-debugger' },
      workloadKind: 'Pod',
    });
    expect(container(pod, 'shell')).toEqual({
      name: 'shell',
      image: 'busybox:1.36',
      privileged: true,
      // Always true for a privileged container (API reference, SecurityContext.allowPrivilegeEscalation).
      allowPrivilegeEscalation: true,
      readOnlyRootFilesystem: false,
      runAsNonRoot: false,
      capabilitiesAdded: [],
      resourcesLimited: false,
    });
    // The `default` service account is not in the inputs: whether its token is mounted is unknown.
    expect(pod.properties?.automountServiceAccountToken).toBeUndefined();
    expect(pod.unknown).toContainEqual(expect.objectContaining({ path: 'automountServiceAccountToken' }));
    expect(pod.relations).toContainEqual({
      type: 'uses-role',
      target: 'k8s:payments/kube-system/ServiceAccount/default',
    });
  });

  it('merges the pod securityContext into containers, a container setting overriding it', () => {
    const api = byId(result, 'k8s:payments/payments/Deployment/api');
    expect(container(api, 'app')).toEqual({
      name: 'app',
      image: 'registry.example.com/payments/api:2.4.1',
      privileged: false,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: 10001,
      capabilitiesAdded: [],
      capabilitiesDropped: ['ALL'],
      resourcesLimited: true,
    });
    expect(container(api, 'log-shipper')).toEqual({
      name: 'log-shipper',
      image: 'fluent/fluent-bit:2.2',
      privileged: false,
      allowPrivilegeEscalation: true,
      readOnlyRootFilesystem: false,
      runAsNonRoot: false,
      runAsUser: 0,
      capabilitiesAdded: ['NET_ADMIN'],
      resourcesLimited: false,
    });
    // Selection uses the pod template's labels; the Deployment's own labels are its tags.
    expect(api.properties?.labels).toEqual({ app: 'api', tier: 'backend' });
    expect(api.tags).toEqual({ 'app.kubernetes.io/part-of': 'payments' });
    expect(api.properties?.serviceAccount).toBe('payments-api');
    // The pod does not set it; the service account (in the inputs) sets false.
    expect(api.properties?.automountServiceAccountToken).toBe(false);
    expect(api.unknown).not.toContainEqual(expect.objectContaining({ path: 'automountServiceAccountToken' }));
    expect(api.relations).toEqual(
      expect.arrayContaining([
        { type: 'uses-role', target: 'k8s:payments/payments/ServiceAccount/payments-api' },
        { type: 'member-of', target: 'k8s:payments/_cluster/Namespace/payments' },
      ]),
    );
  });

  it('reads a CronJob pod template with init containers', () => {
    const job = byId(result, 'k8s:payments/payments/CronJob/nightly-report');
    expect(job.properties?.automountServiceAccountToken).toBe(true);
    expect(container(job, 'wait-db')).toMatchObject({ init: true, resourcesLimited: false });
    expect(container(job, 'report')).toMatchObject({ resourcesLimited: true });
    expect(job.properties?.labels).toEqual({ app: 'report' });
  });

  it('reads a service account as a principal', () => {
    const sa = byId(result, 'k8s:payments/payments/ServiceAccount/payments-api');
    expect(sa.kind).toBe('identity.principal');
    expect(sa.properties).toMatchObject({ type: 'service-account', automountServiceAccountToken: false });
  });

  it('reads a LoadBalancer service without source ranges, and links the workloads it selects', () => {
    const svc = byId(result, 'k8s:payments/payments/Service/api-public');
    expect(svc.kind).toBe('k8s.service');
    expect(svc.properties).toEqual({
      namespace: 'payments',
      type: 'LoadBalancer',
      ports: [{ port: 443, protocol: 'tcp', targetPort: 'http', name: 'https' }],
      selector: { app: 'api' },
      loadBalancerSourceRanges: [],
    });
    const routes = (svc.relations ?? []).filter((x) => x.type === 'routes-via').map((x) => x.target);
    expect(routes.sort()).toEqual([
      'k8s:payments/payments/Deployment/api',
      'k8s:payments/payments/Pod/api-7d9c5b7f4-x2x9q',
    ]);
  });

  it('reads source ranges and the internal-load-balancer annotation; defaults type and targetPort', () => {
    const partners = byId(result, 'k8s:payments/payments/Service/api-partners');
    expect(partners.properties?.loadBalancerSourceRanges).toEqual(['203.0.113.0/24', '198.51.100.10/32']);
    expect(partners.properties?.loadBalancerInternal).toBe(true);
    const db = byId(result, 'k8s:payments/payments/Service/legacy-db');
    expect(db.properties).toMatchObject({
      type: 'ClusterIP',
      selector: {},
      ports: [{ port: 5432, protocol: 'tcp', targetPort: '5432' }],
    });
    expect(db.properties?.loadBalancerInternal).toBeUndefined();
    // No selector: no pods.
    expect((db.relations ?? []).filter((x) => x.type === 'routes-via')).toEqual([]);
  });

  it('reads a default-deny policy that protects every workload of its namespace', () => {
    const deny = byId(result, 'k8s:payments/payments/NetworkPolicy/default-deny-ingress');
    expect(deny.kind).toBe('k8s.network-policy');
    expect(deny.properties).toMatchObject({
      podSelector: {},
      policyTypes: ['Ingress'],
      defaultDeny: ['ingress'],
    });
    expect(deny.properties?.rules).toEqual([
      expect.objectContaining({
        direction: 'ingress',
        action: 'deny',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0', '::/0'],
      }),
    ]);
    const protectedIds = (deny.relations ?? []).filter((x) => x.type === 'protects').map((x) => x.target);
    expect(protectedIds.sort()).toEqual([
      'k8s:payments/payments/CronJob/nightly-report',
      'k8s:payments/payments/Deployment/api',
      'k8s:payments/payments/Pod/api-7d9c5b7f4-x2x9q',
    ]);
  });

  it('reads an allow-from-namespace policy: peers, ports, endPort, except, named ports, empty rules', () => {
    const allow = byId(result, 'k8s:payments/payments/NetworkPolicy/api-allow-ingress-nginx');
    expect(allow.properties?.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(allow.properties?.defaultDeny).toBeUndefined();
    const anywhere = ['0.0.0.0/0', '::/0'];
    const except = '10.20.0.0/16 except 10.20.99.0/24';
    expect(allow.properties?.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 8080, to: 8080 },
        peers: [
          'namespace:kubernetes.io/metadata.name=ingress-nginx/pod:app.kubernetes.io/name=ingress-nginx',
          'pod:role in (frontend,gateway)',
        ],
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 5432, to: 5432 },
        peers: ['10.20.0.0/16'],
        description: except,
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'udp',
        ports: { from: 30000, to: 30100 },
        peers: ['10.20.0.0/16'],
        description: except,
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 0, to: 65535 },
        peers: ['10.20.0.0/16'],
        description: `${except}; named port "metrics"`,
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: anywhere,
        description: 'any destination',
      },
    ]);
    const protectedIds = (allow.relations ?? []).filter((x) => x.type === 'protects').map((x) => x.target);
    expect(protectedIds.sort()).toEqual([
      'k8s:payments/payments/Deployment/api',
      'k8s:payments/payments/Pod/api-7d9c5b7f4-x2x9q',
    ]);
  });

  it('resolves a ClusterRoleBinding of cluster-admin to a service account', () => {
    const b = byId(result, 'k8s:payments/_cluster/ClusterRoleBinding/ci-deployer-admin');
    expect(b.kind).toBe('k8s.rbac-binding');
    expect(b.properties).toMatchObject({
      role: 'cluster-admin',
      roleKind: 'ClusterRole',
      clusterWide: true,
      subjects: ['ServiceAccount:ci/deployer'],
      rules: CLUSTER_ADMIN_RULES,
    });
    expect(b.properties?.rules).toContainEqual({ apiGroups: ['*'], resources: ['*'], verbs: ['*'] });
    // A ClusterRoleBinding has no namespace.
    expect(b.properties?.namespace).toBeUndefined();
    expect(b.unknown).toEqual([]);
    expect(b.relations).toEqual(
      expect.arrayContaining([
        { type: 'uses-role', target: 'k8s:payments/_cluster/ClusterRole/cluster-admin' },
        { type: 'attached-to', target: 'k8s:payments/ci/ServiceAccount/deployer' },
      ]),
    );
  });

  it('resolves a RoleBinding to its Role in the inputs; subjects of every kind', () => {
    const b = byId(result, 'k8s:payments/payments/RoleBinding/read-pods');
    expect(b.properties).toMatchObject({
      namespace: 'payments',
      role: 'pod-reader',
      clusterWide: false,
      // A service account subject without a namespace is in the binding's namespace.
      subjects: ['User:jane@example.com', 'Group:system:masters', 'ServiceAccount:payments/payments-api'],
      rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }],
    });
    const role = byId(result, 'k8s:payments/payments/Role/pod-reader');
    expect(role.kind).toBe('identity.role');
    expect(role.properties).toMatchObject({
      scope: 'payments',
      members: ['User:jane@example.com', 'Group:system:masters', 'ServiceAccount:payments/payments-api'],
      inlinePolicies: [
        [{ effect: 'allow', actions: ['get', 'list', 'watch'], resources: ['pods', 'pods/log'] }],
      ],
    });
  });

  it('resolves a RoleBinding to a ClusterRole; leaves rules unknown when the role is not in the inputs', () => {
    const secret = byId(result, 'k8s:payments/payments/RoleBinding/api-reads-db-secret');
    expect(secret.properties?.rules).toEqual([
      { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['payments-db'] },
    ]);
    const role = byId(result, 'k8s:payments/_cluster/ClusterRole/secret-reader');
    expect(role.properties?.inlinePolicies).toEqual([
      [{ effect: 'allow', actions: ['get'], resources: ['secrets#payments-db'] }],
    ]);
    expect(role.properties?.scope).toBe('cluster');

    const view = byId(result, 'k8s:payments/payments/RoleBinding/monitoring-view');
    expect(view.properties?.rules).toBeUndefined();
    expect(view.unknown).toEqual([{ path: 'rules', reason: 'ClusterRole view is not in the inputs' }]);
  });

  it('opens a kubectl List, counts kinds it does not normalize, and drops managedFields from raw', () => {
    const ns = byId(result, 'k8s:payments/_cluster/Namespace/payments');
    expect(ns.kind).toBe('k8s.namespace');
    expect(ns.properties?.podSecurity).toEqual({ enforce: 'baseline', warn: 'restricted' });
    expect(ns.source.location).toBe(`${at('list.yaml')}:4`);
    const ds = byId(result, 'k8s:payments/monitoring/DaemonSet/node-exporter');
    expect(ds.source.location).toBe(`${at('list.yaml')}:27`);
    expect(ds.properties).toMatchObject({ hostNetwork: true, hostPid: true, hostPathVolumes: ['/proc'] });
    expect((ds.raw as { metadata: Record<string, unknown> }).metadata.managedFields).toBeUndefined();
    expect(result.unknownTypes).toEqual({ 'k8s:ConfigMap': 1, 'k8s:Ingress': 1 });
  });

  it('reads a typed JSON list (PodList) whose items omit kind, with owner references', () => {
    const pod = byId(result, 'k8s:payments/payments/Pod/api-7d9c5b7f4-x2x9q');
    expect(pod.source.location).toBe(`${at('podlist.json')}:4`);
    expect(pod.relations).toContainEqual({
      type: 'member-of',
      target: 'k8s:payments/payments/ReplicaSet/api-7d9c5b7f4',
    });
    expect(pod.properties?.automountServiceAccountToken).toBe(false);
  });
});

describe('k8s collector options and edge cases', () => {
  it('reports a malformed document with its line and still reads the documents after it', async () => {
    const dir = folder('shop', { 'malformed.yaml': MALFORMED });
    const file = join(dir, 'malformed.yaml');
    const result = await collectManifests(dir, ctx);
    expect(result.issues).toEqual([
      expect.objectContaining({ file, line: 20, message: expect.stringMatching(/starting on line 12/) }),
    ]);
    expect(result.resources.map((r) => [r.id, r.source.location])).toEqual([
      ['k8s:shop/shop/Service/first', `${file}:1`],
      ['k8s:shop/shop/Deployment/after', `${file}:22`],
    ]);
    expect(result.unknownTypes).toEqual({ 'k8s:ConfigMap': 1, 'k8s:cert-manager.io/Certificate': 1 });
  });

  it('names the cluster after the input folder, or the file’s folder, unless told', async () => {
    const dir = folder('shop-prod', { 'web.yaml': DEPLOYMENT });
    const whole = await k8sCollector.collect(dir, ctx);
    expect(whole.resources.map((r) => r.id)).toEqual(['k8s:shop-prod/shop/Deployment/web']);
    const file = await k8sCollector.collect(join(dir, 'web.yaml'), ctx);
    expect(file.resources[0]?.account).toBe('shop-prod');
    const told = await createK8sCollector({ cluster: 'eu-1', service: 'eks' }).collect(dir, ctx);
    expect(told.resources[0]).toMatchObject({
      id: 'k8s:eu-1/shop/Deployment/web',
      account: 'eu-1',
      service: 'eks',
    });
  });

  it('assumes the default namespace for the id when none is given, and says so', async () => {
    const dir = folder('c', { 'web.yaml': DEPLOYMENT.replace('  namespace: shop\n', '') });
    const r = (await collectManifests(dir, ctx)).resources[0];
    expect(r?.id).toBe('k8s:c/default/Deployment/web');
    expect(r?.properties?.namespace).toBeUndefined();
    expect(r?.unknown).toContainEqual(expect.objectContaining({ path: 'namespace' }));
  });

  it('reports a field of the wrong type at its line and leaves the property unknown', async () => {
    const text = DEPLOYMENT.replace(
      '          image: shop/web:1\n',
      '          image: shop/web:1\n          securityContext:\n            privileged: "true"\n',
    );
    const result = await collectManifests(folder('c', { 'web.yaml': text }), ctx);
    expect(result.issues).toEqual([
      expect.objectContaining({
        line: 15,
        path: 'spec.template.spec.containers[0].securityContext.privileged',
      }),
    ]);
    const c = ((result.resources[0]?.properties?.containers ?? []) as Container[])[0];
    expect(c?.privileged).toBeUndefined();
    expect(result.resources[0]?.unknown).toContainEqual(
      expect.objectContaining({ path: 'containers.app.privileged' }),
    );
  });

  it('leaves resource limits unknown where a LimitRange gives defaults', async () => {
    const limitRange = `apiVersion: v1
kind: LimitRange
metadata: { name: defaults, namespace: shop }
spec:
  limits:
    - type: Container
      default: { cpu: 500m, memory: 256Mi }
`;
    const result = await collectManifests(
      folder('c', { 'web.yaml': `${DEPLOYMENT}---\n${limitRange}` }),
      ctx,
    );
    const c = ((result.resources[0]?.properties?.containers ?? []) as Container[])[0];
    expect(c?.resourcesLimited).toBeUndefined();
    expect(result.resources[0]?.unknown).toContainEqual(
      expect.objectContaining({ path: 'containers.app.resourcesLimited' }),
    );
    expect(result.unknownTypes).toEqual({ 'k8s:LimitRange': 1 });
  });

  it('reports a second definition of the same object and keeps the first', async () => {
    const result = await collectManifests(folder('c', { 'a.yaml': DEPLOYMENT, 'b.yaml': DEPLOYMENT }), ctx);
    expect(result.resources).toHaveLength(1);
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/already defined at .*a\.yaml:1/) }),
    ]);
  });

  it('does not mistake a custom resource named Service for a Kubernetes Service', async () => {
    const knative = `apiVersion: serving.knative.dev/v1
kind: Service
metadata: { name: hello, namespace: shop }
spec: {}
`;
    const result = await collectManifests(folder('c', { 'k.yaml': knative }), ctx);
    expect(result.resources).toEqual([]);
    expect(result.unknownTypes).toEqual({ 'k8s:serving.knative.dev/Service': 1 });
  });

  it('reads extensions/v1beta1 NetworkPolicies; policyTypes default from the rules', async () => {
    const policy = `apiVersion: extensions/v1beta1
kind: NetworkPolicy
metadata: { name: egress-only, namespace: shop }
spec:
  podSelector: { matchLabels: { app: web } }
  egress:
    - to: [ { ipBlock: { cidr: 0.0.0.0/0 } } ]
`;
    const result = await collectManifests(folder('c', { 'p.yaml': policy, 'web.yaml': DEPLOYMENT }), ctx);
    const p = result.resources.find((r) => r.kind === 'k8s.network-policy');
    // Every policy affects ingress; one with egress rules affects egress too (NetworkPolicySpec.policyTypes).
    expect(p?.properties?.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(p?.properties?.defaultDeny).toEqual(['ingress']);
    expect(p?.relations).toContainEqual({ type: 'protects', target: 'k8s:c/shop/Deployment/web' });
  });

  it('links resources collected from separate files once they are in one snapshot, idempotently', async () => {
    const dir = folder('c', {
      'web.yaml': DEPLOYMENT,
      'svc.yaml':
        'apiVersion: v1\nkind: Service\nmetadata: { name: web, namespace: shop }\nspec: { selector: { app: web }, ports: [ { port: 80 } ] }\n',
    });
    const a = await k8sCollector.collect(join(dir, 'web.yaml'), ctx);
    const b = await k8sCollector.collect(join(dir, 'svc.yaml'), ctx);
    expect(b.resources[0]?.relations?.filter((x) => x.type === 'routes-via')).toEqual([]);
    const all = linkK8sResources(linkK8sResources([...a.resources, ...b.resources]));
    const svc = all.find((r) => r.kind === 'k8s.service');
    expect(svc?.relations?.filter((x) => x.type === 'routes-via')).toEqual([
      { type: 'routes-via', target: 'k8s:c/shop/Deployment/web' },
    ]);
  });

  it('isolates a document with an unclosed quote from the ones after it', () => {
    const text = `${DEPLOYMENT}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "oops\n---\n${DEPLOYMENT.replace('name: web', 'name: api')}`;
    const { objects, issues } = readManifests('m.yaml', text);
    expect(objects.map((o) => (o.data.metadata as { name: string }).name)).toEqual(['web', 'api']);
    expect(issues).toEqual([expect.objectContaining({ file: 'm.yaml', line: 18 })]);
    expect(objects[1]?.line).toBe(20);
  });

  it('detects manifests, not other YAML or JSON', () => {
    expect(looksLikeManifest('a.yaml', DEPLOYMENT)).toBe(true);
    expect(
      looksLikeManifest('a.yml', '# comment\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n'),
    ).toBe(true);
    expect(looksLikeManifest('list.yaml', 'apiVersion: v1\nitems:\n- apiVersion: v1\n')).toBe(true);
    expect(looksLikeManifest('pods.json', '{\n  "apiVersion": "v1",\n  "items": []')).toBe(true);
    // An ARM template: apiVersion is a date, and the first key is $schema.
    expect(
      looksLikeManifest(
        't.json',
        '{ "$schema": "x", "resources": [ { "apiVersion": "2023-01-01", "kind": "StorageV2" } ] }',
      ),
    ).toBe(false);
    // A Helm chart's Chart.yaml has apiVersion v2 but no kind.
    expect(looksLikeManifest('Chart.yaml', 'apiVersion: v2\nname: shop\nversion: 1.0.0\n')).toBe(false);
    expect(looksLikeManifest('stack.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n')).toBe(
      false,
    );
    expect(looksLikeManifest('web.txt', DEPLOYMENT)).toBe(false);
  });
});
