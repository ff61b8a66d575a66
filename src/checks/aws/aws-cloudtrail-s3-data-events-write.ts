import { defineCheck, notApplicable } from '../define.js';
import { activeMultiRegion, anyTrail, recordsS3DataEvents } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 3.8: a logging trail records S3 object-level write events for all buckets. */
export default defineCheck({
  id: 'aws-cloudtrail-s3-data-events-write',
  title: 'CloudTrail records S3 object-level write events',
  rationale:
    'Management events do not show who changed or deleted objects. Object-level data events do, which is ' +
    'what an investigation of tampering or ransomware needs.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['LOG-02'],
  remediation:
    'Add a data event selector for AWS::S3::Object on all buckets (write or all events) to a multi-region trail.',
  fix: {
    cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL --event-selectors \'[{"ReadWriteType":"WriteOnly","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]\'',
    terraform:
      'resource "aws_cloudtrail" "this" {\n  event_selector {\n    read_write_type = "WriteOnly"\n    data_resource {\n      type = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}',
  },
  references: { 'cis-aws-foundations': ['3.8'] },
  evaluate(account, { inventory }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    return anyTrail(
      account,
      inventory,
      (t) => {
        const active = activeMultiRegion(t);
        const s3 = recordsS3DataEvents(t, 'write');
        if (active === false || s3 === false) return false;
        return active === true && s3 === true ? true : undefined;
      },
      'records S3 object-level write events for all buckets',
    );
  },
});
