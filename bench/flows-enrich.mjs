// Micro-benchmark of flow enrichment: a 10,000-interface inventory (100 VPCs × 10 subnets, plus IPv6 and
// public addresses), and 1,000,000 generated records in batches of 8,192 (70% IPv4 internal/inventory, 25%
// IPv4 internet, 5% IPv6). Run after `npm run build`:
//
//   node bench/flows-enrich.mjs [records] [interfaces] [runs]
//
// Prints index build time, records/second (wall clock) and RSS.

import { FlowBatch } from '../dist/flows/batch.js';
import { Enricher } from '../dist/flows/enrich/enricher.js';
import { InventoryIndex } from '../dist/flows/enrich/inventory.js';

const RECORDS = Number(process.argv[2] ?? 1_000_000);
const INTERFACES = Number(process.argv[3] ?? 10_000);
const RUNS = Number(process.argv[4] ?? 5);
const BATCH = 8192;

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

const base = {
  provider: 'aws',
  service: 'ec2',
  account: '111122223333',
  relations: [],
  unknown: [],
  raw: {},
};
const source = { type: 'export', collector: 'bench' };
const resources = [];
const addrs = [];
for (let v = 0; v < 100; v++) {
  resources.push({
    ...base,
    source,
    id: `vpc-${v}`,
    kind: 'network.vpc',
    tags: {},
    properties: { cidrs: [`10.${v}.0.0/16`] },
  });
  for (let s = 0; s < 10; s++)
    resources.push({
      ...base,
      source,
      id: `subnet-${v}-${s}`,
      kind: 'network.subnet',
      tags: {},
      properties: { cidrs: [`10.${v}.${s}.0/24`], vpc: `vpc-${v}` },
    });
}
for (let k = 0; k < INTERFACES; k++) {
  const v = k % 100;
  const s = Math.floor(k / 100) % 10;
  const h = 1 + Math.floor(k / 1000);
  const a = (10 << 24) | (v << 16) | (s << 8) | h;
  addrs.push(a >>> 0);
  resources.push({
    ...base,
    source,
    id: `eni-${k}`,
    kind: 'network.interface',
    tags: { team: `t${k % 17}` },
    properties: {
      privateIps: [`10.${v}.${s}.${h}`],
      publicIps: k % 10 === 0 ? [`54.${(k >> 8) & 255}.${k & 255}.1`] : [],
      subnet: `subnet-${v}-${s}`,
      vpc: `vpc-${v}`,
    },
  });
}

let t = performance.now();
const index = new InventoryIndex(resources);
const buildMs = performance.now() - t;
const enricher = new Enricher(index);

const r = rng(42);
const batches = [];
for (let done = 0; done < RECORDS; ) {
  const b = new FlowBatch(BATCH);
  while (!b.full && done < RECORDS) {
    const i = b.add();
    const x = r();
    if (x < 0.05) {
      b.family[i] = 6;
      b.src6[i * 16] = 0x20;
      b.src6[i * 16 + 1] = 0x01;
      for (let k = 2; k < 16; k++) b.src6[i * 16 + k] = (r() * 256) | 0;
      b.dst6[i * 16] = 0xfd;
      for (let k = 1; k < 16; k++) b.dst6[i * 16 + k] = (r() * 256) | 0;
    } else {
      b.family[i] = 4;
      b.src4[i] = addrs[(r() * addrs.length) | 0];
      b.dst4[i] =
        x < 0.3
          ? (r() * 2 ** 32) >>> 0
          : r() < 0.9
            ? addrs[(r() * addrs.length) | 0]
            : (10 << 24) | ((r() * 2 ** 24) >>> 0);
    }
    done++;
  }
  batches.push(b);
}

const out = enricher.enrich(batches[0]);
const rssBefore = process.memoryUsage().rss;
const rates = [];
let check = 0;
for (let run = 0; run < RUNS; run++) {
  t = performance.now();
  for (const b of batches) {
    enricher.enrich(b, out);
    check += out.srcEntity[0] + out.internal[1];
  }
  const s = (performance.now() - t) / 1000;
  rates.push(RECORDS / s);
}
rates.sort((a, b) => a - b);
const mb = (n) => `${(n / 1048576).toFixed(0)} MB`;
console.log(
  `inventory: ${resources.length} resources, ${index.entities.length} entities, ${index.lpm.v4.intervals} IPv4 intervals; index built in ${buildMs.toFixed(0)} ms`,
);
console.log(
  `enrich: ${RECORDS} records × ${RUNS} runs: median ${(rates[Math.floor(RUNS / 2)] / 1e6).toFixed(1)} M records/s (best ${(rates[RUNS - 1] / 1e6).toFixed(1)} M/s); RSS ${mb(rssBefore)} → ${mb(process.memoryUsage().rss)} (check ${check})`,
);
