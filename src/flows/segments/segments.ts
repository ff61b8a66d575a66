/**
 * Segmentation intent: named segments (by CIDR, tag, tier, resource kind, plus the built-in `internet`) and the
 * edges allowed between them. Compiled once into flat tables; {@link SegmentMatcher.classify} then gives each
 * enriched flow its source and destination segment and flags accepted flows outside every allowed edge.
 * Format: docs/segments.md.
 */
import { z } from 'zod';
import { YamlFile } from '../../core/document.js';
import type { InputIssue } from '../../core/errors.js';
import { ACTION, type FlowBatch } from '../batch.js';
import { type EnrichedBatch, INTERNAL } from '../enrich/enricher.js';
import type { Entity } from '../enrich/inventory.js';
import { type Cidr, DualLpm, parseCidr } from '../enrich/lpm.js';

const PROTOCOLS: Record<string, number> = { any: -1, icmp: 1, tcp: 6, udp: 17, icmpv6: 58, sctp: 132 };

const RuleSchema = z.union([
  z.strictObject({ cidr: z.string().refine((s) => parseCidr(s) !== undefined, 'not a CIDR') }),
  z.strictObject({ tag: z.string().regex(/^[^=]+=.*$/, 'expected key=value') }),
  z.strictObject({ tier: z.string().min(1) }),
  z.strictObject({ kind: z.string().min(1) }),
]);

const PortSchema = z.union([
  z.number().int().min(0).max(65535),
  z.string().regex(/^\d{1,5}(-\d{1,5})?$/, 'expected a port or a range like 8000-8080'),
]);

export const SegmentFileSchema = z.strictObject({
  version: z.literal(1),
  /** Flows between two endpoints of the same segment are allowed unless this is false. */
  allowIntraSegment: z.boolean().default(true),
  /** Flows with an endpoint in no segment are not judged unless this is false. */
  ignoreUnassigned: z.boolean().default(true),
  segments: z
    .array(
      z.strictObject({
        name: z
          .string()
          .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/)
          .refine((n) => n !== 'internet' && n !== 'any' && n !== 'unassigned', 'reserved segment name'),
        description: z.string().optional(),
        match: z.array(RuleSchema).min(1),
      }),
    )
    .default([]),
  edges: z
    .array(
      z.strictObject({
        from: z.string().min(1),
        to: z.string().min(1),
        protocol: z.enum(Object.keys(PROTOCOLS) as [string, ...string[]]).default('any'),
        ports: z.array(PortSchema).optional(),
        description: z.string().optional(),
      }),
    )
    .default([]),
});
export type SegmentFile = z.output<typeof SegmentFileSchema>;

export const INTERNET = 0;
export const UNASSIGNED = -1;

export interface LoadResult {
  matcher?: SegmentMatcher;
  issues: InputIssue[];
}

/** Reads and compiles a segmentation-intent file; problems come back located (`file:line`). */
export function loadSegments(file: string, entities: readonly Entity[], text?: string): LoadResult {
  const y = text === undefined ? new YamlFile(file) : new YamlFile(file, text);
  const parsed = y.parse(SegmentFileSchema);
  if (!parsed) return { issues: y.issues };
  const names = new Set<string>();
  parsed.segments.forEach((s, i) => {
    if (names.has(s.name)) y.report(['segments', i, 'name'], `duplicate segment ${s.name}`);
    names.add(s.name);
  });
  parsed.edges.forEach((e, i) => {
    for (const side of ['from', 'to'] as const) {
      const n = e[side];
      if (n !== 'internet' && n !== 'any' && n !== 'unassigned' && !names.has(n))
        y.report(['edges', i, side], `unknown segment ${n}`);
    }
    e.ports?.forEach((p, k) => {
      if (typeof p === 'string') {
        const [lo, hi = lo] = p.split('-').map(Number);
        if ((lo as number) > 65535 || (hi as number) > 65535 || (lo as number) > (hi as number))
          y.report(['edges', i, 'ports', k], `bad port range ${p}`);
      }
    });
  });
  if (y.issues.length > 0) return { issues: y.issues };
  return { matcher: new SegmentMatcher(parsed, entities), issues: [] };
}

/** The per-record output of {@link SegmentMatcher.classify}. */
export class SegmentColumns {
  length = 0;
  /** Segment index (0 = internet, 1.. = file order), -1 unassigned. */
  readonly srcSegment: Int32Array;
  readonly dstSegment: Int32Array;
  /** 1 when the record is an accepted flow outside every allowed edge. */
  readonly violation: Uint8Array;
  constructor(readonly capacity: number) {
    this.srcSegment = new Int32Array(capacity);
    this.dstSegment = new Int32Array(capacity);
    this.violation = new Uint8Array(capacity);
  }
}

export class SegmentMatcher {
  /** Segment names by index; 0 is `internet`. */
  readonly names: string[];
  readonly #entitySegment: Int32Array;
  readonly #cidrs: DualLpm;
  readonly #n: number;
  /** For pair `from * n + to`: rules in `#proto/#lo/#hi` from `#pairStart[p]` to `#pairStart[p + 1]`. */
  readonly #pairStart: Int32Array;
  readonly #proto: Int16Array;
  readonly #lo: Int32Array;
  readonly #hi: Int32Array;
  readonly #allowIntra: boolean;
  readonly #ignoreUnassigned: boolean;

  constructor(spec: SegmentFile, entities: readonly Entity[]) {
    this.names = ['internet', ...spec.segments.map((s) => s.name)];
    this.#allowIntra = spec.allowIntraSegment;
    this.#ignoreUnassigned = spec.ignoreUnassigned;
    // Attribute rules (tag, tier, kind): per entity, the first segment in file order with a matching rule.
    this.#entitySegment = new Int32Array(entities.length).fill(UNASSIGNED);
    entities.forEach((e, ei) => {
      for (let si = 0; si < spec.segments.length; si++) {
        const seg = spec.segments[si];
        if (seg?.match.some((r) => attributeMatches(r, e))) {
          this.#entitySegment[ei] = si + 1;
          break;
        }
      }
    });
    // CIDR rules: longest prefix across all segments; an equal prefix in two segments goes to the first.
    const cidrs: { cidr: Cidr; value: number }[] = [];
    for (let si = spec.segments.length - 1; si >= 0; si--) {
      for (const r of spec.segments[si]?.match ?? []) {
        if ('cidr' in r) cidrs.push({ cidr: parseCidr(r.cidr) as Cidr, value: si + 1 });
      }
    }
    this.#cidrs = DualLpm.from(cidrs);
    // Edges: index 0 = internet, 1..n-1 segments, n = unassigned; `any` expands to all.
    const n = this.names.length + 1;
    this.#n = n;
    const idx = (name: string): number[] =>
      name === 'any'
        ? Array.from({ length: n }, (_, i) => i)
        : name === 'unassigned'
          ? [n - 1]
          : [this.names.indexOf(name)];
    const perPair: { proto: number; lo: number; hi: number }[][] = Array.from({ length: n * n }, () => []);
    for (const e of spec.edges) {
      const proto = PROTOCOLS[e.protocol] ?? -1;
      const ranges = (e.ports ?? [])
        .map((p) => (typeof p === 'number' ? [p, p] : p.split('-').map(Number)))
        .map(([lo = 0, hi = lo]) => ({ proto, lo, hi }));
      const rules = ranges.length > 0 ? ranges : [{ proto, lo: 0, hi: 65535 }];
      for (const f of idx(e.from)) for (const t of idx(e.to)) perPair[f * n + t]?.push(...rules);
    }
    this.#pairStart = new Int32Array(n * n + 1);
    const flat = perPair.flat();
    this.#proto = Int16Array.from(flat.map((r) => r.proto));
    this.#lo = Int32Array.from(flat.map((r) => r.lo));
    this.#hi = Int32Array.from(flat.map((r) => r.hi));
    let k = 0;
    for (let p = 0; p < n * n; p++) {
      this.#pairStart[p] = k;
      k += perPair[p]?.length ?? 0;
    }
    this.#pairStart[n * n] = k;
  }

  /** Whether an edge allows `protocol`/`port` from segment `from` to `to` (indices; -1 = unassigned). */
  allowed(from: number, to: number, protocol: number, port: number): boolean {
    const f = from < 0 ? this.#n - 1 : from;
    const t = to < 0 ? this.#n - 1 : to;
    const p = f * this.#n + t;
    const end = this.#pairStart[p + 1] as number;
    for (let r = this.#pairStart[p] as number; r < end; r++) {
      const proto = this.#proto[r] as number;
      if (
        (proto < 0 || proto === protocol) &&
        port >= (this.#lo[r] as number) &&
        port <= (this.#hi[r] as number)
      )
        return true;
    }
    return false;
  }

  #segment(entity: number, internal: boolean, batch: FlowBatch, i: number, dst: boolean): number {
    if (entity >= 0) {
      const s = this.#entitySegment[entity] as number;
      if (s !== UNASSIGNED) return s;
    }
    let c: number;
    if (batch.family[i] === 4) c = this.#cidrs.v4.lookup((dst ? batch.dst4[i] : batch.src4[i]) as number);
    else if (batch.family[i] === 6) c = this.#cidrs.lookup6(dst ? batch.dst6 : batch.src6, i * 16);
    else return UNASSIGNED;
    if (c >= 0) return c;
    return internal ? UNASSIGNED : INTERNET;
  }

  /** Fills segments and violations for every record of `batch`. */
  classify(batch: FlowBatch, enriched: EnrichedBatch, out?: SegmentColumns): SegmentColumns {
    const o = out && out.capacity >= batch.length ? out : new SegmentColumns(batch.capacity);
    const n = batch.length;
    for (let i = 0; i < n; i++) {
      const flags = enriched.internal[i] as number;
      const s = this.#segment(enriched.srcEntity[i] as number, (flags & INTERNAL.src) !== 0, batch, i, false);
      const d = this.#segment(enriched.dstEntity[i] as number, (flags & INTERNAL.dst) !== 0, batch, i, true);
      o.srcSegment[i] = s;
      o.dstSegment[i] = d;
      let v = 0;
      if (batch.action[i] === ACTION.accept && batch.family[i] !== 0) {
        if (this.#ignoreUnassigned && (s === UNASSIGNED || d === UNASSIGNED)) v = 0;
        else if (s === d && s !== UNASSIGNED && this.#allowIntra) v = 0;
        else v = this.allowed(s, d, batch.protocol[i] as number, batch.dstPort[i] as number) ? 0 : 1;
      }
      o.violation[i] = v;
    }
    o.length = n;
    return o;
  }

  /** Segment name for an index from {@link SegmentColumns}. */
  name(index: number): string {
    return index < 0 ? 'unassigned' : (this.names[index] ?? 'unassigned');
  }
}

function attributeMatches(rule: z.output<typeof RuleSchema>, e: Entity): boolean {
  if ('tag' in rule) {
    const eq = rule.tag.indexOf('=');
    const key = rule.tag.slice(0, eq);
    const value = rule.tag.slice(eq + 1);
    return e.tags[key] === value;
  }
  if ('tier' in rule) return e.tier === rule.tier;
  if ('kind' in rule) return e.kind === rule.kind;
  return false;
}
