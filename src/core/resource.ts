import { z } from 'zod';
import { ResourceKindSchema } from './kinds.js';
import { ProviderSchema } from './provider.js';

/** Where a resource was read from: a live API, an export file, infrastructure-as-code, an on-prem list. */
export const ResourceSourceSchema = z.object({
  type: z.enum(['live', 'export', 'iac', 'inventory', 'scan']),
  /** The collector or parser that produced it, e.g. `aws-cli-json`, `terraform-plan`. */
  collector: z.string().min(1),
  /** File path (with line where known) or API endpoint. */
  location: z.string().optional(),
  collectedAt: z.iso.datetime().optional(),
});
export type ResourceSource = z.infer<typeof ResourceSourceSchema>;

/** A reference from one resource to another (instance → interface → subnet → VPC), by the target's id. */
export const RelationSchema = z.object({
  type: z.string().min(1),
  target: z.string().min(1),
});
export type Relation = z.infer<typeof RelationSchema>;

/**
 * One resource of the unified inventory. `id` is the provider's own global id (ARN, Azure resource id, GCP full
 * resource name, `onprem:<host>`); `properties` is the normalized view of its kind; `raw` keeps the provider's
 * document for provider-specific checks.
 */
export const ResourceSchema = z.object({
  id: z.string().min(1),
  provider: ProviderSchema,
  /** Catalog service id, e.g. `ec2`, `storage`, `cloud-sql`. */
  service: z.string().min(1),
  kind: ResourceKindSchema,
  /** AWS account, Azure subscription, GCP project, k8s cluster, on-prem site. */
  account: z.string().min(1),
  region: z.string().optional(),
  name: z.string().optional(),
  tags: z.record(z.string(), z.string()).default({}),
  /** The tier (organisation → environment → account → workload) this resource is assigned to, if known. */
  tier: z.string().optional(),
  properties: z.record(z.string(), z.unknown()).default({}),
  relations: z.array(RelationSchema).default([]),
  /**
   * Properties that could not be determined, and why (access denied, not collected, unresolvable variable in
   * infrastructure-as-code). Checks that need them report `error`, never `pass`.
   */
  unknown: z.array(z.object({ path: z.string(), reason: z.string() })).default([]),
  raw: z.unknown(),
  source: ResourceSourceSchema,
});
export type Resource = z.infer<typeof ResourceSchema>;
export type ResourceInput = z.input<typeof ResourceSchema>;
