import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** CIS AWS 5.6: instances require IMDSv2 session tokens (HttpTokens = required) or have the metadata service off. */
export default defineCheck({
  id: 'aws-ec2-instance-imdsv2',
  title: 'EC2 instances require IMDSv2',
  rationale:
    'With IMDSv1, a server-side request forgery bug or a misconfigured proxy is enough to read the instance role ' +
    'credentials from the metadata service. IMDSv2 requires a session token obtained with a PUT, which such bugs ' +
    'rarely can send.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['compute.instance'],
  controls: ['OS-02', 'IAM-06'],
  remediation:
    'Set the instance metadata options to HttpTokens=required (and require IMDSv2 in launch templates and AMIs).',
  fix: {
    cli: 'aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-tokens required --http-endpoint enabled',
    terraform: 'resource "aws_instance" "this" {\n  metadata_options {\n    http_tokens = "required"\n  }\n}',
  },
  references: { 'cis-aws-foundations': ['5.6'] },
  evaluate(instance) {
    const state = instance.properties.state;
    if (state === 'terminated' || state === 'shutting-down')
      return notApplicable(`The instance is ${state}.`);
    return need<boolean>(instance, 'metadataTokensRequired')
      ? pass('The metadata service requires session tokens (IMDSv2).', [
          { path: 'metadataTokensRequired', value: true },
        ])
      : fail('The metadata service still answers IMDSv1 requests.', [
          { path: 'metadataTokensRequired', value: false },
        ]);
  },
});
