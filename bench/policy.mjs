// Policy engine benchmark: evaluates every built-in check over 100,000 generated resources of mixed providers
// and kinds, and prints evaluations per second and peak memory. Run after `npm run build`.
import { builtinChecks } from '../dist/checks/index.js';
import { ResourceSchema } from '../dist/core/index.js';
import { evaluate } from '../dist/policy/engine.js';

const N = Number(process.env.N ?? 100_000);
const kinds = [
  [
    'aws',
    's3',
    'storage.bucket',
    (i) => ({
      publicRead: i % 17 === 0,
      publicAccessBlocked: i % 3 === 0,
      encryption: { enabled: true, keyType: 'provider' },
      versioning: i % 2 === 0,
      accessLogging: false,
      tlsOnly: i % 5 === 0,
    }),
  ],
  [
    'aws',
    'ec2',
    'compute.instance',
    (i) => ({
      state: 'running',
      publicIps: i % 4 ? [] : ['203.0.113.9'],
      privateIps: [`10.0.${(i >> 8) & 255}.${i & 255}`],
      metadataTokensRequired: i % 2 === 0,
      disksEncrypted: i % 3 !== 0,
      securityGroups: [`sg-${i % 1000}`],
    }),
  ],
  [
    'aws',
    'vpc',
    'network.security-group',
    (i) => ({
      rules: [
        {
          direction: 'ingress',
          action: 'allow',
          protocol: 'tcp',
          ports: { from: 22, to: 22 },
          peers: [i % 9 ? '10.0.0.0/8' : '0.0.0.0/0'],
        },
      ],
      attachedTo: [],
      isDefault: false,
    }),
  ],
  [
    'aws',
    'rds',
    'database.instance',
    (i) => ({
      engine: 'postgres',
      publiclyAccessible: i % 11 === 0,
      encryption: { enabled: i % 2 === 0 },
      backupRetentionDays: i % 10,
      multiAz: false,
      deletionProtection: false,
    }),
  ],
  [
    'azure',
    'storage',
    'storage.bucket',
    (i) => ({ publicRead: i % 13 === 0, tlsOnly: true, encryption: { enabled: true, keyType: 'provider' } }),
  ],
  [
    'gcp',
    'compute-engine',
    'compute.instance',
    (i) => ({
      state: 'RUNNING',
      publicIps: [],
      serialConsole: false,
      projectSshKeysBlocked: i % 2 === 0,
      shieldedVm: true,
    }),
  ],
  [
    'k8s',
    'self-managed',
    'k8s.workload',
    (i) => ({
      namespace: i % 7 ? 'shop' : 'kube-system',
      containers: [{ name: 'a', image: 'a:1', privileged: i % 19 === 0 }],
      hostNetwork: false,
    }),
  ],
  [
    'onprem',
    'physical-server',
    'host.server',
    (i) => ({
      openPorts: i % 6 ? ['tcp/22'] : ['tcp/23'],
      owner: 'ops',
      environment: 'production',
      os: 'Ubuntu 24.04',
    }),
  ],
];

const resources = [];
for (let i = 0; i < N; i++) {
  const [provider, service, kind, props] = kinds[i % kinds.length];
  resources.push(
    ResourceSchema.parse({
      id: `${provider}:${kind}:${i}`,
      provider,
      service,
      kind,
      account: `acct-${i % 20}`,
      region: 'eu-west-1',
      tags: { team: `t${i % 10}` },
      properties: props(i),
      raw: {},
      source: { type: 'export', collector: 'bench' },
    }),
  );
}

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = performance.now();
const results = evaluate(builtinChecks, resources);
const seconds = (performance.now() - t0) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(sampler);
const counts = {};
for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
console.log(
  `policy: ${builtinChecks.length} checks × ${N} resources → ${results.length} evaluations in ${seconds.toFixed(2)} s`,
);
console.log(
  `policy: ${Math.round(results.length / seconds).toLocaleString('en')} evaluations/s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`,
);
console.log(`policy: ${JSON.stringify(counts)}`);
