import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, need, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-lb-logging',
  title: 'External HTTP(S) load balancers log requests',
  rationale:
    'Request logs of an internet-facing load balancer record every client, URL and response — the evidence of ' +
    'scanning, exploitation attempts and abuse against the applications behind it.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['network.load-balancer'],
  controls: ['LOG-02'],
  remediation:
    'Enable logging on the backend service (optionally with a sample rate below 1.0 for very busy services).',
  fix: {
    cli: 'gcloud compute backend-services update BACKEND --global --enable-logging --logging-sample-rate=1',
  },
  references: { 'cis-gcp-foundations': ['2.16'] },
  evaluate(lb) {
    if (!isAsset(lb, A.backendService, A.regionBackendService))
      return notApplicable('Not a backend service.');
    const scheme = String(need<string>(lb, 'loadBalancingScheme'));
    const protocol = String(value(lb, 'protocol') ?? 'HTTP');
    if (!scheme.startsWith('EXTERNAL')) return notApplicable(`An ${scheme} load balancer.`);
    if (!['HTTP', 'HTTPS', 'HTTP2'].includes(protocol)) return notApplicable(`A ${protocol} load balancer.`);
    const enabled = norm<boolean>(lb, 'accessLogging') ?? value<boolean>(lb, 'logConfig.enable') === true;
    return enabled
      ? pass('Request logging is on.', [ev('logConfig.enable', true)])
      : fail('Request logging is off.', [ev('logConfig.enable', false)]);
  },
});
