import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt, relationTargets } from './util.js';

/**
 * CIS AWS 1.18: instances get AWS access from an instance role rather than stored keys. The role comes from the
 * normalized `role`, a `uses-role` relation, or the describe-instances document, where a missing
 * `IamInstanceProfile` means the instance has none.
 */
export default defineCheck({
  id: 'aws-ec2-instance-role-attached',
  title: 'EC2 instances use an IAM instance role',
  rationale:
    'Access keys copied onto a server never rotate and leak with every disk snapshot or backup. An instance role ' +
    'delivers short-lived credentials that rotate on their own.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['compute.instance'],
  controls: ['IAM-06'],
  remediation:
    'Attach an instance profile with the permissions the workload needs and remove any keys stored on the instance.',
  fix: {
    cli: 'aws ec2 associate-iam-instance-profile --instance-id INSTANCE_ID --iam-instance-profile Name=PROFILE',
  },
  references: { 'cis-aws-foundations': ['1.18'] },
  evaluate(instance) {
    if (instance.properties.state === 'terminated') return notApplicable('The instance is terminated.');
    const role =
      instance.properties.role ||
      relationTargets(instance, 'uses-role')[0] ||
      rawAt(instance, 'IamInstanceProfile.Arn');
    if (typeof role === 'string' && role !== '')
      return pass(`The instance uses ${role}.`, [{ path: 'role', value: role }]);
    if (rawAt(instance, 'InstanceId') === undefined) need<string>(instance, 'role');
    return fail('The instance has no IAM instance profile.', [
      { path: 'raw.IamInstanceProfile', value: null },
    ]);
  },
});
