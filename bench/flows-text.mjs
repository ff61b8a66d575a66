// Micro-benchmark of the AWS VPC flow-log parser: 2,000,000 default-format (v2) records generated in memory,
// parsed through the compiled parser on one core. Run after `npm run build`:
//
//   node bench/flows-text.mjs [records] [chunkKiB] [runs]
//
// Prints records/second (wall clock, and per CPU-second of this process, which is steadier on a busy
// machine), input MB/s, and RSS: before parsing (the generated input is held in memory), and the peak while
// parsing, sampled at every emitted batch.

import { ParseStats } from '../dist/flows/batch.js';
import { awsVpcParser } from '../dist/flows/formats/aws-vpc/index.js';

const RECORDS = Number(process.argv[2] ?? 2_000_000);
const CHUNK = Number(process.argv[3] ?? 64) * 1024;
const RUNS = Number(process.argv[4] ?? 3);

/** Small deterministic PRNG (mulberry32), so every run parses the same input. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Default-format records: 200 interfaces, TCP/UDP/ICMP, ~8% rejects, ~1% NODATA. */
function generate(n, seed) {
  const rand = rng(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const enis = Array.from(
    { length: 200 },
    (_, k) => `eni-${(0x0a1b2c3d4e5f0000n + BigInt(k) * 7919n).toString(16)}`,
  );
  const ports = [22, 53, 80, 123, 443, 3306, 3389, 5432, 6379, 8080, 8443];
  const buf = Buffer.allocUnsafe(n * 160);
  let off = 0;
  let t = 1_700_000_000;
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 0) t += 60;
    const eni = enis[int(0, enis.length - 1)];
    const r = rand();
    let line;
    if (r < 0.01) {
      line = `2 123456789012 ${eni} - - - - - - - ${t} ${t + 60} - NODATA\n`;
    } else {
      const proto = r < 0.9 ? 6 : r < 0.98 ? 17 : 1;
      const sport = proto === 1 ? 0 : int(1024, 65535);
      const dport = proto === 1 ? 0 : ports[int(0, ports.length - 1)];
      const packets = int(1, 5000);
      const bytes = packets * int(40, 1500);
      const action = rand() < 0.08 ? 'REJECT' : 'ACCEPT';
      line =
        `2 123456789012 ${eni} 10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)} 172.31.${int(0, 255)}.${int(1, 254)} ` +
        `${sport} ${dport} ${proto} ${packets} ${bytes} ${t} ${t + int(1, 60)} ${action} OK\n`;
    }
    off += buf.write(line, off, 'latin1');
  }
  const all = buf.subarray(0, off);
  // Read-sized chunks, as a file stream hands them over.
  const chunks = [];
  for (let o = 0; o < all.length; o += CHUNK) chunks.push(all.subarray(o, Math.min(all.length, o + CHUNK)));
  return { chunks, bytes: all.length };
}

async function run(chunks) {
  const stats = new ParseStats();
  let records = 0;
  let packets = 0;
  let peakRss = process.memoryUsage.rss();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await awsVpcParser.parse(
    (async function* () {
      yield* chunks;
    })(),
    {
      source: 'bench.log',
      stats,
      emit: (batch) => {
        records += batch.length;
        // Touch a column, as a consumer would.
        for (let i = 0; i < batch.length; i++) packets += batch.packets[i];
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
      },
    },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { stats, records, packets, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss };
}

const mib = (n) => (n / 1024 / 1024).toFixed(1);
const rate = (n) => Math.round(n).toLocaleString('en');

// Warm the JIT on a separate, smaller input.
await run(generate(200_000, 7).chunks);

const input = generate(RECORDS, 42);
await new Promise((r) => setTimeout(r, 200));
const rssBefore = process.memoryUsage.rss();
console.log(
  `aws-vpc default format: ${RECORDS.toLocaleString('en')} records, ${mib(input.bytes)} MiB in ${input.chunks.length} chunks of ${CHUNK / 1024} KiB`,
);
let best = 0;
let bestCpu = 0;
let peak = rssBefore;
for (let k = 1; k <= RUNS; k++) {
  const r = await run(input.chunks);
  if (r.records !== RECORDS || r.stats.rejectedCount !== 0) {
    console.error(`unexpected result: ${r.records} records, ${r.stats.rejectedCount} rejected`);
    process.exitCode = 1;
  }
  best = Math.max(best, r.records / r.seconds);
  bestCpu = Math.max(bestCpu, r.records / r.cpuSeconds);
  peak = Math.max(peak, r.peakRss);
  console.log(
    `  run ${k}: ${r.seconds.toFixed(3)} s wall, ${r.cpuSeconds.toFixed(3)} s CPU: ${rate(r.records / r.seconds)} records/s ` +
      `(${rate(r.records / r.cpuSeconds)} per CPU-second), ${(input.bytes / 1e6 / r.seconds).toFixed(0)} MB/s`,
  );
}
console.log(`  best: ${rate(best)} records/s wall, ${rate(bestCpu)} records per CPU-second`);
console.log(
  `  RSS: ${mib(rssBefore)} MiB before parsing (input held in memory), peak while parsing ${mib(peak)} MiB ` +
    `(+${mib(peak - rssBefore)} MiB)`,
);
