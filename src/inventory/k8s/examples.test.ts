import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import { k8sCollector } from './index.js';

/** The example payments cluster: each misconfiguration listed in examples/estate/k8s/MISCONFIGURATIONS.md. */
const EXAMPLE = join(import.meta.dirname, '../../../examples/estate/k8s/payments');
type Container = Record<string, unknown> & { name: string };

describe('examples/estate/k8s', () => {
  let result: CollectResult;
  const get = (id: string): ResourceInput => {
    const r = result.resources.find((x) => x.id === id);
    if (!r) throw new Error(`no ${id}`);
    return r;
  };
  const containerOf = (id: string, name: string) =>
    ((get(id).properties?.containers ?? []) as Container[]).find((c) => c.name === name);
  const protectedIds = () =>
    new Set(
      result.resources.flatMap((r) =>
        (r.relations ?? []).filter((x) => x.type === 'protects').map((x) => x.target),
      ),
    );

  beforeAll(async () => {
    result = await k8sCollector.collect(EXAMPLE, { collectedAt: '2025-03-04T00:00:00.000Z' });
  });

  it('reads cleanly into the payments cluster', () => {
    expect(result.issues).toEqual([]);
    expect(result.unknownTypes).toEqual({ 'k8s:ConfigMap': 1, 'k8s:Ingress': 1 });
    for (const r of result.resources) {
      expect(r.account).toBe('payments');
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    }
  });

  it('has a well-configured reference workload', () => {
    const id = 'k8s:payments/payments/Deployment/checkout-api';
    expect(containerOf(id, 'api')).toMatchObject({
      privileged: false,
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilitiesAdded: [],
      resourcesLimited: true,
    });
    expect(get(id).properties?.automountServiceAccountToken).toBe(false);
    expect(protectedIds().has(id)).toBe(true);
  });

  it('shows each listed workload misconfiguration', () => {
    const agent = 'k8s:payments/monitoring/DaemonSet/node-agent';
    expect(containerOf(agent, 'agent')?.privileged).toBe(true);
    expect(get(agent).properties).toMatchObject({ hostPid: true, hostNetwork: true, hostPathVolumes: ['/'] });

    const ledger = 'k8s:payments/payments/Deployment/ledger';
    expect(containerOf(ledger, 'ledger')).toMatchObject({
      runAsNonRoot: false,
      runAsUser: 0,
      image: 'registry.example.com/payments/ledger:latest',
      resourcesLimited: false,
      allowPrivilegeEscalation: true,
      readOnlyRootFilesystem: false,
    });
    expect(get(ledger).properties?.automountServiceAccountToken).toBe(true);

    const db = 'k8s:payments/payments/StatefulSet/payments-db';
    expect(get(db).properties?.hostPathVolumes).toEqual(['/var/lib/payments-db']);
    expect(containerOf(db, 'postgres')?.resourcesLimited).toBe(false);

    const settlement = 'k8s:payments/payments-batch/CronJob/settlement';
    expect(containerOf(settlement, 'settle')).toMatchObject({
      capabilitiesAdded: ['SYS_ADMIN'],
      allowPrivilegeEscalation: true,
      runAsNonRoot: false,
    });
    expect(protectedIds().has(settlement)).toBe(false);
    expect(get(settlement).properties?.automountServiceAccountToken).toBe(true);
  });

  it('shows each listed network misconfiguration', () => {
    expect(get('k8s:payments/payments/Service/checkout-public').properties).toMatchObject({
      type: 'LoadBalancer',
      loadBalancerSourceRanges: [],
    });
    expect(
      get('k8s:payments/payments/Service/checkout-public').properties?.loadBalancerInternal,
    ).toBeUndefined();
    expect(get('k8s:payments/payments/Service/ledger-admin').properties).toMatchObject({
      type: 'NodePort',
      ports: [{ port: 9090, nodePort: 30909 }],
    });
    expect(get('k8s:payments/payments/NetworkPolicy/ledger-from-anywhere').properties?.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0', '::/0'],
        description: 'any source',
      },
    ]);
  });

  it('shows each listed access-control misconfiguration', () => {
    expect(
      get('k8s:payments/_cluster/ClusterRoleBinding/ci-deployer-cluster-admin').properties,
    ).toMatchObject({
      role: 'cluster-admin',
      clusterWide: true,
      subjects: ['ServiceAccount:ci/deployer'],
      rules: expect.arrayContaining([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
    });
    expect(get('k8s:payments/_cluster/ClusterRoleBinding/node-agent-secret-reader').properties).toMatchObject(
      {
        clusterWide: true,
        rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] }],
      },
    );
    const ops = get('k8s:payments/payments/RoleBinding/ledger-operators').properties;
    expect(ops?.subjects).toContain('ServiceAccount:payments/ledger');
    expect(ops?.rules).toContainEqual({
      apiGroups: [''],
      resources: ['pods', 'pods/exec', 'pods/log'],
      verbs: ['*'],
    });
    expect(get('k8s:payments/_cluster/Namespace/payments-batch').properties?.podSecurity).toEqual({});
    expect(get('k8s:payments/_cluster/Namespace/monitoring').properties?.podSecurity).toEqual({
      enforce: 'privileged',
    });
    expect(get('k8s:payments/payments/RoleBinding/payments-devs-view').unknown).toEqual([
      { path: 'rules', reason: 'ClusterRole view is not in the inputs' },
    ]);
  });
});
