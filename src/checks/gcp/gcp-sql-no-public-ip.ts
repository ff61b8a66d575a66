import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, need } from './util.js';

export default defineCheck({
  id: 'gcp-sql-no-public-ip',
  title: 'Cloud SQL instances use private IP only',
  rationale:
    'A public IPv4 address makes the instance reachable from the internet wherever authorized networks allow it. ' +
    'Private IP keeps database traffic inside the VPC, and clients outside can use the Cloud SQL Auth Proxy.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['database.instance'],
  controls: ['NET-05', 'DATA-03'],
  remediation:
    'Configure private IP (private services access or Private Service Connect) and remove the public IP.',
  fix: {
    cli: 'gcloud sql instances patch INSTANCE --network=projects/PROJECT/global/networks/VPC --no-assign-ip',
  },
  references: { 'cis-gcp-foundations': ['6.2.9', '6.6'] },
  evaluate(db) {
    if (!isAsset(db, A.sqlInstance)) return notApplicable('Not a Cloud SQL instance.');
    const enabled = need<boolean>(db, 'settings.ipConfiguration.ipv4Enabled');
    return enabled
      ? fail('The instance has a public IPv4 address.', [ev('ipv4Enabled', true)])
      : pass('The instance has no public IP.', [ev('ipv4Enabled', false)]);
  },
});
