import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { loadBalancerType } from './util.js';

/** Load balancers write access logs to S3. */
export default defineCheck({
  id: 'aws-elb-access-logs',
  title: 'Load balancers have access logging enabled',
  rationale:
    'Access logs record each request with its client address, path, status and TLS details. They are the web ' +
    'request history an investigation of an application attack relies on.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.load-balancer'],
  controls: ['LOG-02', 'LOG-03'],
  remediation: 'Enable access logs to an S3 bucket whose policy allows the regional ELB log delivery.',
  fix: {
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=LOG_BUCKET',
    terraform:
      'resource "aws_lb" "this" {\n  access_logs {\n    bucket = aws_s3_bucket.logs.id\n    enabled = true\n  }\n}',
  },
  evaluate(lb) {
    if (loadBalancerType(lb) === 'gateway')
      return notApplicable('Gateway Load Balancers have no access logs (use VPC flow logs).');
    return need<boolean>(lb, 'accessLogging')
      ? pass('Access logs are enabled.')
      : fail('Access logs are disabled.', [{ path: 'accessLogging', value: false }]);
  },
});
