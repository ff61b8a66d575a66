/**
 * Templates (NetFlow v9, RFC 3954 §5; IPFIX, RFC 7011 §3.4) compiled into a flat list of operations, so a data
 * record is decoded by walking a few integers rather than by looking up each field.
 */

/** Information element ids Verity reads (IANA "IPFIX Information Elements"; 0-127 are shared with v9). */
export const IE = {
  octetDeltaCount: 1,
  packetDeltaCount: 2,
  protocolIdentifier: 4,
  tcpControlBits: 6,
  sourceTransportPort: 7,
  sourceIPv4Address: 8,
  ingressInterface: 10,
  destinationTransportPort: 11,
  destinationIPv4Address: 12,
  flowEndSysUpTime: 21,
  flowStartSysUpTime: 22,
  sourceIPv6Address: 27,
  destinationIPv6Address: 28,
  icmpTypeCodeIPv4: 32,
  samplingInterval: 34,
  samplerId: 48,
  samplerRandomInterval: 50,
  flowDirection: 61,
  octetTotalCount: 85,
  packetTotalCount: 86,
  forwardingStatus: 89,
  flowStartSeconds: 150,
  flowEndSeconds: 151,
  flowStartMilliseconds: 152,
  flowEndMilliseconds: 153,
  flowStartMicroseconds: 154,
  flowEndMicroseconds: 155,
  flowStartNanoseconds: 156,
  flowEndNanoseconds: 157,
  flowStartDeltaMicroseconds: 158,
  flowEndDeltaMicroseconds: 159,
  icmpTypeCodeIPv6: 139,
  systemInitTimeMilliseconds: 160,
  selectorId: 302,
  samplingPacketInterval: 305,
  samplingPacketSpace: 306,
} as const;

/** What an operation does with its field. */
export const OP = {
  src4: 1,
  dst4: 2,
  src6: 3,
  dst6: 4,
  srcPort: 5,
  dstPort: 6,
  protocol: 7,
  bytes: 8,
  packets: 9,
  tcpFlags: 10,
  startUptime: 11,
  endUptime: 12,
  startSec: 13,
  endSec: 14,
  startMs: 15,
  endMs: 16,
  startNtp: 17,
  endNtp: 18,
  startDeltaUs: 19,
  endDeltaUs: 20,
  ingressIf: 21,
  direction: 22,
  forwarding: 23,
  samplingRate: 24,
  samplerId: 25,
  bytesTotal: 26,
  packetsTotal: 27,
  samplingPacketInterval: 28,
  samplingPacketSpace: 29,
  sysInitMs: 30,
  icmpTypeCode: 31,
} as const;

const OP_BY_IE = new Map<number, number>([
  [IE.sourceIPv4Address, OP.src4],
  [IE.destinationIPv4Address, OP.dst4],
  [IE.sourceIPv6Address, OP.src6],
  [IE.destinationIPv6Address, OP.dst6],
  [IE.sourceTransportPort, OP.srcPort],
  [IE.destinationTransportPort, OP.dstPort],
  [IE.protocolIdentifier, OP.protocol],
  [IE.octetDeltaCount, OP.bytes],
  [IE.packetDeltaCount, OP.packets],
  [IE.tcpControlBits, OP.tcpFlags],
  [IE.flowStartSysUpTime, OP.startUptime],
  [IE.flowEndSysUpTime, OP.endUptime],
  [IE.flowStartSeconds, OP.startSec],
  [IE.flowEndSeconds, OP.endSec],
  [IE.flowStartMilliseconds, OP.startMs],
  [IE.flowEndMilliseconds, OP.endMs],
  [IE.flowStartMicroseconds, OP.startNtp],
  [IE.flowEndMicroseconds, OP.endNtp],
  [IE.flowStartNanoseconds, OP.startNtp],
  [IE.flowEndNanoseconds, OP.endNtp],
  [IE.flowStartDeltaMicroseconds, OP.startDeltaUs],
  [IE.flowEndDeltaMicroseconds, OP.endDeltaUs],
  [IE.ingressInterface, OP.ingressIf],
  [IE.flowDirection, OP.direction],
  [IE.forwardingStatus, OP.forwarding],
  [IE.samplingInterval, OP.samplingRate],
  [IE.samplerRandomInterval, OP.samplingRate],
  [IE.samplerId, OP.samplerId],
  [IE.selectorId, OP.samplerId],
  [IE.octetTotalCount, OP.bytesTotal],
  [IE.packetTotalCount, OP.packetsTotal],
  [IE.samplingPacketInterval, OP.samplingPacketInterval],
  [IE.samplingPacketSpace, OP.samplingPacketSpace],
  [IE.systemInitTimeMilliseconds, OP.sysInitMs],
  [IE.icmpTypeCodeIPv4, OP.icmpTypeCode],
  [IE.icmpTypeCodeIPv6, OP.icmpTypeCode],
]);

/** The field length that marks an IPFIX variable-length field (RFC 7011 §7). */
export const VARIABLE_LENGTH = 65535;

/** Widths each operation accepts; a field of another width is skipped rather than misread. */
function widthFits(op: number, len: number): boolean {
  switch (op) {
    case OP.src4:
    case OP.dst4:
      return len === 4;
    case OP.src6:
    case OP.dst6:
      return len === 16;
    case OP.startNtp:
    case OP.endNtp:
      return len === 8;
    default:
      return len >= 1 && len <= 8;
  }
}

/** One field of a template as it came off the wire. */
export interface TemplateField {
  id: number;
  length: number;
  /** Private enterprise number, 0 for IANA elements. */
  enterprise: number;
}

export interface Template {
  id: number;
  /** Options template: its records describe the exporter (sampling, clock), not flows. */
  options: boolean;
  /** Leading scope fields of an options template (never mapped for v9, whose scope types are not IEs). */
  scopeCount: number;
  fields: TemplateField[];
  /** Record length when every field is fixed, else -1. */
  fixedLength: number;
  /** Smallest possible record: fixed fields plus one length octet per variable-length field. */
  minLength: number;
  /** Field offsets within a record (recomputed per record when a field is variable-length) and lengths. */
  offsets: Int32Array;
  lengths: Int32Array;
  /** Reads the mapped fields of one record into a {@link RecordValues}. */
  read: RecordReader;
}

/** What one data record says, as read by its template's {@link RecordReader}; defaults mean absent. */
export class RecordValues {
  family = 0;
  src4 = 0;
  dst4 = 0;
  /** Offsets of the IPv6 addresses in the packet, -1 when absent. */
  src6At = -1;
  dst6At = -1;
  srcPort = 0;
  dstPort = 0;
  protocol = 0;
  tcpFlags = 0;
  bytes = -1;
  packets = -1;
  bytesTotal = 0;
  packetsTotal = 0;
  /** Epoch ms from absolute time elements (seconds, milliseconds, NTP micro / nanoseconds). */
  startAbs = Number.NaN;
  endAbs = Number.NaN;
  /** sysUpTime values (ms) and delta microseconds before export, -1 when absent. */
  startUptime = -1;
  endUptime = -1;
  startDeltaUs = -1;
  endDeltaUs = -1;
  ifIndex = 0;
  /** flowDirection as sent (0 ingress, 1 egress), -1 when absent. */
  direction = -1;
  /** forwardingStatus status bits (1 forwarded, 2 dropped, 3 consumed), -1 when absent. */
  forwarding = -1;
  samplingRate = 0;
  samplerId = -1;
  samplingPacketInterval = 0;
  samplingPacketSpace = 0;
  icmpTypeCode = 0;
  sysInitMs = -1;

  reset(): void {
    this.family = 0;
    this.src4 = 0;
    this.dst4 = 0;
    this.src6At = -1;
    this.dst6At = -1;
    this.srcPort = 0;
    this.dstPort = 0;
    this.protocol = 0;
    this.tcpFlags = 0;
    this.bytes = -1;
    this.packets = -1;
    this.bytesTotal = 0;
    this.packetsTotal = 0;
    this.startAbs = Number.NaN;
    this.endAbs = Number.NaN;
    this.startUptime = -1;
    this.endUptime = -1;
    this.startDeltaUs = -1;
    this.endDeltaUs = -1;
    this.ifIndex = 0;
    this.direction = -1;
    this.forwarding = -1;
    this.samplingRate = 0;
    this.samplerId = -1;
    this.samplingPacketInterval = 0;
    this.samplingPacketSpace = 0;
    this.icmpTypeCode = 0;
    this.sysInitMs = -1;
  }
}

/**
 * Reads one record at `pos` of `p`. `offsets` holds the record's field offsets when the template has
 * variable-length fields (computed per record); fixed templates have theirs built in.
 */
export type RecordReader = (
  p: Uint8Array,
  dv: DataView,
  pos: number,
  offsets: Int32Array,
  r: RecordValues,
) => void;

/** Unsigned integer of 3, 5, 6 or 7 octets (reduced-size encoding, RFC 7011 §6.2). */
function uintN(p: Uint8Array, o: number, l: number): number {
  let v = 0;
  for (let k = 0; k < l; k++) v = v * 256 + (p[o + k] as number);
  return v;
}

/**
 * Builds the reader of a template as straight-line code, one statement per mapped field, so that decoding a
 * record costs a few typed-array reads rather than a walk over the template. Only integers that this module
 * computed (offsets, lengths, field indexes) go into the generated source, never bytes from the packet.
 */
function buildReader(ops: number[], offsets: Int32Array, lengths: Int32Array, fixed: boolean): RecordReader {
  const body: string[] = [];
  for (let k = 0; k < ops.length; k += 2) {
    const op = ops[k] as number;
    const f = ops[k + 1] as number;
    const len = lengths[f] as number;
    const at = fixed ? `pos + ${offsets[f] as number}` : `pos + o[${f}]`;
    const last = `p[${at} + ${len - 1}]`;
    const u =
      len === 1
        ? `p[${at}]`
        : len === 2
          ? `dv.getUint16(${at})`
          : len === 4
            ? `dv.getUint32(${at})`
            : len === 8
              ? `(dv.getUint32(${at}) * 4294967296 + dv.getUint32(${at} + 4))`
              : `uintN(p, ${at}, ${len})`;
    const ntp = `((dv.getUint32(${at}) - 2208988800) * 1000 + (dv.getUint32(${at} + 4) / 4294967296) * 1000)`;
    const statement: Record<number, string> = {
      [OP.src4]: `r.family = 4; r.src4 = ${u};`,
      [OP.dst4]: `r.family = 4; r.dst4 = ${u};`,
      [OP.src6]: `r.family = 6; r.src6At = ${at};`,
      [OP.dst6]: `r.family = 6; r.dst6At = ${at};`,
      [OP.srcPort]: `r.srcPort = ${u};`,
      [OP.dstPort]: `r.dstPort = ${u};`,
      [OP.protocol]: `r.protocol = ${last};`,
      [OP.bytes]: `r.bytes = ${u};`,
      [OP.packets]: `r.packets = ${u};`,
      [OP.bytesTotal]: `r.bytesTotal = ${u};`,
      [OP.packetsTotal]: `r.packetsTotal = ${u};`,
      [OP.tcpFlags]: `r.tcpFlags = ${u};`,
      [OP.startUptime]: `r.startUptime = ${u};`,
      [OP.endUptime]: `r.endUptime = ${u};`,
      [OP.startSec]: `r.startAbs = ${u} * 1000;`,
      [OP.endSec]: `r.endAbs = ${u} * 1000;`,
      [OP.startMs]: `r.startAbs = ${u};`,
      [OP.endMs]: `r.endAbs = ${u};`,
      [OP.startNtp]: `r.startAbs = ${ntp};`,
      [OP.endNtp]: `r.endAbs = ${ntp};`,
      [OP.startDeltaUs]: `r.startDeltaUs = ${u};`,
      [OP.endDeltaUs]: `r.endDeltaUs = ${u};`,
      [OP.ingressIf]: `r.ifIndex = ${u};`,
      [OP.direction]: `r.direction = ${last};`,
      [OP.forwarding]: `r.forwarding = ${last} >> 6;`,
      [OP.samplingRate]: `r.samplingRate = ${u};`,
      [OP.samplerId]: `r.samplerId = ${u};`,
      [OP.samplingPacketInterval]: `r.samplingPacketInterval = ${u};`,
      [OP.samplingPacketSpace]: `r.samplingPacketSpace = ${u};`,
      [OP.icmpTypeCode]: `r.icmpTypeCode = ${u};`,
      [OP.sysInitMs]: `r.sysInitMs = ${u};`,
    };
    const line = statement[op];
    if (line !== undefined) body.push(line);
  }
  const make = new Function('uintN', `return function read(p, dv, pos, o, r) {\n${body.join('\n')}\n};`);
  return make(uintN) as RecordReader;
}

/**
 * Compiles a template. Enterprise-specific fields, variable-length fields and elements Verity does not map are
 * kept only for their lengths. With `v9`, the first `scopeCount` fields of an options template are scope types
 * (System, Interface...), not information elements, and are not mapped either.
 */
export function compileTemplate(
  id: number,
  fields: TemplateField[],
  options: boolean,
  scopeCount: number,
  v9: boolean,
): Template {
  // Exporters resend their templates every few seconds and many exporters share a few layouts: build each
  // reader once. (Variable-length layouts rewrite `offsets` per record; decoding is sequential, so sharing is safe.)
  let key = `${v9 ? 9 : 10}/${scopeCount}`;
  for (const f of fields) key += `,${f.enterprise}:${f.id}:${f.length}`;
  let layout = layouts.get(key);
  if (!layout) {
    if (layouts.size >= MAX_LAYOUTS) layouts.clear();
    layout = buildLayout(fields, scopeCount, v9);
    layouts.set(key, layout);
  }
  return { id, options, scopeCount, fields, ...layout };
}

type Layout = Pick<Template, 'fixedLength' | 'minLength' | 'offsets' | 'lengths' | 'read'>;

const MAX_LAYOUTS = 4096;
const layouts = new Map<string, Layout>();

function buildLayout(fields: readonly TemplateField[], scopeCount: number, v9: boolean): Layout {
  const n = fields.length;
  const offsets = new Int32Array(n);
  const lengths = new Int32Array(n);
  const ops: number[] = [];
  let fixed = true;
  let off = 0;
  let min = 0;
  for (let k = 0; k < n; k++) {
    const f = fields[k] as TemplateField;
    const variable = !v9 && f.length === VARIABLE_LENGTH;
    offsets[k] = off;
    lengths[k] = variable ? -1 : f.length;
    if (variable) {
      fixed = false;
      min += 1;
    } else {
      off += f.length;
      min += f.length;
    }
    if (f.enterprise !== 0 || (v9 && k < scopeCount)) continue;
    const op = OP_BY_IE.get(f.id);
    if (op !== undefined && !variable && widthFits(op, f.length)) ops.push(op, k);
  }
  return {
    fixedLength: fixed ? off : -1,
    minLength: min,
    offsets,
    lengths,
    read: buildReader(ops, offsets, lengths, fixed),
  };
}
