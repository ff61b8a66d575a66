import type { Check } from '../../checks/define.js';
import type { CheckStatus, Resource } from '../../core/index.js';
import type { ScanInfo, StoredFinding } from '../../store/store.js';

/** Options shared by the formatters; each format has its own default for `statuses`. */
export interface ReportOptions {
  /** Which finding statuses to write. Defaults: SARIF `fail` and `error`; the other formats every status. */
  statuses?: readonly CheckStatus[];
  /** ASFF only: the Security Hub region for `ProductArn` when a resource has none (default `us-east-1`). */
  awsRegion?: string;
}

/** Everything a formatter needs: the scan, its findings, and the checks and resources they refer to. */
export interface ReportInput {
  scan: ScanInfo;
  findings: StoredFinding[];
  /** Checks by id. */
  checks: Map<string, Check>;
  /** Resources of the scanned snapshot by id. */
  resources: Map<string, Resource>;
  tool: { name: 'Verity'; version: string };
  options?: ReportOptions;
}

export type Formatter = (input: ReportInput) => string;
