import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  CHECK_STATUSES,
  InputError,
  type InputIssue,
  ProviderSchema,
  type ResourceKind,
  ResourceKindSchema,
  SeveritySchema,
  YamlFile,
} from '../../core/index.js';
import { type Check, type CheckOutcome, defineCheck } from '../define.js';
import { type CheckCase, resource } from '../testing.js';
import { ConditionSchema, compile, ROOT } from './conditions.js';

const text = z.string().trim().min(1);

const CaseSchema = z
  .object({
    name: text,
    expect: z.enum(CHECK_STATUSES),
    provider: ProviderSchema.optional(),
    service: text.optional(),
    properties: z.record(z.string(), z.unknown()).default({}),
    tags: z.record(z.string(), z.string()).default({}),
    unknown: z.array(z.object({ path: z.string(), reason: z.string() })).default([]),
  })
  .strict();

const DeclarativeCheckSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: text,
    rationale: text,
    severity: SeveritySchema,
    providers: z.array(ProviderSchema).min(1),
    kinds: z.array(ResourceKindSchema).min(1),
    controls: z.array(text).min(1),
    remediation: text,
    fix: z.object({ cli: text.optional(), terraform: text.optional() }).strict().optional(),
    references: z.record(z.string(), z.array(z.string())).optional(),
    applies: ConditionSchema.optional(),
    require: ConditionSchema,
    messages: z.object({ pass: text, fail: text, not_applicable: text.optional() }).strict(),
    cases: z.array(CaseSchema).default([]),
  })
  .strict();

const FileSchema = z.object({ checks: z.array(DeclarativeCheckSchema).min(1) }).strict();

/** The declarative checks shipped with Verity: `data/checks/*.yaml`. */
export function defaultDeclarativeDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/checks');
}

export interface DeclarativeChecks {
  checks: Check[];
  /** The fixture cases written beside each check, for the table-driven test. */
  cases: Map<string, CheckCase[]>;
}

/**
 * Loads and compiles declarative checks. Conditions are compiled once here; a condition whose value does not
 * fit its operator, or any schema problem, is reported with file and line and nothing is loaded.
 */
export function loadDeclarativeChecks(dir: string = defaultDeclarativeDir()): DeclarativeChecks {
  const issues: InputIssue[] = [];
  const out: DeclarativeChecks = { checks: [], cases: new Map() };
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = new YamlFile(join(dir, name));
    const parsed = file.parse(FileSchema);
    if (parsed) {
      parsed.checks.forEach((spec, i) => {
        let applies: ((r: unknown) => boolean) | undefined;
        let require: (r: unknown) => boolean;
        try {
          const a = spec.applies ? compile(spec.applies) : undefined;
          applies = a ? (r) => a(r, ROOT) : undefined;
        } catch (error) {
          file.report(['checks', i, 'applies'], (error as Error).message);
          return;
        }
        try {
          const p = compile(spec.require);
          require = (r) => p(r, ROOT);
        } catch (error) {
          file.report(['checks', i, 'require'], (error as Error).message);
          return;
        }
        const { messages } = spec;
        const check = defineCheck({
          id: spec.id,
          title: spec.title,
          rationale: spec.rationale,
          severity: spec.severity,
          providers: spec.providers,
          kinds: spec.kinds,
          controls: spec.controls,
          remediation: spec.remediation,
          ...(spec.fix
            ? {
                fix: {
                  ...(spec.fix.cli ? { cli: spec.fix.cli } : {}),
                  ...(spec.fix.terraform ? { terraform: spec.fix.terraform } : {}),
                },
              }
            : {}),
          ...(spec.references ? { references: spec.references } : {}),
          evaluate(r): CheckOutcome {
            if (applies && !applies(r))
              return { status: 'not_applicable', message: messages.not_applicable ?? 'Does not apply.' };
            return require(r)
              ? { status: 'pass', message: messages.pass }
              : { status: 'fail', message: messages.fail };
          },
        });
        out.checks.push(check);
        out.cases.set(
          spec.id,
          spec.cases.map((c) => ({
            name: c.name,
            expect: c.expect,
            resource: resource(
              spec.kinds[0] as ResourceKind,
              c.provider ?? spec.providers[0] ?? 'aws',
              c.properties,
              {
                tags: c.tags,
                unknown: c.unknown,
                ...(c.service ? { service: c.service } : {}),
              },
            ),
          })),
        );
      });
    }
    issues.push(...file.issues);
  }
  if (issues.length > 0) {
    throw new InputError(
      'INVALID_INPUT',
      `The declarative checks in ${dir} have ${issues.length} problems.`,
      issues,
    );
  }
  return out;
}
