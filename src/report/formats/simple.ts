import type { StoredFinding } from '../../store/store.js';
import { type Column, renderCsv } from '../tabular.js';
import type { ReportInput } from './types.js';
import { ALL_STATUSES, selectFindings } from './util.js';

/** The scan and its findings as Verity's own JSON (the shape of `verity scan --format json`, plus the tool). */
export function json(input: ReportInput): string {
  const findings = selectFindings(input, ALL_STATUSES);
  return `${JSON.stringify(
    {
      tool: input.tool,
      scan: input.scan.id,
      snapshot: input.scan.snapshotId,
      createdAt: input.scan.createdAt,
      summary: input.scan.summary,
      findings,
    },
    null,
    2,
  )}\n`;
}

const COLUMNS: Column<StoredFinding>[] = [
  { title: 'Id', value: (f) => f.id },
  { title: 'Severity', value: (f) => f.severity },
  { title: 'Status', value: (f) => f.status },
  { title: 'Owner', value: (f) => f.owner },
  { title: 'Team', value: (f) => f.team ?? '' },
  { title: 'Provider', value: (f) => f.provider },
  { title: 'Service', value: (f) => f.service },
  { title: 'Check', value: (f) => f.check },
  { title: 'Resource', value: (f) => f.resource },
  { title: 'Controls', value: (f) => f.controls.join(' ') },
  { title: 'Message', value: (f) => f.message },
  { title: 'First seen', value: (f) => f.firstSeen },
  { title: 'Last seen', value: (f) => f.lastSeen },
];

/** RFC 4180 CSV, one row per finding. */
export function csv(input: ReportInput): string {
  return renderCsv(COLUMNS, selectFindings(input, ALL_STATUSES));
}
