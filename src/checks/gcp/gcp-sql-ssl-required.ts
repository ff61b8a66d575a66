import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, need, norm, value } from './util.js';

const ENCRYPTED = ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'];

export default defineCheck({
  id: 'gcp-sql-ssl-required',
  title: 'Cloud SQL instances accept only encrypted connections',
  rationale:
    'Unless the instance rejects unencrypted connections, any client that does not ask for TLS sends credentials ' +
    'and data in clear text over the network.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['database.instance'],
  controls: ['EIT-01', 'EIT-02'],
  remediation:
    'Set the instance SSL mode to ENCRYPTED_ONLY (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED); connect through the Cloud SQL connectors.',
  fix: { cli: 'gcloud sql instances patch INSTANCE --ssl-mode=ENCRYPTED_ONLY' },
  references: { 'cis-gcp-foundations': ['6.4'] },
  evaluate(db) {
    if (!isAsset(db, A.sqlInstance)) return notApplicable('Not a Cloud SQL instance.');
    const normalized = norm<boolean>(db, 'tlsRequired');
    if (normalized !== undefined)
      return normalized
        ? pass('Encrypted connections are required.')
        : fail('Unencrypted connections are accepted.');
    const ip = need<Record<string, unknown>>(db, 'settings.ipConfiguration', 'tlsRequired');
    const mode = value<string>(db, 'settings.ipConfiguration.sslMode');
    const required = mode !== undefined ? ENCRYPTED.includes(mode) : ip.requireSsl === true;
    const evidence = [ev('ipConfiguration', { sslMode: mode ?? null, requireSsl: ip.requireSsl ?? false })];
    return required
      ? pass(`Only encrypted connections are accepted (${mode ?? 'requireSsl'}).`, evidence)
      : fail('The instance accepts unencrypted connections.', evidence);
  },
});
