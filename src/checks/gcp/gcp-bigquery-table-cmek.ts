import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, need, value } from './util.js';

export default defineCheck({
  id: 'gcp-bigquery-table-cmek',
  title: 'BigQuery tables are encrypted with customer-managed keys',
  rationale:
    'With a Cloud KMS key the organisation controls, access to table data also requires access to the key, which ' +
    'can be audited, rotated and revoked independently of BigQuery permissions.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['database.warehouse'],
  controls: ['EAR-02'],
  remediation:
    'Re-create or copy the table with a Cloud KMS key (--destination_kms_key), and set a default key on the dataset.',
  fix: {
    cli: 'bq cp --destination_kms_key=projects/P/locations/L/keyRings/R/cryptoKeys/K DATASET.TABLE DATASET.TABLE',
  },
  references: { 'cis-gcp-foundations': ['7.2'] },
  evaluate(table) {
    if (!isAsset(table, A.table)) return notApplicable('Not a BigQuery table.');
    const type = String(need<string>(table, 'type'));
    if (type === 'VIEW' || type === 'EXTERNAL')
      return notApplicable(`A ${type.toLowerCase()} stores no data of its own.`);
    const key = value<string>(table, 'encryptionConfiguration.kmsKeyName');
    return key
      ? pass('Encrypted with a Cloud KMS key.', [ev('kmsKeyName', key)])
      : fail('Encrypted with a Google-managed key.', [ev('kmsKeyName', null)]);
  },
});
