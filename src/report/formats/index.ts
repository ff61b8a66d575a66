import { asff } from './asff.js';
import { html } from './html.js';
import { junit } from './junit.js';
import { ocsf } from './ocsf.js';
import { sarif } from './sarif.js';
import { csv, json } from './simple.js';
import type { Formatter } from './types.js';

/** Scan output formatters: each a pure function from a `ReportInput` to the file's text. */
export const formatters = {
  sarif,
  ocsf,
  asff,
  junit,
  html,
  json,
  csv,
} as const satisfies Record<string, Formatter>;

export type ReportFormat = keyof typeof formatters;
export const REPORT_FORMATS = Object.keys(formatters) as ReportFormat[];

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(formatters, value);
}

export { type AsffResult, asffText, toAsff } from './asff.js';
export { escapeHtml } from './html.js';
export { xmlAttr, xmlText } from './junit.js';
export { OCSF_VERSION, toOcsf } from './ocsf.js';
export { toSarif } from './sarif.js';
export type { Formatter, ReportInput, ReportOptions } from './types.js';
