import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** Predefined ELB security policies that allow only TLS 1.2 and later. */
const MODERN = /TLS13|TLS-1-2|FS-1-2/i;

/** HTTPS and TLS listeners use a security policy that refuses TLS 1.0 and 1.1. */
export default defineCheck({
  id: 'aws-elb-tls-policy',
  title: 'Load balancer listeners refuse TLS 1.0 and 1.1',
  rationale:
    'Older security policies such as ELBSecurityPolicy-2016-08 still accept TLS 1.0 and weak ciphers, which PCI DSS ' +
    'and most standards forbid. TLS 1.2 (ideally 1.3) policies remove them.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.load-balancer'],
  controls: ['EIT-01'],
  remediation: 'Switch the listener to a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06.',
  fix: {
    cli: 'aws elbv2 modify-listener --listener-arn LISTENER_ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
  },
  params: {
    allowedPolicyPattern: {
      description: 'regular expression of acceptable policy names',
      default: MODERN.source,
    },
  },
  evaluate(lb, { params }) {
    const listeners = need<{ protocol: string; port: number; tlsPolicy?: string }[]>(lb, 'listeners').filter(
      (l) => ['HTTPS', 'TLS', 'SSL'].includes(l.protocol.toUpperCase()),
    );
    if (listeners.length === 0) return notApplicable('No HTTPS or TLS listener.');
    const allowed = new RegExp(String(params.allowedPolicyPattern), 'i');
    const weak = listeners.filter((l) => !l.tlsPolicy || !allowed.test(l.tlsPolicy));
    if (weak.length > 0)
      return fail(
        `Listeners with an old or unknown policy: ${weak.map((l) => `${l.port} (${l.tlsPolicy ?? 'none recorded'})`).join(', ')}.`,
        [{ path: 'listeners', value: weak }],
      );
    return pass(`All ${listeners.length} TLS listeners use a TLS 1.2+ policy.`);
  },
});
