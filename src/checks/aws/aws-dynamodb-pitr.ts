import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt, tagged } from './util.js';

/** DynamoDB tables have point-in-time recovery. */
export default defineCheck({
  id: 'aws-dynamodb-pitr',
  title: 'DynamoDB tables have point-in-time recovery',
  rationale:
    'Point-in-time recovery lets a table be restored to any second of the last 35 days, undoing a bad deployment, ' +
    'a runaway batch job or a malicious delete that on-demand backups would have missed.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.nosql-table'],
  controls: ['BAK-01'],
  remediation: 'Enable point-in-time recovery on the table.',
  fix: {
    cli: 'aws dynamodb update-continuous-backups --table-name TABLE --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    terraform:
      'resource "aws_dynamodb_table" "this" {\n  point_in_time_recovery {\n    enabled = true\n  }\n}',
  },
  params: {
    exemptTag: {
      description: 'tag key marking tables of disposable data (value "true")',
      default: 'ephemeral',
    },
  },
  evaluate(table, { params }) {
    if (rawAt(table, 'TableStatus') === 'DELETING') return notApplicable('The table is being deleted.');
    if (tagged(table, String(params.exemptTag), ['true']))
      return notApplicable('Marked as holding disposable data.');
    return need<boolean>(table, 'pointInTimeRecovery')
      ? pass('Point-in-time recovery is on.')
      : fail('Point-in-time recovery is off.', [{ path: 'pointInTimeRecovery', value: false }]);
  },
});
