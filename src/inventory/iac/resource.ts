import type { Unknown, ValueObject } from './value.js';

/**
 * One resource as read from infrastructure-as-code, before normalization: a Terraform resource instance (HCL,
 * evaluated, or a plan's planned values), a CloudFormation resource or an ARM resource, with its attributes
 * resolved as far as the source allows. The input of the per-type normalizers.
 */
export interface IacResource {
  /** Terraform address (`module.net.aws_subnet.private[0]`), CloudFormation logical id, ARM `type/name`. */
  address: string;
  type: string;
  /** `iac:<tool>:<file>#<address>` */
  id: string;
  /** Arguments and attributes; nested blocks are lists of objects; unresolved values are `Unknown`. */
  attrs: ValueObject;
  /** For each top-level attribute, the ids of the resources its expression referred to. */
  refs: Record<string, string[]>;
  /** The Terraform provider's local name (`aws`, `azurerm`, `google`, `google-beta`). */
  providerName: string;
  /** The provider configuration that applies (region, project, subscription), when known. */
  providerConfig?: ValueObject;
  /** `file:line` */
  location?: string;
  /** Set when `count` / `for_each` (of the resource or of a module holding it) could not be resolved. */
  expansion?: Unknown;
  /** Where `expansion` is recorded in `unknown`: `count` (default), `condition` for CloudFormation and ARM. */
  expansionPath?: string;
  /**
   * Top-level attributes the configuration sets. A plan lists computed attributes too; without this, every
   * attribute present is taken as set.
   */
  configured?: ReadonlySet<string>;
  raw: unknown;
}
