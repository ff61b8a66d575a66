/**
 * CloudTrail questions shared by the account-level logging and monitoring checks. A trail's `raw` is its
 * `describe-trails` entry merged with `get-event-selectors` (`EventSelectors` / `AdvancedEventSelectors`).
 */
import type { Resource } from '../../core/index.js';
import { type CheckOutcome, fail, type InventoryView, MissingData, notApplicable, pass } from '../define.js';
import { asBool, field, isObj, type Res, rawAt, strings } from './util.js';

/** Trails that record this account: its own, and organisation trails from the management account. */
export function accountTrails(account: Res, inventory: InventoryView): Resource[] {
  return inventory
    .byKind('logging.trail')
    .filter(
      (t) =>
        t.provider === 'aws' &&
        (t.account === account.account || asBool(rawAt(t, 'IsOrganizationTrail')) === true),
    );
}

/** Throws when the account says its trails could not be listed; otherwise an empty list means there are none. */
export function assertTrailsListed(account: Res): void {
  const gap = account.unknown.find((u) => u.path === 'logging.trail');
  if (gap) throw new MissingData('logging.trail', gap.reason);
}

function selectorFields(
  sel: unknown,
): Map<string, { equals: string[]; startsWith: string[]; notEquals: string[] }> {
  const out = new Map<string, { equals: string[]; startsWith: string[]; notEquals: string[] }>();
  for (const f of (field(sel, 'FieldSelectors') as unknown[] | undefined) ?? []) {
    const name = String(field(f, 'Field') ?? '');
    out.set(name, {
      equals: strings(field(f, 'Equals')),
      startsWith: strings(field(f, 'StartsWith')),
      notEquals: strings(field(f, 'NotEquals')),
    });
  }
  return out;
}

/** Whether the trail records read and write management events; `undefined` when that cannot be told. */
export function recordsAllManagementEvents(trail: Res): boolean | undefined {
  const basic = rawAt(trail, 'EventSelectors');
  const advanced = rawAt(trail, 'AdvancedEventSelectors');
  if (Array.isArray(advanced) && advanced.length > 0) {
    return advanced.some((sel) => {
      const f = selectorFields(sel);
      return (f.get('eventCategory')?.equals ?? []).includes('Management') && !f.has('readOnly');
    });
  }
  if (Array.isArray(basic)) {
    return basic.some(
      (s) =>
        asBool(field(s, 'IncludeManagementEvents')) === true &&
        String(field(s, 'ReadWriteType') ?? 'All') === 'All',
    );
  }
  const v = (trail.properties as { managementEvents?: unknown }).managementEvents;
  return typeof v === 'boolean' ? v : undefined;
}

const S3_ALL = /^arn:aws[a-z-]*:s3(:::)?$/;

/** Whether the trail records S3 object-level events of the given kind for all buckets; `undefined` when unknown. */
export function recordsS3DataEvents(trail: Res, kind: 'read' | 'write'): boolean | undefined {
  const basic = rawAt(trail, 'EventSelectors');
  const advanced = rawAt(trail, 'AdvancedEventSelectors');
  if (Array.isArray(advanced) && advanced.length > 0) {
    return advanced.some((sel) => {
      const f = selectorFields(sel);
      if (!(f.get('eventCategory')?.equals ?? []).includes('Data')) return false;
      if (!(f.get('resources.type')?.equals ?? []).includes('AWS::S3::Object')) return false;
      const arn = f.get('resources.ARN');
      if (arn && (arn.equals.length > 0 || arn.startsWith.some((p) => !S3_ALL.test(p)))) return false;
      const ro = f.get('readOnly');
      if (!ro || ro.equals.length === 0) return true;
      return ro.equals.includes(kind === 'read' ? 'true' : 'false');
    });
  }
  if (Array.isArray(basic)) {
    return basic.some((s) => {
      const rw = String(field(s, 'ReadWriteType') ?? 'All');
      if (rw !== 'All' && rw !== (kind === 'read' ? 'ReadOnly' : 'WriteOnly')) return false;
      const resources = (field(s, 'DataResources') as unknown[] | undefined) ?? [];
      return resources.some(
        (d) =>
          field(d, 'Type') === 'AWS::S3::Object' && strings(field(d, 'Values')).some((v) => S3_ALL.test(v)),
      );
    });
  }
  return undefined;
}

/** Whether a trail is turned on and covers every region; `undefined` when a needed fact is missing. */
export function activeMultiRegion(trail: Res): boolean | undefined {
  const p = trail.properties as { multiRegion?: unknown; logging?: unknown };
  const multi =
    typeof p.multiRegion === 'boolean' ? p.multiRegion : asBool(rawAt(trail, 'IsMultiRegionTrail'));
  const logging = typeof p.logging === 'boolean' ? p.logging : asBool(rawAt(trail, 'IsLogging'));
  if (multi === false || logging === false) return false;
  if (multi === undefined || logging === undefined) return undefined;
  return true;
}

/**
 * The account-level verdict over its trails: pass when one trail surely meets `test`, fail when every trail
 * surely does not (or there is none), error when the only candidates are unknown.
 */
export function anyTrail(
  account: Res,
  inventory: InventoryView,
  test: (trail: Resource) => boolean | undefined,
  what: string,
): CheckOutcome {
  assertTrailsListed(account);
  const trails = accountTrails(account, inventory);
  if (trails.length === 0) return fail(`The account has no CloudTrail trail, so nothing ${what}.`);
  let unknown: Resource | undefined;
  for (const t of trails) {
    const ok = test(t);
    if (ok === true)
      return pass(`The trail ${t.name ?? t.id} ${what}.`, [{ path: 'trail', value: t.id, resource: t.id }]);
    if (ok === undefined) unknown ??= t;
  }
  if (unknown)
    throw new MissingData('trail', `the settings of ${unknown.name ?? unknown.id} were not fully collected`);
  return fail(`None of the ${trails.length} trails ${what}.`, [
    { path: 'trails', value: trails.map((t) => t.id) },
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// CIS section 4: metric filters and alarms on the trail's CloudWatch Logs group
// ---------------------------------------------------------------------------------------------------------------

export interface MetricFilterSpec {
  /** What is being watched, for messages. */
  subject: string;
  /** Each group must be mentioned by the filter pattern through at least one of its terms. */
  terms: readonly (readonly string[])[];
}

/** Whether the filter pattern names `term` as a whole word (`DeleteRoute` is not found in `DeleteRouteTable`). */
export function mentions(pattern: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`).test(pattern);
}

function logGroupOf(trail: Resource, inventory: InventoryView): Resource | undefined {
  const arn = rawAt(trail, 'CloudWatchLogsLogGroupArn');
  if (typeof arn !== 'string') return undefined;
  const bare = arn.replace(/:\*$/, '');
  return inventory.byId(bare) ?? inventory.byId(`${bare}:*`);
}

/**
 * CIS 4.x: a multi-region trail delivers to CloudWatch Logs, its log group has a metric filter whose pattern names
 * every term group, and a CloudWatch alarm on that metric notifies someone. Alarms are read from
 * `monitoring.alarm` resources' `raw` (`describe-alarms`: MetricName, Namespace, AlarmActions); metric filters from
 * the log group's `raw.metricFilters` (`describe-metric-filters`).
 */
export function metricAlarmOutcome(
  account: Res,
  inventory: InventoryView,
  spec: MetricFilterSpec,
  monitoredElsewhere: boolean,
): CheckOutcome {
  if (monitoredElsewhere)
    return notApplicable(
      `${spec.subject} is watched outside CloudWatch (the monitoredElsewhere parameter is set).`,
    );
  assertTrailsListed(account);
  const trails = accountTrails(account, inventory).filter(
    (t) => activeMultiRegion(t) !== false && typeof rawAt(t, 'CloudWatchLogsLogGroupArn') === 'string',
  );
  if (trails.length === 0)
    return fail(
      `No multi-region trail delivers to CloudWatch Logs, so ${spec.subject} cannot raise an alarm.`,
    );
  const alarms = inventory
    .byKind('monitoring.alarm')
    .filter((a) => a.provider === 'aws' && a.account === account.account);
  let missingGroup: string | undefined;
  for (const trail of trails) {
    const group = logGroupOf(trail, inventory);
    if (!group) {
      missingGroup ??= String(rawAt(trail, 'CloudWatchLogsLogGroupArn'));
      continue;
    }
    const filters = rawAt(group, 'metricFilters');
    if (!Array.isArray(filters))
      throw new MissingData('raw.metricFilters', `the metric filters of ${group.id} were not collected`);
    for (const f of filters) {
      const pattern = String(field(f, 'filterPattern') ?? '');
      if (!spec.terms.every((alternatives) => alternatives.some((t) => mentions(pattern, t)))) continue;
      const metrics = ((field(f, 'metricTransformations') as unknown[] | undefined) ?? []).filter(isObj);
      for (const m of metrics) {
        const name = field(m, 'metricName');
        const ns = field(m, 'metricNamespace');
        const alarm = alarms.find(
          (a) =>
            rawAt(a, 'MetricName') === name &&
            rawAt(a, 'Namespace') === ns &&
            strings(rawAt(a, 'AlarmActions')).length > 0,
        );
        if (alarm)
          return pass(
            `The metric filter ${String(field(f, 'filterName'))} feeds the alarm ${alarm.name ?? alarm.id}.`,
            [
              { path: 'raw.metricFilters', value: field(f, 'filterName'), resource: group.id },
              { path: 'alarm', value: alarm.id, resource: alarm.id },
            ],
          );
      }
    }
  }
  if (missingGroup)
    throw new MissingData(
      'raw.CloudWatchLogsLogGroupArn',
      `the log group ${missingGroup} is not in the inventory`,
    );
  return fail(`No metric filter with an alarm watches ${spec.subject}.`);
}
