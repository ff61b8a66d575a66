import { isProvider, isResourceKind, SEVERITIES } from '../core/index.js';
import type { Check } from './define.js';

export interface RegistryProblem {
  check: string;
  message: string;
}

/**
 * The checks, by id. Construction validates every check's metadata and rejects duplicate ids; pass the catalog's
 * control ids to also reject controls the catalog does not know.
 */
export class CheckRegistry {
  readonly #checks = new Map<string, Check>();

  constructor(checks: readonly Check[], controlIds?: ReadonlySet<string>) {
    const problems: RegistryProblem[] = [];
    for (const c of checks) {
      for (const message of validateCheck(c, controlIds))
        problems.push({ check: c.id ?? '(no id)', message });
      if (this.#checks.has(c.id)) problems.push({ check: c.id, message: 'duplicate check id' });
      else this.#checks.set(c.id, c);
    }
    if (problems.length > 0) {
      const list = problems.map((p) => `${p.check}: ${p.message}`).join('; ');
      throw new Error(`Invalid check registry (${problems.length} problems): ${list}`);
    }
  }

  get size(): number {
    return this.#checks.size;
  }

  get(id: string): Check | undefined {
    return this.#checks.get(id);
  }

  all(): Check[] {
    return [...this.#checks.values()];
  }
}

/** What is wrong with a check's metadata; empty when nothing is. */
export function validateCheck(c: Check, controlIds?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (!c.id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.id))
    out.push('id must be lower-case words joined by dashes');
  for (const field of ['title', 'rationale', 'remediation'] as const) {
    if (typeof c[field] !== 'string' || c[field].trim().length < 10)
      out.push(`${field} is missing or too short`);
  }
  if (!(SEVERITIES as readonly string[]).includes(c.severity)) out.push(`unknown severity '${c.severity}'`);
  if (c.providers.length === 0) out.push('serves no provider');
  for (const p of c.providers) if (!isProvider(p)) out.push(`unknown provider '${p}'`);
  if (c.kinds.length === 0) out.push('applies to no resource kind');
  for (const k of c.kinds) if (!isResourceKind(k)) out.push(`unknown resource kind '${k}'`);
  if (c.controls.length === 0) out.push('tests no control');
  if (controlIds) for (const id of c.controls) if (!controlIds.has(id)) out.push(`unknown control '${id}'`);
  if (typeof c.evaluate !== 'function') out.push('has no evaluate function');
  return out;
}
