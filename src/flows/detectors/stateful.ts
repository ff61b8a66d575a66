/**
 * Detectors that keep state across windows: beaconing, unusual outbound volume (exfiltration), denied-traffic
 * surge, lateral movement. Algorithms and defaults: docs/detectors/<name>.md.
 */
import { ACTION, type FlowBatch, type FlowRecord } from '../batch.js';
import { type EnrichedBatch, INTERNAL } from '../enrich/enricher.js';
import {
  AddressNames,
  type Alert,
  addressKey,
  type Detector,
  type DetectorStats,
  Ewma,
  label,
  MAX_PEERS,
  MAX_SAMPLES,
} from './common.js';

// ---------------------------------------------------------------- beaconing

export interface BeaconParams {
  /** Flows needed before a pair is scored. */
  minCount: number;
  /** Start times kept per pair (ring). */
  ring: number;
  /** Maximum coefficient of variation of the intervals between flow starts. */
  maxIntervalCv: number;
  /** Maximum coefficient of variation of bytes per flow. */
  maxSizeCv: number;
  /** Intervals shorter than this on average are not beacons (streaming, retries). */
  minIntervalMs: number;
  /** Pairs tracked at once. */
  maxPairs: number;
  /** A pair unseen this long is forgotten. */
  idleMs: number;
  /** Pairs holding sample records at once (5 records each). */
  maxSampledPairs: number;
}

export const BEACON_DEFAULTS: BeaconParams = {
  minCount: 10,
  ring: 64,
  maxIntervalCv: 0.15,
  maxSizeCv: 0.25,
  minIntervalMs: 10_000,
  maxPairs: 50_000,
  idleMs: 24 * 3600_000,
  maxSampledPairs: 5_000,
};

export class BeaconDetector implements Detector {
  readonly name = 'beaconing';
  readonly p: BeaconParams;
  readonly #pairs = new Map<number, Map<number, number>>();
  readonly #free: number[] = [];
  #used = 0;
  dropped = 0;
  droppedSamples = 0;
  readonly #times: Float64Array;
  readonly #sizes: Float64Array;
  readonly #count: Int32Array;
  readonly #lastSeen: Float64Array;
  readonly #src: Float64Array;
  readonly #dst: Float64Array;
  readonly #labels: string[] = [];
  readonly #peerLabels: string[] = [];
  readonly #samples = new Map<number, FlowRecord[]>();
  readonly #names = new AddressNames();
  readonly #scratch: Float64Array;

  constructor(params: Partial<BeaconParams> = {}) {
    this.p = { ...BEACON_DEFAULTS, ...params };
    const { maxPairs, ring } = this.p;
    this.#times = new Float64Array(maxPairs * ring);
    this.#sizes = new Float64Array(maxPairs * ring);
    this.#count = new Int32Array(maxPairs);
    this.#lastSeen = new Float64Array(maxPairs);
    this.#src = new Float64Array(maxPairs);
    this.#dst = new Float64Array(maxPairs);
    this.#scratch = new Float64Array(ring);
  }

  observe(batch: FlowBatch, e: EnrichedBatch): void {
    const ring = this.p.ring;
    for (let i = 0; i < batch.length; i++) {
      if ((e.internal[i] as number) !== INTERNAL.src || batch.action[i] === ACTION.reject) continue;
      const sk = addressKey(batch, i, false);
      const dk = addressKey(batch, i, true);
      if (sk < 0 || dk < 0) continue;
      let inner = this.#pairs.get(sk);
      let slot = inner?.get(dk);
      if (slot === undefined) {
        if (this.#free.length === 0 && this.#used >= this.p.maxPairs) {
          this.dropped++;
          continue;
        }
        slot = this.#free.pop() ?? this.#used++;
        if (!inner) {
          inner = new Map();
          this.#pairs.set(sk, inner);
        }
        inner.set(dk, slot);
        this.#count[slot] = 0;
        this.#src[slot] = sk;
        this.#dst[slot] = dk;
        this.#names.remember(sk, batch, i, false);
        this.#names.remember(dk, batch, i, true);
        this.#labels[slot] = label(e, e.srcEntity[i] as number, this.#names.text(sk));
        this.#peerLabels[slot] = label(e, e.dstEntity[i] as number, this.#names.text(dk));
      }
      const c = this.#count[slot] as number;
      const at = slot * ring + (c % ring);
      this.#times[at] = batch.start[i] as number;
      this.#sizes[at] = batch.bytes[i] as number;
      this.#count[slot] = c + 1;
      const st = batch.start[i] as number;
      if (st > (this.#lastSeen[slot] as number)) this.#lastSeen[slot] = st;
      if (c + 1 >= this.p.minCount - MAX_SAMPLES) {
        let list = this.#samples.get(slot);
        if (!list && this.#samples.size < this.p.maxSampledPairs) {
          list = [];
          this.#samples.set(slot, list);
        } else if (!list) this.droppedSamples++;
        if (list && list.length < MAX_SAMPLES) list.push(batch.record(i));
      }
    }
  }

  flush(now: number): Alert[] {
    const alerts: Alert[] = [];
    const ring = this.p.ring;
    for (const [sk, inner] of this.#pairs) {
      for (const [dk, slot] of inner) {
        const count = this.#count[slot] as number;
        if (count > 0 && now - (this.#lastSeen[slot] as number) > this.p.idleMs) {
          inner.delete(dk);
          this.#free.push(slot);
          this.#samples.delete(slot);
          continue;
        }
        if (count < this.p.minCount) continue;
        const n = Math.min(count, ring);
        const t = this.#scratch.subarray(0, n);
        t.set(this.#times.subarray(slot * ring, slot * ring + n));
        t.sort();
        const iv = cv(t, true);
        const sz = cv(this.#sizes.subarray(slot * ring, slot * ring + n), false);
        if (iv.mean >= this.p.minIntervalMs && iv.cv <= this.p.maxIntervalCv && sz.cv <= this.p.maxSizeCv) {
          const entity = this.#labels[slot] ?? '';
          const peer = this.#peerLabels[slot] ?? '';
          alerts.push({
            detector: this.name,
            severity: 'high',
            entity,
            peers: [peer],
            windowStart: t[0] as number,
            windowEnd: t[n - 1] as number,
            counts: {
              flows: n,
              meanIntervalMs: Math.round(iv.mean),
              intervalCv: round3(iv.cv),
              meanBytes: Math.round(sz.mean),
              sizeCv: round3(sz.cv),
            },
            samples: this.#samples.get(slot) ?? [],
            explanation: `${entity} contacted external ${peer} ${n} times every ${Math.round(iv.mean / 1000)} s (interval variation ${round3(iv.cv)} ≤ ${this.p.maxIntervalCv}) with consistent sizes (~${Math.round(sz.mean)} bytes, variation ${round3(sz.cv)} ≤ ${this.p.maxSizeCv}): regular automated check-ins typical of command-and-control beaconing.`,
          });
          // Start again: the pair alerts again only after another minCount regular flows.
          this.#count[slot] = 0;
          this.#samples.delete(slot);
        }
      }
      if (inner.size === 0) this.#pairs.delete(sk);
    }
    return alerts;
  }

  stats(): DetectorStats {
    return { dropped: { pairs: this.dropped, samples: this.droppedSamples, names: this.#names.dropped } };
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Mean and coefficient of variation of `v` (of its successive differences when `diffs`). */
function cv(v: Float64Array, diffs: boolean): { mean: number; cv: number } {
  const n = diffs ? v.length - 1 : v.length;
  if (n <= 0) return { mean: 0, cv: Number.POSITIVE_INFINITY };
  let sum = 0;
  for (let k = 0; k < n; k++) sum += diffs ? (v[k + 1] as number) - (v[k] as number) : (v[k] as number);
  const mean = sum / n;
  let sq = 0;
  for (let k = 0; k < n; k++) {
    const x = (diffs ? (v[k + 1] as number) - (v[k] as number) : (v[k] as number)) - mean;
    sq += x * x;
  }
  const sd = Math.sqrt(sq / n);
  return { mean, cv: mean > 0 ? sd / mean : sd === 0 ? 0 : Number.POSITIVE_INFINITY };
}

// ---------------------------------------------------------------- EWMA volume detectors

export interface VolumeParams {
  /** EWMA smoothing factor per window. */
  alpha: number;
  /** z-score that alerts. */
  z: number;
  /** Windows an entity must have been seen before it can alert (it only learns until then). */
  coldStart: number;
  /** The window value must also be at least this (bytes or rejects). */
  minValue: number;
  /** Standard deviation floor as a fraction of the mean, so a flat baseline does not alert on noise. */
  minStdFraction: number;
  /** Entities with a baseline. */
  maxEntities: number;
}

abstract class VolumeDetector implements Detector {
  abstract readonly name: string;
  readonly p: VolumeParams;
  readonly #base: Ewma;
  readonly #value = new Map<number, number>();
  readonly #labels = new Map<number, string>();
  readonly #peers = new Map<number, Map<string, number>>();
  readonly #samples = new Map<number, FlowRecord[]>();
  readonly #first = new Map<number, number>();
  readonly #last = new Map<number, number>();
  protected readonly names = new AddressNames();
  droppedWindow = 0;

  constructor(p: VolumeParams) {
    this.p = p;
    this.#base = new Ewma(p.alpha, p.maxEntities);
  }

  /** Entity key for record `i` or -2 to skip; -1 is a valid key (e.g. "all"). */
  protected abstract keyOf(batch: FlowBatch, e: EnrichedBatch, i: number): number;
  protected abstract amount(batch: FlowBatch, i: number): number;
  protected abstract entityLabel(batch: FlowBatch, e: EnrichedBatch, i: number, key: number): string;
  protected abstract peerLabel(batch: FlowBatch, e: EnrichedBatch, i: number): string;
  protected abstract explain(entity: string, x: number, mean: number, z: number, peers: string[]): string;
  protected abstract readonly unit: string;

  observe(batch: FlowBatch, e: EnrichedBatch): void {
    for (let i = 0; i < batch.length; i++) {
      const k = this.keyOf(batch, e, i);
      if (k === -2) continue;
      let v = this.#value.get(k);
      if (v === undefined) {
        if (this.#value.size >= this.p.maxEntities) {
          this.droppedWindow++;
          continue;
        }
        v = 0;
        this.#labels.set(k, this.entityLabel(batch, e, i, k));
        this.#first.set(k, batch.start[i] as number);
        this.#last.set(k, batch.end[i] as number);
      }
      const amt = this.amount(batch, i);
      this.#value.set(k, v + amt);
      if ((batch.start[i] as number) < (this.#first.get(k) as number))
        this.#first.set(k, batch.start[i] as number);
      if ((batch.end[i] as number) > (this.#last.get(k) as number)) this.#last.set(k, batch.end[i] as number);
      // Peers and samples only once the window is past the minimum, so memory goes to likely alerts.
      if (v + amt >= this.p.minValue) {
        let peers = this.#peers.get(k);
        if (!peers) {
          peers = new Map();
          this.#peers.set(k, peers);
        }
        const pl = this.peerLabel(batch, e, i);
        const cur = peers.get(pl);
        if (cur !== undefined || peers.size < MAX_PEERS) peers.set(pl, (cur ?? 0) + amt);
        let s = this.#samples.get(k);
        if (!s) {
          s = [];
          this.#samples.set(k, s);
        }
        if (s.length < MAX_SAMPLES) s.push(batch.record(i));
      }
    }
  }

  flush(now: number): Alert[] {
    const alerts: Alert[] = [];
    for (const k of this.#value.keys()) this.#base.slot(k);
    for (const [k, slot] of this.#base.keys()) {
      const x = this.#value.get(k) ?? 0;
      const seen = this.#base.seen.data[slot] as number;
      const mean = this.#base.mean.data[slot] as number;
      const sd = Math.max(
        Math.sqrt(this.#base.variance.data[slot] as number),
        mean * this.p.minStdFraction,
        1,
      );
      const z = (x - mean) / sd;
      if (seen >= this.p.coldStart && x >= this.p.minValue && z >= this.p.z) {
        const entity = this.#labels.get(k) ?? '';
        const peers = [...(this.#peers.get(k) ?? [])].sort((a, b) => b[1] - a[1]).map(([p]) => p);
        alerts.push({
          detector: this.name,
          severity: z >= 2 * this.p.z ? 'high' : 'medium',
          entity,
          peers,
          windowStart: this.#first.get(k) ?? now,
          windowEnd: this.#last.get(k) ?? now,
          counts: {
            [this.unit]: x,
            baselineMean: Math.round(mean),
            baselineStd: Math.round(sd),
            z: round3(z),
          },
          samples: this.#samples.get(k) ?? [],
          explanation: this.explain(entity, x, mean, z, peers),
        });
        // An alerting window does not enter the baseline, so one exfiltration does not teach the next.
        this.#base.seen.data[slot] = seen + 1;
      } else this.#base.update(slot, x);
    }
    this.#value.clear();
    this.#labels.clear();
    this.#peers.clear();
    this.#samples.clear();
    this.#first.clear();
    this.#last.clear();
    return alerts;
  }

  stats(): DetectorStats {
    return {
      dropped: { baselines: this.#base.dropped, window: this.droppedWindow, names: this.names.dropped },
    };
  }
}

export const EXFIL_DEFAULTS: VolumeParams = {
  alpha: 0.1,
  z: 4,
  coldStart: 24,
  minValue: 50 * 1024 * 1024,
  minStdFraction: 0.1,
  maxEntities: 100_000,
};

/** Bytes per window from each internal source to external peers, against its own EWMA baseline. */
export class ExfiltrationDetector extends VolumeDetector {
  readonly name = 'exfiltration';
  protected readonly unit = 'bytes';
  constructor(params: Partial<VolumeParams> = {}) {
    super({ ...EXFIL_DEFAULTS, ...params });
  }
  protected keyOf(batch: FlowBatch, e: EnrichedBatch, i: number): number {
    if ((e.internal[i] as number) !== INTERNAL.src || batch.action[i] === ACTION.reject) return -2;
    return addressKey(batch, i, false);
  }
  protected amount(batch: FlowBatch, i: number): number {
    return batch.bytes[i] as number;
  }
  protected entityLabel(batch: FlowBatch, e: EnrichedBatch, i: number, key: number): string {
    this.names.remember(key, batch, i, false);
    return label(e, e.srcEntity[i] as number, this.names.text(key));
  }
  protected peerLabel(batch: FlowBatch, e: EnrichedBatch, i: number): string {
    const k = addressKey(batch, i, true);
    this.names.remember(k, batch, i, true);
    return label(e, e.dstEntity[i] as number, this.names.text(k));
  }
  protected explain(entity: string, x: number, mean: number, z: number, peers: string[]): string {
    return `${entity} sent ${x} bytes to external peers in one window (top: ${peers.slice(0, 3).join(', ')}), against a baseline of ${Math.round(mean)} (z = ${round3(z)} ≥ ${this.p.z}): unusual outbound volume, possible exfiltration.`;
  }
}

export const DENIED_DEFAULTS: VolumeParams = {
  alpha: 0.1,
  z: 4,
  coldStart: 12,
  minValue: 500,
  minStdFraction: 0.2,
  maxEntities: 100_000,
};

/** Rejected flows per window over all traffic (entity `all`), or per destination with `perDestination`. */
export class DeniedSurgeDetector extends VolumeDetector {
  readonly name = 'denied-surge';
  protected readonly unit = 'rejects';
  readonly #perDestination: boolean;
  constructor(params: Partial<VolumeParams> & { perDestination?: boolean } = {}) {
    super({ ...DENIED_DEFAULTS, ...params });
    this.#perDestination = params.perDestination ?? false;
  }
  protected keyOf(batch: FlowBatch, _e: EnrichedBatch, i: number): number {
    if (batch.action[i] !== ACTION.reject) return -2;
    return this.#perDestination ? addressKey(batch, i, true) : -1;
  }
  protected amount(): number {
    return 1;
  }
  protected entityLabel(batch: FlowBatch, e: EnrichedBatch, i: number, key: number): string {
    if (key === -1) return 'all';
    this.names.remember(key, batch, i, true);
    return label(e, e.dstEntity[i] as number, this.names.text(key));
  }
  protected peerLabel(batch: FlowBatch, e: EnrichedBatch, i: number): string {
    const k = addressKey(batch, i, false);
    this.names.remember(k, batch, i, false);
    return label(e, e.srcEntity[i] as number, this.names.text(k));
  }
  protected explain(entity: string, x: number, mean: number, z: number, peers: string[]): string {
    return `${x} rejected flows toward ${entity} in one window against a baseline of ${Math.round(mean)} (z = ${round3(z)} ≥ ${this.p.z}); top sources ${peers.slice(0, 3).join(', ')}: a surge of denied traffic (scan, misconfiguration or attack).`;
  }
}

// ---------------------------------------------------------------- lateral movement

export interface LateralParams {
  /** Windows during which edges and fan-out are only learned. */
  learnWindows: number;
  /** New (never seen) destinations needed in one window. */
  minNewEdges: number;
  /** Fan-out must also exceed baseline mean × this factor. */
  fanoutFactor: number;
  alpha: number;
  /** Known internal edges remembered (source → destination). */
  maxEdges: number;
  /** Internal sources with a baseline / tracked per window. */
  maxSources: number;
}

export const LATERAL_DEFAULTS: LateralParams = {
  learnWindows: 24,
  minNewEdges: 10,
  fanoutFactor: 3,
  alpha: 0.1,
  maxEdges: 2_000_000,
  maxSources: 100_000,
};

/** New east-west edges and fan-out from one internal host beyond its baseline. */
export class LateralMovementDetector implements Detector {
  readonly name = 'lateral-movement';
  readonly p: LateralParams;
  readonly #known = new Map<number, Set<number>>();
  #edges = 0;
  droppedEdges = 0;
  droppedSources = 0;
  readonly #fanout: Ewma;
  /** Per window: source → destinations seen / new. */
  readonly #seen = new Map<number, Set<number>>();
  readonly #fresh = new Map<number, Set<number>>();
  readonly #labels = new Map<number, string>();
  readonly #peerLabels = new Map<number, string[]>();
  readonly #samples = new Map<number, FlowRecord[]>();
  readonly #first = new Map<number, number>();
  readonly #last = new Map<number, number>();
  readonly #names = new AddressNames();
  #windows = 0;

  constructor(params: Partial<LateralParams> = {}) {
    this.p = { ...LATERAL_DEFAULTS, ...params };
    this.#fanout = new Ewma(this.p.alpha, this.p.maxSources);
  }

  observe(batch: FlowBatch, e: EnrichedBatch): void {
    for (let i = 0; i < batch.length; i++) {
      if ((e.internal[i] as number) !== 3 || batch.action[i] === ACTION.reject) continue;
      const sk = addressKey(batch, i, false);
      const dk = addressKey(batch, i, true);
      if (sk < 0 || dk < 0 || sk === dk) continue;
      let seen = this.#seen.get(sk);
      if (!seen) {
        if (this.#seen.size >= this.p.maxSources) {
          this.droppedSources++;
          continue;
        }
        seen = new Set();
        this.#seen.set(sk, seen);
        this.#names.remember(sk, batch, i, false);
        this.#labels.set(sk, label(e, e.srcEntity[i] as number, this.#names.text(sk)));
        this.#first.set(sk, batch.start[i] as number);
        this.#last.set(sk, batch.end[i] as number);
      }
      if ((batch.start[i] as number) < (this.#first.get(sk) as number))
        this.#first.set(sk, batch.start[i] as number);
      if ((batch.end[i] as number) > (this.#last.get(sk) as number))
        this.#last.set(sk, batch.end[i] as number);
      if (seen.has(dk)) continue;
      seen.add(dk);
      if (this.#known.get(sk)?.has(dk)) continue;
      let fresh = this.#fresh.get(sk);
      if (!fresh) {
        fresh = new Set();
        this.#fresh.set(sk, fresh);
      }
      fresh.add(dk);
      if (this.#windows >= this.p.learnWindows && fresh.size * 2 >= this.p.minNewEdges) {
        let s = this.#samples.get(sk);
        if (!s) {
          s = [];
          this.#samples.set(sk, s);
          this.#peerLabels.set(sk, []);
        }
        if (s.length < MAX_SAMPLES) s.push(batch.record(i));
        const pl = this.#peerLabels.get(sk) as string[];
        if (pl.length < MAX_PEERS) {
          this.#names.remember(dk, batch, i, true);
          pl.push(label(e, e.dstEntity[i] as number, this.#names.text(dk)));
        }
      }
    }
  }

  flush(now: number): Alert[] {
    const alerts: Alert[] = [];
    const learning = this.#windows < this.p.learnWindows;
    for (const sk of this.#seen.keys()) this.#fanout.slot(sk);
    for (const [sk, slot] of this.#fanout.keys()) {
      const fanout = this.#seen.get(sk)?.size ?? 0;
      const fresh = this.#fresh.get(sk);
      const newEdges = fresh?.size ?? 0;
      const mean = this.#fanout.mean.data[slot] as number;
      const limit = Math.max(mean * this.p.fanoutFactor, mean + this.p.minNewEdges);
      if (!learning && newEdges >= this.p.minNewEdges && fanout > limit) {
        const entity = this.#labels.get(sk) ?? '';
        alerts.push({
          detector: this.name,
          severity: 'high',
          entity,
          peers: this.#peerLabels.get(sk) ?? [],
          windowStart: this.#first.get(sk) ?? now,
          windowEnd: this.#last.get(sk) ?? now,
          counts: { fanout, newEdges, baselineFanout: round3(mean) },
          samples: this.#samples.get(sk) ?? [],
          explanation: `${entity} reached ${fanout} internal hosts in one window, ${newEdges} of them never contacted before, against a usual fan-out of ${round3(mean)} (limit ${round3(limit)}): possible lateral movement.`,
        });
      } else this.#fanout.update(slot, fanout);
      if (fresh) {
        let known = this.#known.get(sk);
        if (!known) {
          known = new Set();
          this.#known.set(sk, known);
        }
        for (const dk of fresh) {
          if (this.#edges >= this.p.maxEdges) {
            this.droppedEdges++;
            continue;
          }
          known.add(dk);
          this.#edges++;
        }
      }
    }
    this.#windows++;
    for (const m of [
      this.#seen,
      this.#fresh,
      this.#labels,
      this.#peerLabels,
      this.#samples,
      this.#first,
      this.#last,
    ])
      m.clear();
    return alerts;
  }

  stats(): DetectorStats {
    return {
      dropped: {
        edges: this.droppedEdges,
        sources: this.droppedSources,
        baselines: this.#fanout.dropped,
        names: this.#names.dropped,
      },
    };
  }
}
