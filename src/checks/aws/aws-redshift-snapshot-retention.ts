import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRawNumber, rawAt } from './util.js';

/** Redshift automated snapshots are kept at least the required days (`AutomatedSnapshotRetentionPeriod`). */
export default defineCheck({
  id: 'aws-redshift-snapshot-retention',
  title: 'Redshift automated snapshots are kept long enough',
  rationale:
    'Automated snapshots are the restore points of the warehouse; a short retention (or 0, which disables them) limits how far back recovery can go.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.warehouse'],
  controls: ['BAK-01'],
  remediation: 'Raise the automated snapshot retention period.',
  fix: {
    cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --automated-snapshot-retention-period 7',
  },
  params: { minimumDays: { description: 'shortest acceptable retention', default: 7 } },
  evaluate(cluster, { params }) {
    if (rawAt(cluster, 'ClusterStatus') === 'deleting') return notApplicable('The cluster is being deleted.');
    const days = needRawNumber(cluster, 'AutomatedSnapshotRetentionPeriod');
    const min = Number(params.minimumDays);
    return days >= min
      ? pass(`Snapshots are kept ${days} days.`)
      : fail(`Snapshots are kept ${days} days, fewer than ${min}.`, [
          { path: 'raw.AutomatedSnapshotRetentionPeriod', value: days },
        ]);
  },
});
