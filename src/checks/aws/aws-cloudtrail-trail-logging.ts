import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt } from './util.js';

/** Every configured trail is actually logging (not stopped). */
export default defineCheck({
  id: 'aws-cloudtrail-trail-logging',
  title: 'CloudTrail trails are logging',
  rationale:
    'A stopped trail still looks configured in a quick review but records nothing. Stopping a trail is also a ' +
    'common step in covering tracks.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['logging.trail'],
  controls: ['LOG-01'],
  remediation:
    'Start logging on the trail and find out who stopped it, and why, in CloudTrail event history.',
  fix: { cli: 'aws cloudtrail start-logging --name TRAIL' },
  evaluate(trail) {
    // Shadow copies of a multi-region or organisation trail are managed from their home region or account.
    const home = rawAt(trail, 'HomeRegion');
    if (typeof home === 'string' && trail.region && home !== trail.region)
      return notApplicable(`A copy of a trail managed from ${home}.`);
    return need<boolean>(trail, 'logging')
      ? pass('The trail is logging.', [{ path: 'logging', value: true }])
      : fail('The trail is stopped.', [{ path: 'logging', value: false }]);
  },
});
