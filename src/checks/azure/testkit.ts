/**
 * Fixture builders for the Azure checks: resources in the shape an Azure collector produces (see util.ts), with the
 * ARM document as `raw`. Only what a case is about needs saying.
 */
import type { Resource, ResourceKind } from '../../core/index.js';
import { resource } from '../testing.js';

export const SUB = '00000000-0000-0000-0000-00000000a001';
export const SUB_ID = `/subscriptions/${SUB}`;

/** `/subscriptions/<SUB>/resourcegroups/rg-1/providers/microsoft.sql/servers/srv/firewallrules/rule`, lower-cased. */
export function armId(type: string, name: string, rg = 'rg-1'): string {
  const [ns, ...types] = type.split('/');
  const names = name.split('/');
  const parts: string[] = [];
  types.forEach((t, i) => {
    parts.push(t, names[i] ?? '');
  });
  return `${SUB_ID}/resourcegroups/${rg}/providers/${ns}/${parts.join('/')}`.toLowerCase();
}

export interface AzOpts {
  /** Normalized properties. */
  properties?: Record<string, unknown>;
  tags?: Record<string, string>;
  unknown?: { path: string; reason: string }[];
  id?: string;
  /** Replaces the generated ARM document (e.g. `{}` for a resource collected without one). */
  raw?: unknown;
  relations?: { type: string; target: string }[];
}

/** An Azure resource whose `raw` is `{ id, name, type, location, ...doc }`. */
export function az(
  kind: ResourceKind,
  type: string,
  name: string,
  doc: Record<string, unknown> = {},
  o: AzOpts = {},
): Resource {
  const id = o.id ?? armId(type, name);
  return resource(kind, 'azure', o.properties ?? {}, {
    id,
    account: SUB,
    region: 'eastus',
    name: name.split('/').pop() ?? name,
    raw: o.raw !== undefined ? o.raw : { id, name, type, location: 'eastus', ...doc },
    ...(o.tags ? { tags: o.tags } : {}),
    ...(o.unknown ? { unknown: o.unknown } : {}),
    ...(o.relations ? { relations: o.relations } : {}),
  });
}

/** A subscription (`identity.account`). */
export function subscription(doc: Record<string, unknown> = {}, o: AzOpts = {}): Resource {
  const id = o.id ?? SUB_ID;
  return resource('identity.account', 'azure', o.properties ?? {}, {
    id,
    account: id.split('/').pop() ?? SUB,
    name: 'production',
    raw:
      o.raw !== undefined
        ? o.raw
        : { id, subscriptionId: SUB, displayName: 'production', state: 'Enabled', ...doc },
    ...(o.unknown ? { unknown: o.unknown } : {}),
  });
}

/** A subscription-scope resource such as `Microsoft.Security/pricings/VirtualMachines`, as its own resource. */
export function subscriptionResource(
  kind: ResourceKind,
  type: string,
  name: string,
  properties: Record<string, unknown>,
  sub = SUB_ID,
): Resource {
  const id = `${sub}/providers/${type}/${name}`.toLowerCase();
  return resource(
    kind,
    'azure',
    {},
    {
      id,
      account: sub.split('/').pop() ?? SUB,
      name,
      raw: { id, name, type, properties },
    },
  );
}

/** A diagnostic setting on `target` (an extension resource of it). */
export function diagnosticSetting(
  target: string,
  name: string,
  properties: Record<string, unknown>,
  kind: ResourceKind = 'logging.trail',
): Resource {
  const id = `${target}/providers/microsoft.insights/diagnosticsettings/${name}`.toLowerCase();
  return resource(
    kind,
    'azure',
    {},
    {
      id,
      account: SUB,
      name,
      raw: { id, name, type: 'Microsoft.Insights/diagnosticSettings', properties },
    },
  );
}

/** ISO date `days` ago. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

/** Epoch seconds `days` from now (Key Vault attribute format). */
export function epochIn(days: number): number {
  return Math.floor((Date.now() + days * 86_400_000) / 1000);
}
