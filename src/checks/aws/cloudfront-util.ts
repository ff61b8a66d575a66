/** CloudFront distributions: `raw` is a `get-distribution` Distribution (with DistributionConfig) or a list summary. */
import { MissingData } from '../define.js';
import { field, isObj, type Obj, type Res, rawAt } from './util.js';

export function distributionConfig(d: Res): Obj {
  const config = rawAt(d, 'DistributionConfig') ?? d.raw;
  if (!isObj(config) || field(config, 'DefaultCacheBehavior') === undefined)
    throw new MissingData('raw.DistributionConfig', 'the distribution configuration was not collected');
  return config;
}

/** `Items` of a CloudFront list wrapper (`{ Quantity, Items }`), or the list itself. */
export function items(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  const inner = field(v, 'Items');
  return Array.isArray(inner) ? inner : [];
}

export function disabled(config: Obj): boolean {
  return field(config, 'Enabled') === false;
}
