/**
 * Matches flows against a user-supplied list of IPs / CIDRs (read from a file; never fetched). Format: one
 * address or CIDR per line, optionally followed by whitespace and a label; `#` starts a comment.
 */
import { readFileSync } from 'node:fs';
import type { InputIssue } from '../../core/errors.js';
import { ACTION, type FlowBatch, type FlowRecord } from '../batch.js';
import type { EnrichedBatch } from '../enrich/enricher.js';
import { type Cidr, DualLpm, parseCidr } from '../enrich/lpm.js';
import {
  AddressNames,
  type Alert,
  addressKey,
  type Detector,
  type DetectorStats,
  label,
  MAX_SAMPLES,
} from './common.js';

export interface ThreatEntry {
  text: string;
  label?: string;
  line: number;
}

export interface ThreatList {
  file: string;
  entries: ThreatEntry[];
  lpm: DualLpm;
  issues: InputIssue[];
}

export function parseThreatList(file: string, text: string = readFileSync(file, 'utf8')): ThreatList {
  const entries: ThreatEntry[] = [];
  const cidrs: { cidr: Cidr; value: number }[] = [];
  const issues: InputIssue[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const [addr = '', ...rest] = line.split(/[\s,;]+/);
    const cidr = parseCidr(addr);
    if (!cidr) {
      issues.push({ file, line: k + 1, message: `not an IP address or CIDR: ${addr}` });
      return;
    }
    const lbl = rest.join(' ').trim();
    cidrs.push({ cidr, value: entries.length });
    entries.push({ text: addr, line: k + 1, ...(lbl ? { label: lbl } : {}) });
  });
  return { file, entries, lpm: DualLpm.from(cidrs), issues };
}

export interface ThreatParams {
  /** (indicator, local peer) pairs tracked per window. */
  maxPairs: number;
}

/** One alert per (list entry, local endpoint) per window; high when any flow was accepted. */
export class ThreatListDetector implements Detector {
  readonly name = 'threat-list';
  readonly #pairs = new Map<number, Map<number, number>>();
  #n = 0;
  dropped = 0;
  readonly #accepted: number[] = [];
  readonly #rejected: number[] = [];
  readonly #bytes: number[] = [];
  readonly #first: number[] = [];
  readonly #last: number[] = [];
  readonly #entry: number[] = [];
  readonly #local: string[] = [];
  readonly #remote: string[] = [];
  readonly #inbound: boolean[] = [];
  readonly #samples: FlowRecord[][] = [];
  readonly #names = new AddressNames();
  readonly #maxPairs: number;

  constructor(
    readonly list: ThreatList,
    params: Partial<ThreatParams> = {},
  ) {
    this.#maxPairs = params.maxPairs ?? 100_000;
  }

  observe(batch: FlowBatch, e: EnrichedBatch): void {
    const v4 = this.list.lpm.v4;
    for (let i = 0; i < batch.length; i++) {
      const fam = batch.family[i];
      let ms: number;
      let md: number;
      if (fam === 4) {
        ms = v4.lookup(batch.src4[i] as number);
        md = v4.lookup(batch.dst4[i] as number);
      } else if (fam === 6) {
        ms = this.list.lpm.lookup6(batch.src6, i * 16);
        md = this.list.lpm.lookup6(batch.dst6, i * 16);
      } else continue;
      if (ms < 0 && md < 0) continue;
      // The listed side is the remote one; if both are listed, the source.
      const inbound = ms >= 0;
      const entry = inbound ? ms : md;
      const localKey = addressKey(batch, i, inbound);
      let inner = this.#pairs.get(entry);
      let slot = inner?.get(localKey);
      if (slot === undefined) {
        if (this.#n >= this.#maxPairs) {
          this.dropped++;
          continue;
        }
        slot = this.#n++;
        if (!inner) {
          inner = new Map();
          this.#pairs.set(entry, inner);
        }
        inner.set(localKey, slot);
        this.#names.remember(localKey, batch, i, inbound);
        const remoteKey = addressKey(batch, i, !inbound);
        this.#names.remember(remoteKey, batch, i, !inbound);
        this.#local[slot] = label(
          e,
          (inbound ? e.dstEntity[i] : e.srcEntity[i]) as number,
          this.#names.text(localKey),
        );
        this.#remote[slot] = this.#names.text(remoteKey);
        this.#entry[slot] = entry;
        this.#inbound[slot] = inbound;
        this.#accepted[slot] = 0;
        this.#rejected[slot] = 0;
        this.#bytes[slot] = 0;
        this.#first[slot] = batch.start[i] as number;
        this.#last[slot] = batch.end[i] as number;
        this.#samples[slot] = [];
      }
      if (batch.action[i] === ACTION.reject) this.#rejected[slot] = (this.#rejected[slot] ?? 0) + 1;
      else this.#accepted[slot] = (this.#accepted[slot] ?? 0) + 1;
      this.#bytes[slot] = (this.#bytes[slot] ?? 0) + (batch.bytes[i] as number);
      if ((batch.start[i] as number) < (this.#first[slot] as number))
        this.#first[slot] = batch.start[i] as number;
      if ((batch.end[i] as number) > (this.#last[slot] as number)) this.#last[slot] = batch.end[i] as number;
      const s = this.#samples[slot] as FlowRecord[];
      if (s.length < MAX_SAMPLES) s.push(batch.record(i));
    }
  }

  flush(_now: number): Alert[] {
    const alerts: Alert[] = [];
    for (let slot = 0; slot < this.#n; slot++) {
      const entry = this.list.entries[this.#entry[slot] as number];
      const accepted = this.#accepted[slot] ?? 0;
      const rejected = this.#rejected[slot] ?? 0;
      const local = this.#local[slot] ?? '';
      const remote = this.#remote[slot] ?? '';
      const listed = `${entry?.text ?? '?'}${entry?.label ? ` (${entry.label})` : ''}, ${this.list.file}:${entry?.line ?? 0}`;
      const dir = this.#inbound[slot]
        ? `from listed ${remote} to ${local}`
        : `from ${local} to listed ${remote}`;
      alerts.push({
        detector: this.name,
        severity: accepted > 0 ? 'high' : 'low',
        entity: local,
        peers: [remote],
        windowStart: this.#first[slot] ?? 0,
        windowEnd: this.#last[slot] ?? 0,
        counts: { accepted, rejected, bytes: this.#bytes[slot] ?? 0 },
        samples: this.#samples[slot] ?? [],
        explanation: `Traffic ${dir} matched threat-list entry ${listed}: ${accepted} accepted, ${rejected} rejected flows.`,
      });
    }
    this.#pairs.clear();
    this.#n = 0;
    this.#samples.length = 0;
    return alerts;
  }

  stats(): DetectorStats {
    return { dropped: { pairs: this.dropped, names: this.#names.dropped } };
  }
}
