import type { Resource } from '../../core/index.js';
import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, ev, isProject, label, ofType, projectKeys, projectParent, sinksByParent, value } from './util.js';

function exportsEverything(sink: Resource): boolean {
  const filter = String(value(sink, 'filter') ?? '').trim();
  const exclusions = (value<unknown[]>(sink, 'exclusions') ?? []).filter(
    (e) => (e as { disabled?: boolean }).disabled !== true,
  );
  return (
    value(sink, 'disabled') !== true &&
    filter === '' &&
    exclusions.length === 0 &&
    Boolean(value(sink, 'destination'))
  );
}

export default defineCheck({
  id: 'gcp-logging-sink-all-entries',
  title: 'A log sink exports every log entry of the project',
  rationale:
    "Logs kept only in the project's own _Default bucket are deleted after 30 days and can be removed by anyone " +
    'who controls the project. A sink without a filter copies every entry to a place the security team controls — ' +
    'a locked bucket, BigQuery or a SIEM.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['identity.account'],
  controls: ['LOG-04'],
  remediation:
    'Create a sink with an empty filter in the project, or an aggregated sink (includeChildren) on its folder or ' +
    'organization, exporting to central storage.',
  fix: {
    cli: 'gcloud logging sinks create all-logs storage.googleapis.com/CENTRAL_BUCKET --project=PROJECT',
  },
  references: { 'cis-gcp-foundations': ['2.2'] },
  evaluate(project, { inventory }) {
    if (!isProject(project)) return notApplicable('Not a project.');
    if (ofType(inventory, A.sink).length === 0)
      throw new MissingData('sinks', 'no log sinks were collected, so their absence cannot be told');
    const sinks = sinksByParent(inventory);
    const own = projectKeys(project).flatMap((k) => sinks.get(`projects/${k}`) ?? []);
    const parent = projectParent(project);
    const inherited = (parent ? (sinks.get(parent) ?? []) : []).filter(
      (s) => value(s, 'includeChildren') === true,
    );
    const good = [...own, ...inherited].find(exportsEverything);
    return good
      ? pass(`Sink "${label(good)}" exports all entries to ${String(value(good, 'destination'))}.`, [
          ev('sink', good.id),
        ])
      : fail('No sink of the project (or aggregated sink above it) exports every log entry.', [
          ev(
            'sinks',
            [...own, ...inherited].map((s) => s.id),
          ),
        ]);
  },
});
