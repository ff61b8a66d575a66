import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt } from './util.js';

/** A configuration recorder is on and records every supported resource type (part of CIS AWS 3.3). */
export default defineCheck({
  id: 'aws-config-recorder-all-resources',
  title: 'AWS Config recorders record all resource types',
  rationale:
    'A recorder limited to a few resource types or left stopped gives a partial inventory and misses the changes an ' +
    'investigation or drift detection needs.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['monitoring.config'],
  controls: ['CFG-01', 'CFG-04'],
  remediation: 'Set the recording group to all supported resource types and start the recorder.',
  fix: {
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=CONFIG_ROLE_ARN --recording-group allSupported=true && aws configservice start-configuration-recorder --configuration-recorder-name default',
  },
  references: { 'cis-aws-foundations': ['3.3'] },
  evaluate(recorder) {
    // Service-linked recorders belong to another AWS service and record only what it needs.
    if (rawAt(recorder, 'servicePrincipal'))
      return notApplicable(`A service-linked recorder of ${String(rawAt(recorder, 'servicePrincipal'))}.`);
    const enabled = need<boolean>(recorder, 'recorderEnabled');
    if (!enabled)
      return fail('The configuration recorder is not recording.', [
        { path: 'recorderEnabled', value: false },
      ]);
    const all = need<boolean>(recorder, 'allResources');
    return all
      ? pass('The recorder is on and records all supported resource types.')
      : fail('The recorder records only selected resource types.', [{ path: 'allResources', value: false }]);
  },
});
