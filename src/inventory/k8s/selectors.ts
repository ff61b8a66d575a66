import { isObject } from './manifests.js';

/** A `LabelSelector` (metav1): `matchLabels` and `matchExpressions`, ANDed. */
export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: { key: string; operator: string; values: string[] }[];
}

/** Reads a LabelSelector; anything malformed in it is returned in `problems` (and left out). */
export function readSelector(x: unknown): { selector: LabelSelector; problems: string[] } {
  const selector: LabelSelector = { matchLabels: {}, matchExpressions: [] };
  const problems: string[] = [];
  if (x === undefined || x === null) return { selector, problems };
  if (!isObject(x)) return { selector, problems: ['the selector is not a mapping'] };
  if (isObject(x.matchLabels)) selector.matchLabels = stringMap(x.matchLabels);
  else if (x.matchLabels !== undefined && x.matchLabels !== null)
    problems.push('matchLabels is not a mapping');
  if (Array.isArray(x.matchExpressions)) {
    for (const e of x.matchExpressions) {
      const op = isObject(e) ? e.operator : undefined;
      if (!isObject(e) || typeof e.key !== 'string' || typeof op !== 'string' || !OPERATORS.has(op)) {
        problems.push(`a matchExpression is malformed: ${JSON.stringify(e)}`);
        continue;
      }
      const values = Array.isArray(e.values) ? e.values.map(String) : [];
      selector.matchExpressions.push({ key: e.key, operator: op, values });
    }
  }
  return { selector, problems };
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** Label values as strings (YAML may have read `version: 2` as a number). */
export function stringMap(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(x)) return out;
  for (const [k, v] of Object.entries(x)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

/** Whether `labels` satisfy `selector`. An empty selector matches everything (NetworkPolicy semantics). */
export function matches(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels)) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions) {
    const has = Object.hasOwn(labels, e.key);
    const value = labels[e.key];
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(value as string)) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(value as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

export function isEmptySelector(s: LabelSelector): boolean {
  return Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
}

/**
 * The selector in kubectl's string syntax (`app=web,tier in (a,b),!legacy`), or `*` when it selects everything.
 */
export function formatSelector(s: LabelSelector): string {
  const parts = Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions) {
    if (e.operator === 'In') parts.push(`${e.key} in (${e.values.join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${e.values.join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.length > 0 ? parts.join(',') : '*';
}
