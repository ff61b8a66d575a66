import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { needRawObject, rawAt } from './util.js';

/** The trail also delivers to CloudWatch Logs, where metric filters and alarms can watch it in near real time. */
export default defineCheck({
  id: 'aws-cloudtrail-cloudwatch-logs',
  title: 'CloudTrail trails deliver to CloudWatch Logs',
  rationale:
    'Logs that only land in S3 are read after the fact. Sending the trail to CloudWatch Logs (or a SIEM) lets ' +
    'alarms fire on root use, policy changes and other events while they happen.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['logging.trail'],
  controls: ['LOG-05'],
  remediation:
    'Configure the trail with a CloudWatch Logs group and a role CloudTrail can use to write to it.',
  fix: {
    cli: 'aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN',
  },
  params: {
    monitoredElsewhere: { description: 'trail logs are shipped to an external SIEM instead', default: false },
  },
  evaluate(trail, { params }) {
    if (params.monitoredElsewhere === true)
      return notApplicable('Trail logs are watched by an external SIEM.');
    if (trail.properties.logging === false) return notApplicable('The trail is not logging.');
    needRawObject(trail);
    const group = rawAt(trail, 'CloudWatchLogsLogGroupArn');
    if (group !== undefined && typeof group !== 'string')
      throw new MissingData('raw.CloudWatchLogsLogGroupArn', 'unreadable');
    return group
      ? pass(`The trail delivers to ${group}.`, [{ path: 'raw.CloudWatchLogsLogGroupArn', value: group }])
      : fail('The trail does not deliver to CloudWatch Logs.');
  },
});
