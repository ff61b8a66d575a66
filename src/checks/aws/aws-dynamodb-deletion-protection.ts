import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** Production DynamoDB tables have deletion protection. */
export default defineCheck({
  id: 'aws-dynamodb-deletion-protection',
  title: 'Production DynamoDB tables have deletion protection',
  rationale:
    'Deleting a table is instant and takes its point-in-time history with it. Deletion protection makes that a deliberate two-step act.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.nosql-table'],
  controls: ['CFG-03', 'AVL-04'],
  remediation: 'Enable deletion protection on the table.',
  fix: {
    cli: 'aws dynamodb update-table --table-name TABLE --deletion-protection-enabled',
    terraform: 'resource "aws_dynamodb_table" "this" {\n  deletion_protection_enabled = true\n}',
  },
  params: {
    environmentTag: { description: 'tag key holding the environment', default: 'environment' },
    productionValues: { description: 'values that mark production', default: ['prod', 'production'] },
  },
  evaluate(table, { params }) {
    if (!tagged(table, String(params.environmentTag), params.productionValues as string[]))
      return notApplicable('Not a production table.');
    return need<boolean>(table, 'deletionProtection')
      ? pass('Deletion protection is on.')
      : fail('The table can be deleted in one call.', [{ path: 'deletionProtection', value: false }]);
  },
});
