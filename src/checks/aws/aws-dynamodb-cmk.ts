import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** DynamoDB tables with classified data are encrypted with a customer managed KMS key. */
export default defineCheck({
  id: 'aws-dynamodb-cmk',
  title: 'Sensitive DynamoDB tables use a customer managed KMS key',
  rationale:
    'Tables are always encrypted, by default with a key AWS owns and whose use you cannot see or restrict. A ' +
    'customer managed key puts decryption under your key policy and in CloudTrail.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.nosql-table'],
  controls: ['EAR-02', 'KEY-03'],
  remediation: 'Switch the table encryption to a customer managed KMS key.',
  fix: {
    cli: 'aws dynamodb update-table --table-name TABLE --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY_ARN',
    terraform:
      'resource "aws_dynamodb_table" "this" {\n  server_side_encryption {\n    enabled = true\n    kms_key_arn = aws_kms_key.this.arn\n  }\n}',
  },
  params: {
    classificationTag: {
      description: 'tag key holding the data classification',
      default: 'data-classification',
    },
    sensitiveValues: {
      description: 'classification values that require a customer managed key',
      default: ['confidential', 'restricted', 'sensitive'],
    },
  },
  evaluate(table, { params }) {
    if (!tagged(table, String(params.classificationTag), params.sensitiveValues as string[]))
      return notApplicable('The table is not classified as sensitive.');
    const keyType = need<string>(table, 'encryption.keyType');
    return keyType === 'customer-managed'
      ? pass('The table uses a customer managed key.')
      : fail(`The table is encrypted with a ${keyType} key, not a customer managed one.`, [
          { path: 'encryption.keyType', value: keyType },
        ]);
  },
});
