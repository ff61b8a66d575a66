/**
 * Window detectors that group records by a numeric key and count flows and distinct members per group:
 * vertical port scan, horizontal sweep, outbound spam, SSH/RDP/WinRM brute force. Algorithms and defaults:
 * docs/detectors/<name>.md.
 */
import { ACTION, type FlowBatch, type FlowRecord } from '../batch.js';
import { type EnrichedBatch, INTERNAL } from '../enrich/enricher.js';
import {
  AddressNames,
  type Alert,
  addressKey,
  Column,
  type Detector,
  type DetectorStats,
  Interner,
  label,
  MAX_PEERS,
  MAX_SAMPLES,
  type Severity,
} from './common.js';

const TCP = 6;
const UDP = 17;
/** Ids of addresses within a window are < 2^24, so pair keys stay exact doubles. */
const ID_SPACE = 2 ** 24;

export interface GroupedParams {
  /** Alert when the group's metric reaches this. */
  threshold: number;
  /** Distinct addresses tracked per window. */
  maxAddresses: number;
  /** Groups tracked per window. */
  maxGroups: number;
  /** Distinct (group, member) pairs tracked per window. */
  maxMembers: number;
}

export const GROUPED_DEFAULTS: Omit<GroupedParams, 'threshold'> = {
  maxAddresses: 1_000_000,
  maxGroups: 500_000,
  maxMembers: 4_000_000,
};

abstract class GroupedDetector implements Detector {
  abstract readonly name: string;
  protected readonly p: GroupedParams;
  readonly #addr: Interner;
  readonly #groups: Interner;
  readonly #members = new Set<number>();
  #membersDropped = 0;
  readonly #names = new AddressNames();
  readonly #src = new Column();
  readonly #dst = new Column();
  readonly #flows = new Column();
  readonly #distinct = new Column();
  readonly #bytes = new Column();
  readonly #first = new Column(1024, Number.POSITIVE_INFINITY);
  readonly #last = new Column();
  readonly #srcLabel: string[] = [];
  readonly #samples = new Map<number, FlowRecord[]>();
  readonly #peers = new Map<number, Set<string>>();

  constructor(p: GroupedParams) {
    this.p = p;
    this.#addr = new Interner(Math.min(p.maxAddresses, ID_SPACE));
    this.#groups = new Interner(p.maxGroups);
  }

  /** Whether record `i` counts. */
  protected abstract accept(batch: FlowBatch, enriched: EnrichedBatch, i: number): boolean;
  /** The group key from the source / destination address ids (< 2^24). */
  protected abstract key(batch: FlowBatch, i: number, src: number, dst: number): number;
  /** The member counted distinct within the group, or -1 to count flows only. */
  protected abstract member(batch: FlowBatch, i: number, src: number, dst: number): number;
  /** Which number is compared with the threshold. */
  protected abstract readonly metric: 'distinct' | 'flows';
  protected abstract readonly severity: Severity;
  protected abstract explain(
    entity: string,
    peers: string[],
    counts: Record<string, number>,
    key: number,
  ): string;
  /** Counts reported beyond flows/distinct/bytes. */
  protected extraCounts(_key: number): Record<string, number> {
    return {};
  }

  observe(batch: FlowBatch, enriched: EnrichedBatch): void {
    const n = batch.length;
    const flows = this.#flows;
    for (let i = 0; i < n; i++) {
      if (!this.accept(batch, enriched, i)) continue;
      const sk = addressKey(batch, i, false);
      const dk = addressKey(batch, i, true);
      if (sk < 0 || dk < 0) continue;
      const s = this.#addr.id(sk);
      const d = this.#addr.id(dk);
      if (s < 0 || d < 0) continue;
      const g = this.#groups.id(this.key(batch, i, s, d));
      if (g < 0) continue;
      if (g >= flows.data.length || (this.#flows.data[g] as number) === 0)
        this.#newGroup(g, batch, enriched, i, sk, dk);
      const f = (flows.data[g] as number) + 1;
      flows.data[g] = f;
      this.#bytes.data[g] = (this.#bytes.data[g] as number) + (batch.bytes[i] as number);
      const st = batch.start[i] as number;
      const en = batch.end[i] as number;
      if (st < (this.#first.data[g] as number)) this.#first.data[g] = st;
      if (en > (this.#last.data[g] as number)) this.#last.data[g] = en;
      const m = this.member(batch, i, s, d);
      let distinct = this.#distinct.data[g] as number;
      if (m >= 0) {
        const mk = g * ID_SPACE + m;
        if (!this.#members.has(mk)) {
          if (this.#members.size >= this.p.maxMembers) this.#membersDropped++;
          else {
            this.#members.add(mk);
            distinct++;
            this.#distinct.data[g] = distinct;
          }
        }
      }
      // Samples only once a group is at or past half the threshold, so memory goes to likely alerts.
      const metric = this.metric === 'flows' ? f : distinct;
      if (metric * 2 >= this.p.threshold) {
        let list = this.#samples.get(g);
        if (!list) {
          list = [];
          this.#samples.set(g, list);
        }
        let peers = this.#peers.get(g);
        if (!peers) {
          peers = new Set();
          this.#peers.set(g, peers);
        }
        if (peers.size < MAX_PEERS) {
          this.#names.remember(dk, batch, i, true);
          peers.add(label(enriched, enriched.dstEntity[i] as number, this.#names.text(dk)));
        }
        if (list.length < MAX_SAMPLES) list.push(batch.record(i));
      }
    }
  }

  #newGroup(g: number, batch: FlowBatch, enriched: EnrichedBatch, i: number, sk: number, dk: number): void {
    for (const c of [this.#src, this.#dst, this.#flows, this.#distinct, this.#bytes, this.#first, this.#last])
      c.ensure(g + 1);
    this.#src.data[g] = sk;
    this.#dst.data[g] = dk;
    this.#names.remember(sk, batch, i, false);
    this.#srcLabel[g] = label(enriched, enriched.srcEntity[i] as number, this.#names.text(sk));
  }

  flush(_now: number): Alert[] {
    const alerts: Alert[] = [];
    const n = this.#groups.size;
    for (let g = 0; g < n; g++) {
      const flows = this.#flows.data[g] as number;
      const distinct = this.#distinct.data[g] as number;
      const metric = this.metric === 'flows' ? flows : distinct;
      if (metric < this.p.threshold) continue;
      const entity = this.#srcLabel[g] ?? '';
      const peers = [...(this.#peers.get(g) ?? [])];
      const key = this.#groups.keys[g] as number;
      const counts = { flows, distinct, bytes: this.#bytes.data[g] as number, ...this.extraCounts(key) };
      alerts.push({
        detector: this.name,
        severity: this.severity,
        entity,
        peers,
        windowStart: this.#first.data[g] as number,
        windowEnd: this.#last.data[g] as number,
        counts,
        samples: this.#samples.get(g) ?? [],
        explanation: this.explain(entity, peers, counts, key),
      });
    }
    for (const c of [this.#src, this.#dst, this.#flows, this.#distinct, this.#bytes, this.#first, this.#last])
      c.reset(n);
    this.#addr.clear();
    this.#groups.clear();
    this.#members.clear();
    this.#samples.clear();
    this.#peers.clear();
    this.#srcLabel.length = 0;
    return alerts;
  }

  stats(): DetectorStats {
    return {
      dropped: {
        addresses: this.#addr.dropped,
        groups: this.#groups.dropped,
        members: this.#membersDropped,
        names: this.#names.dropped,
      },
    };
  }
}

function isTcpUdp(batch: FlowBatch, i: number): boolean {
  const p = batch.protocol[i];
  return p === TCP || p === UDP;
}

/** One source, many distinct destination ports on one destination. */
export class VerticalScanDetector extends GroupedDetector {
  readonly name = 'vertical-scan';
  protected readonly metric = 'distinct';
  protected readonly severity = 'medium';
  constructor(params: Partial<GroupedParams> = {}) {
    super({ ...GROUPED_DEFAULTS, threshold: 100, ...params });
  }
  protected accept(batch: FlowBatch, _e: EnrichedBatch, i: number): boolean {
    return isTcpUdp(batch, i);
  }
  protected key(_b: FlowBatch, _i: number, src: number, dst: number): number {
    return src * ID_SPACE + dst;
  }
  protected member(batch: FlowBatch, i: number): number {
    return (batch.protocol[i] === UDP ? 65536 : 0) + (batch.dstPort[i] as number);
  }
  protected explain(entity: string, peers: string[], c: Record<string, number>): string {
    return `${entity} contacted ${c.distinct} distinct ports on ${peers[0] ?? 'one host'} in one window (threshold ${this.p.threshold}): a vertical port scan.`;
  }
}

/** One source, one port, many destinations. */
export class HorizontalSweepDetector extends GroupedDetector {
  readonly name = 'horizontal-sweep';
  protected readonly metric = 'distinct';
  protected readonly severity = 'medium';
  constructor(params: Partial<GroupedParams> = {}) {
    super({ ...GROUPED_DEFAULTS, threshold: 50, ...params });
  }
  protected accept(batch: FlowBatch, _e: EnrichedBatch, i: number): boolean {
    return isTcpUdp(batch, i);
  }
  protected key(batch: FlowBatch, i: number, src: number): number {
    return src * 131072 + (batch.protocol[i] === UDP ? 65536 : 0) + (batch.dstPort[i] as number);
  }
  protected member(_b: FlowBatch, _i: number, _s: number, dst: number): number {
    return dst;
  }
  protected override extraCounts(key: number): Record<string, number> {
    return { port: key % 65536 };
  }
  protected explain(entity: string, _p: string[], c: Record<string, number>, key: number): string {
    const proto = key % 131072 >= 65536 ? 'udp' : 'tcp';
    return `${entity} contacted ${c.distinct} distinct hosts on ${proto}/${key % 65536} in one window (threshold ${this.p.threshold}): a horizontal sweep.`;
  }
}

/** SMTP (25/tcp) from one internal host to many external destinations. */
export class OutboundSpamDetector extends GroupedDetector {
  readonly name = 'outbound-spam';
  protected readonly metric = 'distinct';
  protected readonly severity = 'high';
  readonly #allow: ReadonlySet<string>;
  /** `allowSources`: resource ids of legitimate mail relays. */
  constructor(params: Partial<GroupedParams> & { allowSources?: string[] } = {}) {
    super({ ...GROUPED_DEFAULTS, threshold: 20, ...params });
    this.#allow = new Set(params.allowSources ?? []);
  }
  protected accept(batch: FlowBatch, e: EnrichedBatch, i: number): boolean {
    if (batch.protocol[i] !== TCP || batch.dstPort[i] !== 25) return false;
    if ((e.internal[i] as number) !== INTERNAL.src) return false;
    if (this.#allow.size > 0) {
      const ent = e.index.entities[e.srcEntity[i] as number];
      if (ent && this.#allow.has(ent.id)) return false;
    }
    return true;
  }
  protected key(_b: FlowBatch, _i: number, src: number): number {
    return src;
  }
  protected member(_b: FlowBatch, _i: number, _s: number, dst: number): number {
    return dst;
  }
  protected explain(entity: string, _p: string[], c: Record<string, number>): string {
    return `${entity} opened SMTP (25/tcp) to ${c.distinct} distinct external hosts in one window (threshold ${this.p.threshold}): possible outbound spam from a compromised host.`;
  }
}

const SERVICES = ['ssh', 'rdp', 'winrm'] as const;
function service(port: number): number {
  return port === 22 ? 0 : port === 3389 ? 1 : port === 5985 || port === 5986 ? 2 : -1;
}

export interface BruteForceParams extends GroupedParams {
  /** A flow with at most this many packets counts as an attempt (failed logins are short). */
  maxPackets: number;
}

/** Many short or rejected flows to SSH (22), RDP (3389) or WinRM (5985-5986) from one source. */
export class BruteForceDetector extends GroupedDetector {
  readonly name = 'brute-force';
  protected readonly metric = 'flows';
  protected readonly severity = 'high';
  readonly #maxPackets: number;
  constructor(params: Partial<BruteForceParams> = {}) {
    super({ ...GROUPED_DEFAULTS, threshold: 30, ...params });
    this.#maxPackets = params.maxPackets ?? 20;
  }
  protected accept(batch: FlowBatch, _e: EnrichedBatch, i: number): boolean {
    if (batch.protocol[i] !== TCP || service(batch.dstPort[i] as number) < 0) return false;
    return batch.action[i] === ACTION.reject || (batch.packets[i] as number) <= this.#maxPackets;
  }
  protected key(batch: FlowBatch, i: number, src: number): number {
    return src * 4 + service(batch.dstPort[i] as number);
  }
  protected member(_b: FlowBatch, _i: number, _s: number, dst: number): number {
    return dst;
  }
  protected explain(entity: string, peers: string[], c: Record<string, number>, key: number): string {
    const svc = SERVICES[key % 4] ?? 'remote login';
    return `${entity} made ${c.flows} short or rejected ${svc} connections to ${c.distinct} host(s) (${peers.slice(0, 3).join(', ')}) in one window (threshold ${this.p.threshold} attempts, ≤${this.#maxPackets} packets each): a likely password-guessing attack.`;
  }
}
