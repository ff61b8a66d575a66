/**
 * Builders for families of Google Cloud checks that differ only in data (which log-based metric, which database
 * flag). Each check still lives in its own file with its own id, text and fixtures.
 */
import type { Severity } from '../../core/index.js';
import { type Check, defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, ev, inProject, isAsset, isProject, label, ofType, sqlEngine, sqlFlag, value } from './util.js';

interface Text {
  id: string;
  title: string;
  rationale: string;
  remediation: string;
  severity: Severity;
  controls: string[];
  cis?: string[];
  fix?: { cli?: string; terraform?: string };
}

function meta(t: Text) {
  return {
    id: t.id,
    title: t.title,
    rationale: t.rationale,
    remediation: t.remediation,
    severity: t.severity,
    controls: t.controls,
    ...(t.cis ? { references: { 'cis-gcp-foundations': t.cis } } : {}),
    ...(t.fix ? { fix: t.fix } : {}),
  };
}

/** A log filter reduced for comparison: lower case, no whitespace, double quotes. */
export function normalizeFilter(filter: string): string {
  return filter.toLowerCase().replace(/\s+/g, '').replace(/'/g, '"');
}

// ----- log-based metrics with alerting -------------------------------------------------------------------------

/**
 * The project has an enabled log-based metric whose filter covers `tokens` (each must appear in the normalized
 * filter) and an enabled alert policy on that metric.
 */
export function logMetricAlert(t: Text & { tokens: string[]; what: string }): Check {
  const tokens = t.tokens.map(normalizeFilter);
  return defineCheck({
    ...meta(t),
    providers: ['gcp'],
    kinds: ['identity.account'],
    evaluate(project, { inventory }) {
      if (!isProject(project)) return notApplicable('Not a project.');
      if (ofType(inventory, A.logMetric).length === 0)
        throw new MissingData(
          'logMetrics',
          'no log-based metrics were collected, so their absence cannot be told',
        );
      const metrics = inProject(project, inventory, A.logMetric).filter((m) => value(m, 'disabled') !== true);
      const matching = metrics.filter((m) => {
        const f = normalizeFilter(String(value(m, 'filter') ?? ''));
        return tokens.every((tok) => f.includes(tok));
      });
      if (matching.length === 0)
        return fail(`No log-based metric of the project matches ${t.what}.`, [
          ev(
            'logMetrics',
            metrics.map((m) => label(m)),
          ),
        ]);
      if (ofType(inventory, A.alertPolicy).length === 0)
        throw new MissingData(
          'alertPolicies',
          'no alert policies were collected, so their absence cannot be told',
        );
      const policies = inProject(project, inventory, A.alertPolicy).filter(
        (p) => value(p, 'enabled') !== false,
      );
      for (const m of matching) {
        const name =
          String(value(m, 'name') ?? label(m))
            .split('/')
            .pop() ?? '';
        const ref = `logging.googleapis.com/user/${name}`;
        const alert = policies.find((p) => JSON.stringify(value(p, 'conditions') ?? []).includes(ref));
        if (alert)
          return pass(
            `Metric "${name}" counts ${t.what} and alert policy "${String(value(alert, 'displayName') ?? label(alert))}" fires on it.`,
            [ev('logMetric', name), ev('alertPolicy', alert.id)],
          );
      }
      return fail(`A metric counts ${t.what}, but no enabled alert policy fires on it.`, [
        ev(
          'logMetrics',
          matching.map((m) => label(m)),
        ),
      ]);
    },
  });
}

// ----- Cloud SQL database flags --------------------------------------------------------------------------------

/**
 * A Cloud SQL database flag has a compliant value. `unset` is the engine default Cloud SQL applies when the flag is
 * not set (Cloud SQL only lists flags that were set).
 */
export function sqlFlagCheck(
  t: Text & {
    engine: 'MYSQL' | 'POSTGRES' | 'SQLSERVER';
    flag: string;
    unset: string;
    ok(v: string): boolean;
    expected: string;
  },
): Check {
  const engineTitle = { MYSQL: 'MySQL', POSTGRES: 'PostgreSQL', SQLSERVER: 'SQL Server' }[t.engine];
  return defineCheck({
    ...meta(t),
    providers: ['gcp'],
    kinds: ['database.instance'],
    fix: t.fix ?? {
      cli: `gcloud sql instances patch INSTANCE --database-flags=${t.flag}=VALUE  # keep the other flags: the list is replaced`,
    },
    evaluate(db) {
      if (!isAsset(db, A.sqlInstance)) return notApplicable('Not a Cloud SQL instance.');
      const engine = sqlEngine(db);
      if (engine !== t.engine)
        return notApplicable(`A ${engine} instance; this flag applies to ${engineTitle}.`);
      const set = sqlFlag(db, t.flag);
      const v = set ?? t.unset;
      const shown = set === undefined ? `not set (default ${t.unset})` : `"${set}"`;
      return t.ok(v)
        ? pass(`${t.flag} is ${shown}.`, [ev(`databaseFlags.${t.flag}`, set ?? null)])
        : fail(`${t.flag} is ${shown}; expected ${t.expected}.`, [
            ev(`databaseFlags.${t.flag}`, set ?? null),
          ]);
    },
  });
}
