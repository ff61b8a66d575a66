import type { ResourceInput } from '../../../core/index.js';
import { type Draft, Reader } from '../draft.js';
import { type MappingTables, type NormalizeOptions, normalizeResources } from '../normalize.js';
import type { IacResource } from '../resource.js';
import type { AttachSpec, Finisher, PrimarySpec } from '../spec.js';
import { Unknown } from '../value.js';
import { AWS_ATTACH, AWS_FINISH, AWS_PRIMARY } from './aws.js';
import { AZURE_ATTACH, AZURE_FINISH, AZURE_PRIMARY } from './azure.js';
import { GCP_ATTACH, GCP_FINISH, GCP_PRIMARY } from './gcp.js';

/** Terraform resource types normalized to a resource of their own. */
export const TF_PRIMARY: Readonly<Record<string, PrimarySpec>> = {
  ...AWS_PRIMARY,
  ...AZURE_PRIMARY,
  ...GCP_PRIMARY,
};
/** Terraform resource types merged into the resource they configure. */
export const TF_ATTACH: Readonly<Record<string, AttachSpec>> = {
  ...AWS_ATTACH,
  ...AZURE_ATTACH,
  ...GCP_ATTACH,
};
const TF_FINISH: Readonly<Record<string, Finisher>> = { ...AWS_FINISH, ...AZURE_FINISH, ...GCP_FINISH };

function zoneToRegion(zone: string): string {
  return /-[a-z]$/.test(zone) ? zone.slice(0, -2) : zone;
}

/** Account (AWS account, Azure subscription, GCP project) and region of a resource, where the source says them. */
function place(res: IacResource, spec: PrimarySpec, d: Draft, r: Reader): void {
  const pc = new Reader(res.providerConfig ?? {});
  const set = (field: 'account' | 'region', v: string | Unknown | undefined, why: string) => {
    if (typeof v === 'string' && v !== '') d[field] = v;
    else if (v instanceof Unknown) d.unknownAt(field, v.reason);
    else if (field === 'account') d.unknownAt(field, why);
  };
  if (spec.provider === 'aws') {
    // Tags of the provider's default_tags apply to every resource it creates (tags_all).
    const defaults = pc.block('default_tags');
    if (defaults instanceof Reader) d.tags = { ...defaults.tags('tags'), ...d.tags };
    // Provider v6 takes a region per resource; in older plans `region` is a computed attribute.
    const own = r.str('region');
    set('region', typeof own === 'string' ? own : pc.str('region'), '');
    const allowed = pc.strs('allowed_account_ids');
    let account: string | Unknown | undefined =
      Array.isArray(allowed) && allowed.length === 1
        ? allowed[0]
        : allowed instanceof Unknown
          ? allowed
          : undefined;
    if (account === undefined) {
      const role = pc.block('assume_role');
      const arn = role instanceof Unknown ? role : role?.str('role_arn');
      account = arn instanceof Unknown ? arn : /^arn:[^:]+:iam::(\d{12}):/.exec(arn ?? '')?.[1];
    }
    set(
      'account',
      account,
      'the AWS account is not stated (no allowed_account_ids or assume_role in the provider)',
    );
  } else if (spec.provider === 'azure') {
    const loc = r.str('location');
    set('region', typeof loc === 'string' ? loc.replace(/\s+/g, '').toLowerCase() : loc, '');
    set('account', pc.str('subscription_id'), 'the subscription is not stated in the provider configuration');
  } else if (spec.provider === 'gcp') {
    set(
      'account',
      r.str('project') ?? pc.str('project'),
      'the project is not stated (no project in the resource or provider)',
    );
    const zone = r.str('zone');
    const loc = r.str('location');
    const region =
      r.str('region') ??
      (typeof zone === 'string' ? zoneToRegion(zone) : zone) ??
      (typeof loc === 'string' ? loc.toLowerCase() : loc) ??
      pc.str('region') ??
      mapZone(pc.str('zone'));
    set('region', region, '');
  }
}

function mapZone(z: string | Unknown | undefined): string | Unknown | undefined {
  return typeof z === 'string' ? zoneToRegion(z) : z;
}

const TERRAFORM_TABLES: MappingTables = {
  primary: TF_PRIMARY,
  attach: TF_ATTACH,
  finish: TF_FINISH,
  typeKey: (type) => `terraform:${type}`,
  place: (res, spec, d) => place(res, spec, d, new Reader(res.attrs)),
};

/** Normalizes Terraform resource instances, from HCL or from a plan, with the same per-type mapping. */
export function normalizeTerraform(
  resources: readonly IacResource[],
  opts: NormalizeOptions,
): { resources: ResourceInput[]; unknownTypes: Record<string, number> } {
  return normalizeResources(resources, TERRAFORM_TABLES, opts);
}

export type { MappingTables, NormalizeOptions };
