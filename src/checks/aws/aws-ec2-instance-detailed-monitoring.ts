import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isStopped, tagged } from './util.js';

/** Production instances have detailed (one-minute) CloudWatch monitoring. */
export default defineCheck({
  id: 'aws-ec2-instance-detailed-monitoring',
  title: 'Production EC2 instances have detailed monitoring',
  rationale:
    'Five-minute metrics smooth over the spikes that precede outages and hide short bursts such as crypto mining. ' +
    'One-minute metrics make alarms and scaling react in time.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['compute.instance'],
  controls: ['AVL-03', 'LOG-05'],
  remediation: 'Enable detailed monitoring on the instance (or in its launch template).',
  fix: {
    cli: 'aws ec2 monitor-instances --instance-ids INSTANCE_ID',
    terraform: 'resource "aws_instance" "this" {\n  monitoring = true\n}',
  },
  params: {
    environmentTag: { description: 'tag key holding the environment', default: 'environment' },
    productionValues: { description: 'values that mark production', default: ['prod', 'production'] },
  },
  evaluate(instance, { params }) {
    if (isStopped(instance.properties.state))
      return notApplicable(`The instance is ${instance.properties.state}.`);
    if (!tagged(instance, String(params.environmentTag), params.productionValues as string[]))
      return notApplicable('Not a production instance.');
    return need<boolean>(instance, 'monitoring')
      ? pass('Detailed monitoring is on.')
      : fail('Only basic five-minute monitoring is on.', [{ path: 'monitoring', value: false }]);
  },
});
