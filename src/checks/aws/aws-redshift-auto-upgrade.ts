import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** Redshift clusters accept engine version upgrades in the maintenance window (`AllowVersionUpgrade`). */
export default defineCheck({
  id: 'aws-redshift-auto-upgrade',
  title: 'Redshift clusters receive version upgrades',
  rationale:
    'Version upgrades bring security fixes to the warehouse engine. Refusing them leaves known flaws in place.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['database.warehouse'],
  controls: ['OS-04', 'VUL-02'],
  remediation: 'Allow version upgrades and pick a maintenance window.',
  fix: { cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --allow-version-upgrade' },
  evaluate(cluster) {
    if (rawAt(cluster, 'ClusterStatus') === 'deleting') return notApplicable('The cluster is being deleted.');
    return rawFlagOutcome(
      cluster,
      'AllowVersionUpgrade',
      true,
      'Version upgrades are applied.',
      'Version upgrades are refused.',
    );
  },
});
