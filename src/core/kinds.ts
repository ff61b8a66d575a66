import { z } from 'zod';

/**
 * The normalized, cross-cloud resource kinds. A kind names what a resource *is*, whatever the provider calls
 * it, so one check can serve an S3 bucket, an Azure Blob container and a GCS bucket alike.
 */
export const RESOURCE_KINDS = [
  'compute.instance',
  'compute.function',
  'compute.container-cluster',
  'compute.container-service',
  'compute.image',
  'storage.bucket',
  'storage.volume',
  'storage.snapshot',
  'storage.file-share',
  'database.instance',
  'database.cluster',
  'database.nosql-table',
  'database.cache',
  'database.warehouse',
  'network.vpc',
  'network.subnet',
  'network.security-group',
  'network.acl',
  'network.route-table',
  'network.interface',
  'network.load-balancer',
  'network.gateway',
  'network.peering',
  'network.dns-zone',
  'network.cdn',
  'network.firewall',
  'network.waf',
  'network.api-gateway',
  'identity.principal',
  'identity.user',
  'identity.group',
  'identity.role',
  'identity.policy',
  'identity.account',
  'crypto.key',
  'crypto.certificate',
  'secrets.secret',
  'logging.trail',
  'logging.flow-log',
  'logging.log-group',
  'monitoring.config',
  'monitoring.alarm',
  'messaging.queue',
  'messaging.topic',
  'messaging.stream',
  'backup.vault',
  'backup.plan',
  'analytics.search-domain',
  'ml.notebook',
  'container.registry',
  'k8s.workload',
  'k8s.service',
  'k8s.network-policy',
  'k8s.rbac-binding',
  'k8s.namespace',
  'host.server',
] as const;

export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const ResourceKindSchema = z.enum(RESOURCE_KINDS);

/** The part of a kind before the dot: `storage` for `storage.bucket`. */
export type KindFamily = ResourceKind extends `${infer F}.${string}` ? F : never;

export function isResourceKind(value: string): value is ResourceKind {
  return (RESOURCE_KINDS as readonly string[]).includes(value);
}
