import {
  type CheckStatus,
  type Provider,
  type Resource,
  type ResourceInput,
  type ResourceKind,
  ResourceSchema,
} from '../core/index.js';

/** One fixture of the table-driven check test: a resource (and, for relational checks, its neighbours). */
export interface CheckCase {
  name: string;
  expect: CheckStatus;
  resource: Resource;
  /** Other resources the check may look up. */
  inventory?: Resource[];
  /** Parameters for this case, over the check's defaults. */
  params?: Record<string, unknown>;
  /** A fragment the message must contain. */
  message?: string;
}

let counter = 0;

/** A valid resource for a fixture: only what the case is about needs saying. */
export function resource(
  kind: ResourceKind,
  provider: Provider,
  properties: Record<string, unknown>,
  extra: Partial<Omit<ResourceInput, 'kind' | 'provider' | 'properties'>> = {},
): Resource {
  counter++;
  return ResourceSchema.parse({
    id: extra.id ?? `${provider}:${kind}:${counter}`,
    provider,
    service: extra.service ?? defaultService(provider, kind),
    kind,
    account: extra.account ?? 'acct-1',
    raw: {},
    source: { type: 'export', collector: 'fixture' },
    ...extra,
    properties,
  });
}

function defaultService(provider: Provider, kind: ResourceKind): string {
  const family = kind.split('.')[0];
  const table: Record<Provider, Record<string, string>> = {
    aws: {
      storage: 's3',
      compute: 'ec2',
      network: 'vpc',
      database: 'rds',
      identity: 'iam',
      crypto: 'kms',
      logging: 'cloudtrail',
    },
    azure: {
      storage: 'storage',
      compute: 'virtual-machines',
      network: 'virtual-network',
      database: 'sql-database',
      identity: 'entra-id',
      crypto: 'key-vault',
      logging: 'monitor',
    },
    gcp: {
      storage: 'cloud-storage',
      compute: 'compute-engine',
      network: 'vpc',
      database: 'cloud-sql',
      identity: 'iam',
      crypto: 'cloud-kms',
      logging: 'cloud-logging',
    },
    k8s: {},
    onprem: {},
  };
  return (
    table[provider][family ?? ''] ??
    (provider === 'k8s' ? 'self-managed' : provider === 'onprem' ? 'physical-server' : 'unknown')
  );
}
