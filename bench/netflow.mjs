// NetFlow / IPFIX benchmark (run `npm run build` first): `node bench/netflow.mjs [flows] [udpSeconds] [udpRate]`.
//  1. Decoding: IPFIX, NetFlow v9 and v5 packets generated in memory, decoded into FlowBatch; flows per second.
//  2. UDP loopback: a sender thread sends v9 and IPFIX to the collector at a fixed flow rate for a few seconds;
//     flows sent vs received (and the loss the sequence numbers show).

import { createSocket } from 'node:dgram';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { NetflowDecoder } from '../dist/flows/formats/netflow/decoder.js';
import { BatchSink } from '../dist/flows/formats/netflow/sink.js';
import {
  dataRecord,
  encodeIpfix,
  encodeV5,
  encodeV9,
  set,
  templateRecord,
} from '../dist/flows/formats/netflow/writer.js';
import { startCollector } from '../dist/flows/listen.js';

const FLOWS = Number(process.argv[2] ?? 2_000_000);
const UDP_SECONDS = Number(process.argv[3] ?? 4);
const UDP_RATE = Number(process.argv[4] ?? 200_000);
const PER_PACKET = 30;
const SECS = 1_700_000_000;

// A typical IPv4 template: addresses, ports, protocol, flags, 64-bit counters, ms times, interface, direction.
const IPFIX_FIELDS = [
  { id: 8, length: 4 },
  { id: 12, length: 4 },
  { id: 7, length: 2 },
  { id: 11, length: 2 },
  { id: 4, length: 1 },
  { id: 6, length: 2 },
  { id: 1, length: 8 },
  { id: 2, length: 8 },
  { id: 152, length: 8 },
  { id: 153, length: 8 },
  { id: 10, length: 4 },
  { id: 61, length: 1 },
];
const V9_FIELDS = [
  { id: 8, length: 4 },
  { id: 12, length: 4 },
  { id: 7, length: 2 },
  { id: 11, length: 2 },
  { id: 4, length: 1 },
  { id: 6, length: 1 },
  { id: 1, length: 4 },
  { id: 2, length: 4 },
  { id: 22, length: 4 },
  { id: 21, length: 4 },
  { id: 10, length: 2 },
  { id: 89, length: 1 },
];

function records(fields, kind, base) {
  return Array.from({ length: PER_PACKET }, (_, j) => {
    const n = base + j;
    const src = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const port = 1024 + (n % 60000);
    return kind === 'ipfix'
      ? dataRecord(fields, [
          src,
          '192.0.2.10',
          port,
          443,
          6,
          0x1b,
          1000 + j,
          5,
          SECS * 1000 - 2000,
          SECS * 1000 - 10,
          3,
          0,
        ])
      : dataRecord(fields, [src, '192.0.2.10', port, 443, 6, 0x1b, 1000 + j, 5, 50_000, 59_000, 3, 0x40]);
  });
}

/** `count` distinct export packets of PER_PACKET flows each, the template in the first (and every 20th). */
function packets(kind, count) {
  const out = [];
  for (let k = 0; k < count; k++) {
    const withTemplate = k % 20 === 0;
    if (kind === 'ipfix') {
      const sets = [set(256, records(IPFIX_FIELDS, kind, k * PER_PACKET))];
      if (withTemplate) sets.unshift(set(2, [templateRecord(256, IPFIX_FIELDS)]));
      out.push(encodeIpfix({ exportTime: SECS, seq: 0, domain: 1 }, sets));
    } else if (kind === 'v9') {
      const sets = [set(256, records(V9_FIELDS, kind, k * PER_PACKET))];
      if (withTemplate) sets.unshift(set(0, [templateRecord(256, V9_FIELDS)]));
      out.push(encodeV9({ uptime: 60_000, secs: SECS, seq: 0, sourceId: 1, count: PER_PACKET }, sets));
    } else {
      const flows = Array.from({ length: PER_PACKET }, (_, j) => ({
        src: `10.0.${k & 255}.${j}`,
        dst: '192.0.2.10',
        packets: 5,
        bytes: 1000 + j,
        first: 50_000,
        last: 59_000,
        srcPort: 1024 + j,
        dstPort: 443,
        tcpFlags: 0x1b,
        protocol: 6,
      }));
      out.push(encodeV5({ uptime: 60_000, secs: SECS, seq: 0 }, flows));
    }
  }
  return out;
}

/** Sets the sequence number in place: IPFIX counts data records, v9 packets, v5 flows. */
function setSeq(kind, pkt, n) {
  const dv = new DataView(pkt.buffer, pkt.byteOffset, pkt.byteLength);
  if (kind === 'ipfix') dv.setUint32(8, (n * PER_PACKET) >>> 0);
  else if (kind === 'v9') dv.setUint32(12, n >>> 0);
  else dv.setUint32(16, (n * PER_PACKET) >>> 0);
}

function decodeBench(kind) {
  const pool = packets(kind, 1000);
  let consumed = 0;
  const sink = BatchSink.sync((b) => {
    consumed += b.length;
  });
  const run = (flows) => {
    const decoder = new NetflowDecoder();
    consumed = 0;
    sink.batch.clear();
    const n = Math.ceil(flows / PER_PACKET);
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < n; k++) {
      const pkt = pool[k % pool.length];
      setSeq(kind, pkt, k);
      decoder.decode(pkt, '192.0.2.1', 0, sink);
    }
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    return { decoder, secs, cpuSecs: (cpu.user + cpu.system) / 1e6, flows: decoder.flows };
  };
  run(Math.min(FLOWS, 300_000)); // warm up
  const { decoder, secs, cpuSecs, flows } = run(FLOWS);
  const lost = decoder.loss.ipfixRecords + decoder.loss.v9Packets + decoder.loss.v5Flows;
  console.log(
    `decode ${kind.padEnd(5)}: ${flows.toLocaleString('en-US')} flows in ${secs.toFixed(3)} s = ${Math.round(flows / secs).toLocaleString('en-US')} flows/s` +
      ` (${Math.round(flows / cpuSecs).toLocaleString('en-US')} per CPU second)` +
      ` (${(pool[1].length / PER_PACKET).toFixed(0)} B/flow; delivered ${consumed + sink.batch.length}, rejected ${decoder.stats.rejectedCount}, sequence loss ${lost})`,
  );
}

async function udpBench() {
  let received = 0;
  const collector = await startCollector({
    netflow: '127.0.0.1:0',
    ipfix: '127.0.0.1:0',
    onBatch: (b) => {
      received += b.length;
    },
  });
  console.log(`udp: receive buffers ${collector.stats().recvBufferSize.join(', ')} bytes`);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const worker = new Worker(new URL(import.meta.url), {
    workerData: {
      v9: collector.netflow.port,
      ipfix: collector.ipfix.port,
      seconds: UDP_SECONDS,
      rate: UDP_RATE,
    },
  });
  const sent = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await new Promise((r) => setTimeout(r, 500));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  await collector.stop();
  const s = collector.stats();
  console.log(
    `udp: ${UDP_SECONDS} s at ${UDP_RATE.toLocaleString('en-US')} flows/s: sent ${sent.flows.toLocaleString('en-US')} flows in ${sent.packets.toLocaleString('en-US')} packets,` +
      ` received ${received.toLocaleString('en-US')} flows in ${s.packets.toLocaleString('en-US')} packets, lost ${(sent.flows - received).toLocaleString('en-US')}` +
      ` (sequence loss: v9 ${s.loss.v9Packets} packets, IPFIX ${s.loss.ipfixRecords} records); collector CPU ${(((cpu.user + cpu.system) / 1e6 / secs) * 100).toFixed(0)}% of a core`,
  );
}

/** The sender thread: half the flows as v9 to one port, half as IPFIX to the other, paced every 2 ms. */
async function sender() {
  const { v9, ipfix, seconds, rate } = workerData;
  const pools = { v9: packets('v9', 200), ipfix: packets('ipfix', 200) };
  const socket = createSocket('udp4');
  let packetsSent = 0;
  const counters = { v9: 0, ipfix: 0 };
  const start = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      const elapsed = (performance.now() - start) / 1000;
      const due = Math.floor((Math.min(elapsed, seconds) * rate) / PER_PACKET);
      while (packetsSent < due) {
        const kind = packetsSent % 2 === 0 ? 'v9' : 'ipfix';
        const n = counters[kind]++;
        // A fresh copy: the pool packet is reused while the send may still be queued.
        const pkt = pools[kind][n % 200].slice();
        setSeq(kind, pkt, n);
        socket.send(pkt, kind === 'v9' ? v9 : ipfix, '127.0.0.1');
        packetsSent++;
      }
      if (elapsed >= seconds) resolve();
      else setTimeout(tick, 2);
    };
    tick();
  });
  await new Promise((r) => setTimeout(r, 100));
  socket.close();
  parentPort.postMessage({ packets: packetsSent, flows: packetsSent * PER_PACKET });
}

if (isMainThread) {
  console.log(
    `node ${process.version}, ${FLOWS.toLocaleString('en-US')} flows per decode run, ${PER_PACKET} flows per packet`,
  );
  for (const kind of ['ipfix', 'v9', 'v5']) decodeBench(kind);
  await udpBench();
} else {
  await sender();
}
