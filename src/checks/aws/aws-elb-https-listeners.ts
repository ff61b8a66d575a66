import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { field, loadBalancerType, needRawList, strings } from './util.js';

/** Internet-facing load balancers serve HTTPS; any HTTP listener only redirects to HTTPS. */
export default defineCheck({
  id: 'aws-elb-https-listeners',
  title: 'Internet-facing load balancers use HTTPS',
  rationale:
    'Plain HTTP exposes session cookies, credentials and data to anyone on the network path. An HTTP listener is ' +
    'acceptable only as a redirect to HTTPS.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.load-balancer'],
  controls: ['EIT-01'],
  remediation:
    'Add an HTTPS listener with an ACM certificate and change the HTTP listener default action to a redirect to HTTPS.',
  fix: {
    cli: 'aws elbv2 modify-listener --listener-arn HTTP_LISTENER_ARN --default-actions Type=redirect,RedirectConfig="{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
  },
  evaluate(lb) {
    const type = loadBalancerType(lb);
    if (type === 'network' || type === 'gateway')
      return notApplicable(`A ${type} load balancer, which does not speak HTTP.`);
    if (need<string>(lb, 'scheme') !== 'internet-facing') return notApplicable('An internal load balancer.');
    const listeners = need<{ protocol: string; port: number }[]>(lb, 'listeners');
    const http = listeners.filter((l) => l.protocol.toUpperCase() === 'HTTP');
    if (http.length === 0) return pass('Every web listener is HTTPS.');
    // Whether an HTTP listener only redirects is in its default actions (describe-listeners).
    const raw = needRawList(lb, 'Listeners');
    const plain = http.filter((l) => {
      const doc = raw.find((r) => field(r, 'Port') === l.port);
      const actions = (field(doc, 'DefaultActions') as unknown[] | undefined) ?? [];
      const redirects = actions.some(
        (a) =>
          field(a, 'Type') === 'redirect' &&
          strings(field(field(a, 'RedirectConfig'), 'Protocol')).includes('HTTPS'),
      );
      return !redirects;
    });
    if (plain.length > 0)
      return fail(`HTTP is served without redirect on port ${plain.map((l) => l.port).join(', ')}.`, [
        { path: 'listeners', value: plain },
      ]);
    return pass('Every web listener is HTTPS or redirects to it.');
  },
});
