import type { Resource } from '../../core/index.js';
import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { closedAccount, enabledRegions } from './util.js';

/**
 * CIS AWS 3.3: AWS Config records all resource types in every enabled region. Each region needs a
 * `monitoring.config` recorder of this account that is recording and covers all supported resources.
 */
export default defineCheck({
  id: 'aws-config-enabled-all-regions',
  title: 'AWS Config is recording in every region',
  rationale:
    'AWS Config keeps the configuration history of resources and their relationships: the inventory and the change ' +
    'record needed to detect drift and reconstruct what an attacker changed. Regions without a recorder are blind spots.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['CFG-01', 'CFG-04'],
  remediation:
    'In every enabled region, create a configuration recorder for all supported resource types with a delivery ' +
    'channel, and start it.',
  fix: {
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=CONFIG_ROLE_ARN --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice start-configuration-recorder --configuration-recorder-name default',
    terraform:
      'resource "aws_config_configuration_recorder" "this" {\n  role_arn = aws_iam_role.config.arn\n  recording_group {\n    all_supported = true\n  }\n}\n\nresource "aws_config_configuration_recorder_status" "this" {\n  name = aws_config_configuration_recorder.this.name\n  is_enabled = true\n}',
  },
  references: { 'cis-aws-foundations': ['3.3'] },
  evaluate(account, { inventory }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const regions = enabledRegions(account);
    if (!regions)
      throw new MissingData('raw.Regions', 'the enabled regions of the account were not collected');
    const byRegion = new Map<string, Resource[]>();
    for (const r of inventory.byKind('monitoring.config')) {
      if (r.provider !== 'aws' || r.account !== account.account || !r.region) continue;
      byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r]);
    }
    const missing: string[] = [];
    const unknown: string[] = [];
    for (const region of regions) {
      const recorders = byRegion.get(region) ?? [];
      const states = recorders.map((r) => {
        const p = r.properties as { recorderEnabled?: unknown; allResources?: unknown };
        if (p.recorderEnabled === false || p.allResources === false) return false;
        return p.recorderEnabled === true && p.allResources === true ? true : undefined;
      });
      if (states.includes(true)) continue;
      if (states.includes(undefined)) unknown.push(region);
      else missing.push(region);
    }
    if (missing.length > 0)
      return fail(`AWS Config is not recording all resources in ${missing.join(', ')}.`, [
        { path: 'regions', value: missing },
      ]);
    if (unknown.length > 0)
      throw new MissingData('monitoring.config', `recorder status not collected in ${unknown.join(', ')}`);
    return pass(`AWS Config records all resources in each of ${regions.length} regions.`);
  },
});
