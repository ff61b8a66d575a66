/**
 * Azure network security group (NSG) flow logs, versions 1 and 2, per Microsoft's "Flow logging for network
 * security groups" log format:
 *
 *   { "records": [ { "time", "resourceId", "properties": { "Version": 2, "flows": [
 *       { "rule": "...", "flows": [ { "mac": "...", "flowTuples": [ "<tuple>", ... ] } ] } ] } } ] }
 *
 * Tuple fields: `ts,src,dst,sport,dport,proto,dir,decision` (v1, 8 fields) and, in v2, also
 * `,state,packets_s2d,bytes_s2d,packets_d2s,bytes_d2s` (13 fields). ts is epoch seconds; proto T (TCP) or
 * U (UDP); dir I (inbound) or O (outbound); decision A (allowed) or D (denied); state B (begin: no counters,
 * written empty), C (continuing) or E (end). Each tuple becomes one record with both directions' packets
 * and bytes summed; the NIC's MAC is the interface.
 *
 * Accepted inputs: the blob form above (read record by record, never whole), JSON lines of single records
 * (as Event Hubs / log shippers deliver them) and a JSON array of records.
 */

import { ACTION, DIRECTION } from '../../batch.js';
import { Addr, headText, isObject, jsonNumber, writeAddrs } from '../common.js';
import { type JsonRecordSink, parseJsonRecords, splitTuple, uintAt } from '../json-parse.js';
import type { FlowParser, ParseContext } from '../types.js';

function tupleText(t: string): string {
  return JSON.stringify(t.length > 120 ? `${t.slice(0, 120)}…` : t);
}

/** Per-parse scratch space, so concurrent parses never share it. */
class NsgParse {
  readonly src = new Addr();
  readonly dst = new Addr();
  readonly cuts: number[] = [];
}

async function tuple(
  st: NsgParse,
  t: unknown,
  version: number,
  mac: string | undefined,
  sink: JsonRecordSink,
): Promise<void> {
  await sink.room();
  const { src, dst, cuts } = st;
  if (typeof t !== 'string') {
    sink.reject('bad tuple', 'flow tuple is not a string');
    return;
  }
  const n = splitTuple(t, cuts);
  const expected = version === 1 ? 8 : version === 2 ? 13 : n === 8 || n === 13 ? n : 13;
  if (n !== expected) {
    sink.reject('bad tuple', `expected ${expected} fields, got ${n}: ${tupleText(t)}`);
    return;
  }
  const f = (k: number) => t.slice(cuts[2 * k], cuts[2 * k + 1]);
  const field = (k: number, empty = -1) => uintAt(t, cuts[2 * k] as number, cuts[2 * k + 1] as number, empty);

  const ts = field(0);
  if (ts < 0) return sink.reject('bad time', tupleText(t));
  src.clear();
  dst.clear();
  if (!src.parseText(f(1)) || !dst.parseText(f(2))) return sink.reject('bad address', tupleText(t));
  const sport = field(3);
  const dport = field(4);
  if (sport < 0 || sport > 65535 || dport < 0 || dport > 65535) return sink.reject('bad port', tupleText(t));
  const proto = f(5);
  const protocol = proto === 'T' ? 6 : proto === 'U' ? 17 : -1;
  if (protocol < 0) return sink.reject('bad protocol', tupleText(t));
  const dir = f(6);
  const direction = dir === 'I' ? DIRECTION.ingress : dir === 'O' ? DIRECTION.egress : -1;
  if (direction < 0) return sink.reject('bad direction', tupleText(t));
  const decision = f(7);
  const action = decision === 'A' ? ACTION.accept : decision === 'D' ? ACTION.reject : -1;
  if (action < 0) return sink.reject('bad decision', tupleText(t));
  let packets = 0;
  let bytes = 0;
  if (n === 13) {
    const state = f(8);
    if (state !== 'B' && state !== 'C' && state !== 'E') return sink.reject('bad state', tupleText(t));
    // Begin tuples carry no statistics: their counters are empty.
    const c = [field(9, 0), field(10, 0), field(11, 0), field(12, 0)];
    if (c.some((v) => v < 0)) return sink.reject('bad counter', tupleText(t));
    packets = (c[0] as number) + (c[2] as number);
    bytes = (c[1] as number) + (c[3] as number);
  }

  const i = sink.add();
  const b = sink.writer.batch;
  b.start[i] = ts * 1000;
  b.end[i] = ts * 1000;
  writeAddrs(b, i, src, dst);
  b.srcPort[i] = sport;
  b.dstPort[i] = dport;
  b.protocol[i] = protocol;
  b.packets[i] = packets;
  b.bytes[i] = bytes;
  b.action[i] = action;
  b.direction[i] = direction;
  if (mac !== undefined && mac !== '') b.iface[i] = b.intern(mac);
}

async function record(st: NsgParse, rec: unknown, sink: JsonRecordSink): Promise<void> {
  const props = isObject(rec) ? rec.properties : undefined;
  if (!isObject(props) || !Array.isArray(props.flows)) {
    sink.reject('not an NSG flow record', 'no properties.flows array');
    return;
  }
  const v = jsonNumber(props.Version);
  const version = v === 1 || v === 2 ? v : 0;
  if (props.Version !== undefined && version === 0) {
    sink.reject('unsupported version', `Version ${JSON.stringify(props.Version)}`);
    return;
  }
  for (const rule of props.flows) {
    if (!isObject(rule) || !Array.isArray(rule.flows)) {
      sink.reject('bad flows', 'a rule entry has no flows array');
      continue;
    }
    for (const group of rule.flows) {
      if (!isObject(group) || !Array.isArray(group.flowTuples)) {
        sink.reject('bad flows', 'a flow entry has no flowTuples array');
        continue;
      }
      const mac = typeof group.mac === 'string' ? group.mac : undefined;
      for (const t of group.flowTuples) await tuple(st, t, version, mac, sink);
    }
  }
}

export const azureNsgParser: FlowParser = {
  format: 'azure-nsg',

  sniff(head: Uint8Array, name: string): boolean {
    const text = headText(head);
    if (text.includes('NetworkSecurityGroupFlowEvent')) return true;
    if (/networksecuritygroupflowevent/i.test(name) && text.trimStart().startsWith('{')) return true;
    return /"flowTuples"\s*:/.test(text) && /"properties"\s*:/.test(text) && !text.includes('"flowRecords"');
  },

  parse(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): Promise<void> {
    const st = new NsgParse();
    return parseJsonRecords(chunks, ctx, (rec, sink) => record(st, rec, sink));
  },
};

export default azureNsgParser;
