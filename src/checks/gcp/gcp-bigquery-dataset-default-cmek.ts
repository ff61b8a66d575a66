import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, value } from './util.js';

export default defineCheck({
  id: 'gcp-bigquery-dataset-default-cmek',
  title: 'BigQuery datasets have a default customer-managed key',
  rationale:
    'A default Cloud KMS key on the dataset makes every new table in it customer-key encrypted without anyone ' +
    'having to remember to ask for it.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['database.warehouse'],
  controls: ['EAR-02'],
  remediation: 'Set a default Cloud KMS key on the dataset.',
  fix: { cli: 'bq update --default_kms_key=projects/P/locations/L/keyRings/R/cryptoKeys/K PROJECT:DATASET' },
  references: { 'cis-gcp-foundations': ['7.3'] },
  evaluate(ds) {
    if (!isAsset(ds, A.dataset)) return notApplicable('Not a BigQuery dataset.');
    if (value(ds, 'datasetReference') === undefined)
      throw new MissingData('raw.datasetReference', 'the dataset was not collected');
    const key = value<string>(ds, 'defaultEncryptionConfiguration.kmsKeyName');
    return key
      ? pass('New tables are encrypted with a Cloud KMS key by default.', [ev('defaultKmsKeyName', key)])
      : fail('The dataset has no default Cloud KMS key.', [ev('defaultKmsKeyName', null)]);
  },
});
