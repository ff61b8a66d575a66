/**
 * A resource being built: normalizers fill it, the linking pass completes what needs other resources (a subnet's
 * route table, a security group's attachments, whether a KMS key is AWS-managed), and `toInput` freezes it.
 */
import type { InputIssue, ResourceInput, ResourceKind } from '../../core/index.js';

export type Collector = 'aws-cli' | 'aws-config';

/** Where normalizers put what they read: the account and region, and how to locate and report. */
export interface NormContext {
  account: string;
  /** The resource's region; `global` for IAM. */
  region: string;
  collector: Collector;
  collectedAt: string;
  file: string;
  /** Line of the record in `file`, where known. */
  line?: number;
  issues: InputIssue[];
}

/** `file:line` where the line is known. */
export function locationOf(ctx: NormContext): string {
  return ctx.line !== undefined ? `${ctx.file}:${ctx.line}` : ctx.file;
}

/** Reports a malformed record at the context's file and line; the record is skipped by the caller. */
export function reportRecord(ctx: NormContext, message: string): void {
  ctx.issues.push({ file: ctx.file, ...(ctx.line !== undefined ? { line: ctx.line } : {}), message });
}

/**
 * What a source says about one optional piece of configuration: its document; that the service answered "none
 * configured" (`NoSuchBucketPolicy`, an empty `get-bucket-logging`); or that it is unknown, and why.
 */
export type Fact =
  | { state: 'data'; value: unknown }
  | { state: 'none'; code?: string }
  | { state: 'unknown'; reason: string };

export const unknownFact = (reason: string): Fact => ({ state: 'unknown', reason });
export const dataFact = (value: unknown): Fact => ({ state: 'data', value });
export const noneFact = (code?: string): Fact => (code ? { state: 'none', code } : { state: 'none' });

/** An encryption whose key type depends on the KMS key it names (AWS-managed or customer-managed). */
export interface PendingKey {
  /** Property path of the `EncryptionSchema` object, e.g. `encryption`, `environmentEncryption`. */
  path: string;
  /** The key reference as the source gave it (key ARN, alias ARN). */
  ref: string;
}

export class Draft {
  readonly properties: Record<string, unknown> = {};
  readonly relations: { type: string; target: string }[] = [];
  readonly unknown: { path: string; reason: string }[] = [];
  readonly pendingKeys: PendingKey[] = [];
  /** Facts for the linking pass that are not properties (instance profile, volume ids, main route table). */
  readonly facts: Record<string, unknown> = {};
  tags: Record<string, string> = {};
  name: string | undefined;

  constructor(
    readonly id: string,
    readonly kind: ResourceKind,
    readonly service: string,
    readonly ctx: NormContext,
    readonly raw: unknown,
  ) {}

  /** Sets a property when the value is known (not undefined). */
  set(key: string, value: unknown): this {
    if (value !== undefined) this.properties[key] = value;
    return this;
  }

  /** Records why `path` is unknown (kept only if the property is still absent at the end). */
  unknownBecause(path: string, reason: string): this {
    if (!this.unknown.some((u) => u.path === path)) this.unknown.push({ path, reason });
    return this;
  }

  /** Sets `key` to `value`, or records `reason` when the value is unknown. */
  setOr(key: string, value: unknown, reason: string): this {
    if (value !== undefined) this.properties[key] = value;
    else this.unknownBecause(key, reason);
    return this;
  }

  relate(type: string, target: string | undefined): this {
    if (target && !this.relations.some((r) => r.type === type && r.target === target))
      this.relations.push({ type, target });
    return this;
  }

  toInput(): ResourceInput {
    const unknown = this.unknown.filter((u) => !hasPath(this.properties, u.path));
    const relations = [...this.relations].sort((a, b) =>
      a.type === b.type ? a.target.localeCompare(b.target) : a.type.localeCompare(b.type),
    );
    const out: ResourceInput = {
      id: this.id,
      provider: 'aws',
      service: this.service,
      kind: this.kind,
      account: this.ctx.account,
      tags: this.tags,
      properties: this.properties,
      relations,
      unknown,
      raw: this.raw,
      source: {
        type: 'export',
        collector: this.ctx.collector,
        location: locationOf(this.ctx),
        collectedAt: this.ctx.collectedAt,
      },
    };
    if (this.ctx.region) out.region = this.ctx.region;
    if (this.name !== undefined) out.name = this.name;
    return out;
  }
}

function hasPath(o: Record<string, unknown>, path: string): boolean {
  let cur: unknown = o;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !(key in cur)) return false;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur !== undefined;
}
