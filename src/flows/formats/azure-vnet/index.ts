/**
 * Azure virtual network (VNet) flow logs, flowLogVersion 4, per Microsoft's "Virtual network flow logs" log
 * format:
 *
 *   { "records": [ { "time", "flowLogVersion": 4, "macAddress", "flowRecords": { "flows": [
 *       { "aclID", "flowGroups": [ { "rule", "flowTuples": [ "<tuple>", ... ] } ] } ] } } ] }
 *
 * Tuple fields (13): `ts,src,dst,sport,dport,proto,dir,state,encryption,packets_s2d,bytes_s2d,packets_d2s,
 * bytes_d2s`. proto is the IANA number; dir I/O; state B (begin, no statistics), C (continuing), E (end) or
 * D (denied). ts is UNIX epoch time: Azure writes milliseconds, and seconds are accepted too (told apart by
 * magnitude). Each tuple becomes one record, both directions' counters summed, the MAC as the interface;
 * state D is a reject, the others accept.
 *
 * Accepted inputs: the blob form above, JSON lines of single records, and a JSON array of records.
 */

import { ACTION, DIRECTION } from '../../batch.js';
import { Addr, headText, isObject, jsonNumber, writeAddrs } from '../common.js';
import { type JsonRecordSink, parseJsonRecords, splitTuple, uintAt } from '../json-parse.js';
import type { FlowParser, ParseContext } from '../types.js';

/** Epoch times from 1e11 up are milliseconds (1e11 s is the year 5138; 1e11 ms is 1973). */
const MS_THRESHOLD = 1e11;

class VnetParse {
  readonly src = new Addr();
  readonly dst = new Addr();
  readonly cuts: number[] = [];
}

function tupleText(t: string): string {
  return JSON.stringify(t.length > 120 ? `${t.slice(0, 120)}…` : t);
}

async function tuple(
  st: VnetParse,
  t: unknown,
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
  if (n !== 13) {
    sink.reject('bad tuple', `expected 13 fields, got ${n}: ${tupleText(t)}`);
    return;
  }
  const f = (k: number) => t.slice(cuts[2 * k], cuts[2 * k + 1]);
  const field = (k: number, empty = -1) => uintAt(t, cuts[2 * k] as number, cuts[2 * k + 1] as number, empty);

  const ts = field(0);
  if (ts < 0) return sink.reject('bad time', tupleText(t));
  src.clear();
  dst.clear();
  if (!src.parseText(f(1)) || !dst.parseText(f(2))) return sink.reject('bad address', tupleText(t));
  // Port-less protocols (ICMP) may leave the ports empty.
  const sport = field(3, 0);
  const dport = field(4, 0);
  if (sport < 0 || sport > 65535 || dport < 0 || dport > 65535) return sink.reject('bad port', tupleText(t));
  const protocol = field(5);
  if (protocol < 0 || protocol > 255) return sink.reject('bad protocol', tupleText(t));
  const dir = f(6);
  const direction = dir === 'I' ? DIRECTION.ingress : dir === 'O' ? DIRECTION.egress : -1;
  if (direction < 0) return sink.reject('bad direction', tupleText(t));
  const state = f(7);
  if (state !== 'B' && state !== 'C' && state !== 'E' && state !== 'D')
    return sink.reject('bad state', tupleText(t));
  const c = [field(9, 0), field(10, 0), field(11, 0), field(12, 0)];
  if (c.some((v) => v < 0)) return sink.reject('bad counter', tupleText(t));

  const i = sink.add();
  const b = sink.writer.batch;
  const ms = ts >= MS_THRESHOLD ? ts : ts * 1000;
  b.start[i] = ms;
  b.end[i] = ms;
  writeAddrs(b, i, src, dst);
  b.srcPort[i] = sport;
  b.dstPort[i] = dport;
  b.protocol[i] = protocol;
  b.packets[i] = (c[0] as number) + (c[2] as number);
  b.bytes[i] = (c[1] as number) + (c[3] as number);
  b.action[i] = state === 'D' ? ACTION.reject : ACTION.accept;
  b.direction[i] = direction;
  if (mac !== undefined && mac !== '') b.iface[i] = b.intern(mac);
}

async function record(st: VnetParse, rec: unknown, sink: JsonRecordSink): Promise<void> {
  const flowRecords = isObject(rec) ? rec.flowRecords : undefined;
  if (!isObject(rec) || !isObject(flowRecords) || !Array.isArray(flowRecords.flows)) {
    sink.reject('not a VNet flow record', 'no flowRecords.flows array');
    return;
  }
  const version = jsonNumber(rec.flowLogVersion);
  if (rec.flowLogVersion !== undefined && version !== 4) {
    sink.reject('unsupported version', `flowLogVersion ${JSON.stringify(rec.flowLogVersion)}`);
    return;
  }
  const mac = typeof rec.macAddress === 'string' ? rec.macAddress : undefined;
  for (const flow of flowRecords.flows) {
    if (!isObject(flow) || !Array.isArray(flow.flowGroups)) {
      sink.reject('bad flows', 'a flow entry has no flowGroups array');
      continue;
    }
    for (const group of flow.flowGroups) {
      if (!isObject(group) || !Array.isArray(group.flowTuples)) {
        sink.reject('bad flows', 'a flow group has no flowTuples array');
        continue;
      }
      for (const t of group.flowTuples) await tuple(st, t, mac, sink);
    }
  }
}

export const azureVnetParser: FlowParser = {
  format: 'azure-vnet',

  sniff(head: Uint8Array, name: string): boolean {
    const text = headText(head);
    if (text.includes('"flowRecords"') || text.includes('FlowLogFlowEvent')) return true;
    if (/"flowLogVersion"\s*:\s*4/.test(text)) return true;
    return /flowlogflowevent/i.test(name) && text.trimStart().startsWith('{');
  },

  parse(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): Promise<void> {
    const st = new VnetParse();
    return parseJsonRecords(chunks, ctx, (rec, sink) => record(st, rec, sink));
  },
};

export default azureVnetParser;
