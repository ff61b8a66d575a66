import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { asNumber, rawAt } from './util.js';

/**
 * Relational: the CloudWatch log group a Lambda function writes to (`LoggingConfig.LogGroup`, else
 * `/aws/lambda/<name>`) exists in the inventory and keeps events for the required days.
 */
export default defineCheck({
  id: 'aws-lambda-log-retention',
  title: 'Lambda function logs are kept long enough',
  rationale:
    'Lambda creates its log group on first run with no retention policy, or a team sets a few days to save cost. ' +
    'Either way the function logs must match the retention needed for investigations.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['compute.function'],
  controls: ['LOG-04', 'LOG-02'],
  remediation:
    'Create the function log group explicitly with the required retention (or set it on the existing group).',
  fix: {
    cli: 'aws logs put-retention-policy --log-group-name /aws/lambda/FUNCTION --retention-in-days 365',
    terraform:
      'resource "aws_cloudwatch_log_group" "fn" {\n  name = format("/aws/lambda/%s", aws_lambda_function.this.function_name)\n  retention_in_days = 365\n}',
  },
  params: { minimumDays: { description: 'shortest acceptable retention', default: 365 } },
  evaluate(fn, { inventory, params }) {
    if (fn.service !== 'lambda') return notApplicable(`A ${fn.service} function, not Lambda.`);
    const name = rawAt(fn, 'FunctionName') ?? fn.name;
    const group =
      rawAt(fn, 'LoggingConfig.LogGroup') ?? (typeof name === 'string' ? `/aws/lambda/${name}` : undefined);
    if (typeof group !== 'string' || !fn.region)
      throw new MissingData('raw.FunctionName', 'the function name or region was not collected');
    const arn = `arn:aws:logs:${fn.region}:${fn.account}:log-group:${group}`;
    const logGroup = inventory.byId(arn) ?? inventory.byId(`${arn}:*`);
    // A function that never ran has no log group yet; one missing from the inventory cannot be told apart.
    if (!logGroup) throw new MissingData('logGroup', `the log group ${group} is not in the inventory`);
    const p = logGroup.properties as { retentionDays?: unknown };
    let days =
      typeof p.retentionDays === 'number' ? p.retentionDays : asNumber(rawAt(logGroup, 'retentionInDays'));
    // describe-log-groups omits retentionInDays when events never expire.
    if (days === undefined && rawAt(logGroup, 'logGroupName') !== undefined) days = 0;
    if (days === undefined)
      throw new MissingData('logGroup.retentionDays', `the retention of ${group} was not collected`);
    const min = Number(params.minimumDays);
    if (days === 0) return pass(`${group} keeps events indefinitely.`);
    return days >= min
      ? pass(`${group} keeps events ${days} days.`)
      : fail(`${group} deletes events after ${days} days, fewer than ${min}.`, [
          { path: 'retentionDays', value: days, resource: logGroup.id },
        ]);
  },
});
