import { defineCheck, notApplicable } from '../define.js';
import { activeMultiRegion, anyTrail, recordsAllManagementEvents } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 3.1: at least one logging, multi-region trail records read and write management events. */
export default defineCheck({
  id: 'aws-cloudtrail-enabled-all-regions',
  title: 'CloudTrail records management events in all regions',
  rationale:
    'CloudTrail is the record of who did what through the AWS API. A multi-region trail capturing read and write ' +
    'management events is the minimum needed to investigate an incident, including activity in unused regions.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['LOG-01'],
  remediation:
    'Create (or update) a trail with multi-region on, logging started, and an event selector for all management ' +
    'events, read and write.',
  fix: {
    cli: 'aws cloudtrail create-trail --name org-trail --s3-bucket-name TRAIL_BUCKET --is-multi-region-trail && aws cloudtrail start-logging --name org-trail',
    terraform:
      'resource "aws_cloudtrail" "this" {\n  name = "org-trail"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n  event_selector {\n    read_write_type = "All"\n    include_management_events = true\n  }\n}',
  },
  references: { 'cis-aws-foundations': ['3.1'] },
  evaluate(account, { inventory }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    return anyTrail(
      account,
      inventory,
      (t) => {
        const active = activeMultiRegion(t);
        if (active === false) return false;
        const events = recordsAllManagementEvents(t);
        if (events === false) return false;
        return active === true && events === true ? true : undefined;
      },
      'records read and write management events in every region',
    );
  },
});
