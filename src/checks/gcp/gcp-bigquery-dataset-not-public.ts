import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isObj, need } from './util.js';

export default defineCheck({
  id: 'gcp-bigquery-dataset-not-public',
  title: 'BigQuery datasets are not shared with everyone',
  rationale:
    'A dataset access entry for allUsers or allAuthenticatedUsers lets anyone (or anyone with a Google account) ' +
    "query every table in it. Warehouses hold an organisation's most sensitive aggregated data.",
  severity: 'critical',
  providers: ['gcp'],
  kinds: ['database.warehouse'],
  controls: ['DATA-03'],
  remediation:
    "Remove the allUsers / allAuthenticatedUsers entries from the dataset's access list and share with specific groups.",
  fix: {
    cli: 'bq show --format=prettyjson PROJECT:DATASET > ds.json  # remove the public entries, then: bq update --source ds.json PROJECT:DATASET',
  },
  references: { 'cis-gcp-foundations': ['7.1'] },
  evaluate(ds) {
    if (!isAsset(ds, A.dataset)) return notApplicable('Not a BigQuery dataset.');
    const access = need<unknown[]>(ds, 'access').filter(isObj);
    const open = access
      .filter((a) =>
        ['allUsers', 'allAuthenticatedUsers'].includes(String(a.specialGroup ?? a.iamMember ?? '')),
      )
      .map((a) => `${String(a.role ?? '')} → ${String(a.specialGroup ?? a.iamMember)}`);
    return open.length === 0
      ? pass('No access entry grants the dataset to everyone.')
      : fail(`Public access entries: ${open.join(', ')}.`, [ev('access', open)]);
  },
});
