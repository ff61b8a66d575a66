import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-secrets-encryption',
  title: 'GKE Secrets are encrypted with a Cloud KMS key',
  rationale:
    'Kubernetes Secrets are stored in etcd; application-layer encryption with a Cloud KMS key adds a key the ' +
    'organisation controls, so etcd data or backups alone do not reveal them.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['EAR-02', 'KEY-01'],
  remediation: 'Enable application-layer secrets encryption on the cluster with a Cloud KMS key.',
  fix: {
    cli: 'gcloud container clusters update CLUSTER --location=LOCATION --database-encryption-key=projects/P/locations/L/keyRings/R/cryptoKeys/K',
  },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    const normalized = norm<Record<string, unknown>>(cluster, 'secretsEncryption');
    if (normalized !== undefined)
      return normalized.keyType === 'customer-managed'
        ? pass('Secrets are encrypted with a customer-managed key.')
        : fail('Secrets are not encrypted with a customer-managed key.');
    needBody(cluster);
    const state = String(value(cluster, 'databaseEncryption.state') ?? 'DECRYPTED');
    const key = value<string>(cluster, 'databaseEncryption.keyName');
    return state === 'ENCRYPTED' && key
      ? pass('Secrets are encrypted with a Cloud KMS key.', [
          ev('databaseEncryption', { state, keyName: key }),
        ])
      : fail('Application-layer secrets encryption is off.', [ev('databaseEncryption.state', state)]);
  },
});
