import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { field, needRawObject } from './util.js';

/** SNS topics encrypt messages at rest with KMS (`get-topic-attributes` → `Attributes.KmsMasterKeyId`). */
export default defineCheck({
  id: 'aws-sns-encryption',
  title: 'SNS topics are encrypted at rest',
  rationale:
    'SNS stores messages until they are delivered. KMS encryption keeps alert contents and event payloads protected while they sit in the service.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['messaging.topic'],
  controls: ['EAR-01'],
  remediation:
    'Set a KMS key on the topic (a customer managed key if publishers are in other accounts or services).',
  fix: {
    cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
    terraform: 'resource "aws_sns_topic" "this" {\n  kms_master_key_id = "alias/aws/sns"\n}',
  },
  evaluate(topic) {
    if (topic.service !== 'sns') return notApplicable(`A ${topic.service} topic, not SNS.`);
    const attrs = needRawObject(topic, 'Attributes');
    const key = field(attrs, 'KmsMasterKeyId');
    return typeof key === 'string' && key !== ''
      ? pass(`Encrypted with ${key}.`)
      : fail('The topic is not encrypted at rest.', [{ path: 'raw.Attributes.KmsMasterKeyId', value: null }]);
  },
});
