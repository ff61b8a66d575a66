import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, needBody, norm, value } from './util.js';

const PROXY_PURPOSES = [
  'INTERNAL_HTTPS_LOAD_BALANCER',
  'REGIONAL_MANAGED_PROXY',
  'GLOBAL_MANAGED_PROXY',
  'PRIVATE_SERVICE_CONNECT',
  'PRIVATE_NAT',
];

export default defineCheck<'network.subnet', { fullRecording: boolean }>({
  id: 'gcp-subnet-flow-logs',
  title: 'VPC flow logs are on for every subnet, recording all flows',
  rationale:
    'Flow logs record the connections to and from VM interfaces — the basis for detecting lateral movement and ' +
    'exfiltration and for reconstructing an incident. Sampling, long aggregation intervals or filters leave gaps.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['network.subnet'],
  controls: ['LOG-03'],
  remediation:
    'Enable flow logs on the subnet with a 5-second aggregation interval, sampling 1.0, all metadata and no filter ' +
    '(or set fullRecording to false to accept any enabled configuration).',
  fix: {
    cli: 'gcloud compute networks subnets update SUBNET --region=REGION --enable-flow-logs --logging-aggregation-interval=interval-5-sec --logging-flow-sampling=1 --logging-metadata=include-all',
  },
  references: { 'cis-gcp-foundations': ['3.8'] },
  params: {
    fullRecording: {
      description: 'also require 5-second aggregation, full sampling, all metadata and no filter',
      default: true,
    },
  },
  evaluate(subnet, { params }) {
    if (!isAsset(subnet, A.subnetwork)) return notApplicable('Not a VPC subnetwork.');
    const purpose = value<string>(subnet, 'purpose');
    if (purpose && PROXY_PURPOSES.includes(purpose))
      return notApplicable(`A ${purpose} subnet, which does not support flow logs.`);
    const normalized = norm<boolean>(subnet, 'flowLogs');
    if (normalized === false) return fail('Flow logs are off.', [ev('flowLogs', false)]);
    if (normalized === undefined) needBody(subnet);
    const config = value<Record<string, unknown>>(subnet, 'logConfig');
    const enabled = normalized ?? (config?.enable === true || value(subnet, 'enableFlowLogs') === true);
    if (!enabled) return fail('Flow logs are off.', [ev('logConfig.enable', false)]);
    if (!params.fullRecording || !config)
      return pass('Flow logs are on.', [ev('logConfig', config ?? { enable: true })]);
    const gaps = [
      ...(config.aggregationInterval !== undefined && config.aggregationInterval !== 'INTERVAL_5_SEC'
        ? [`aggregation ${String(config.aggregationInterval)}`]
        : []),
      ...(config.flowSampling !== undefined && Number(config.flowSampling) < 1
        ? [`sampling ${String(config.flowSampling)}`]
        : []),
      ...(config.metadata !== undefined && config.metadata !== 'INCLUDE_ALL_METADATA'
        ? [`metadata ${String(config.metadata)}`]
        : []),
      ...(typeof config.filterExpr === 'string' && config.filterExpr !== '' && config.filterExpr !== 'true'
        ? [`filter "${config.filterExpr}"`]
        : []),
    ];
    return gaps.length === 0
      ? pass('Flow logs record every flow with full metadata.', [ev('logConfig', config)])
      : fail(`Flow logs are on but incomplete: ${gaps.join(', ')}.`, [ev('logConfig', config)]);
  },
});
