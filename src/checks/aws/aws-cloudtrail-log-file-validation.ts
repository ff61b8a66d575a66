import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** CIS AWS 3.2: log file integrity validation is on for the trail. */
export default defineCheck({
  id: 'aws-cloudtrail-log-file-validation',
  title: 'CloudTrail log file validation is enabled',
  rationale:
    'Validation writes signed digest files, so anyone can later prove whether a log file was changed or deleted ' +
    'after delivery. Without it, tampered logs cannot be told from genuine ones.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['logging.trail'],
  controls: ['LOG-04', 'IR-03'],
  remediation: 'Enable log file validation on the trail.',
  fix: {
    cli: 'aws cloudtrail update-trail --name TRAIL --enable-log-file-validation',
    terraform: 'resource "aws_cloudtrail" "this" {\n  enable_log_file_validation = true\n}',
  },
  references: { 'cis-aws-foundations': ['3.2'] },
  evaluate(trail) {
    if (trail.properties.logging === false) return notApplicable('The trail is not logging.');
    return need<boolean>(trail, 'logFileValidation')
      ? pass('Log file validation is enabled.', [{ path: 'logFileValidation', value: true }])
      : fail('Log file validation is disabled.', [{ path: 'logFileValidation', value: false }]);
  },
});
