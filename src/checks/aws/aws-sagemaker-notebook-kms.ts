import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRawObject, rawAt } from './util.js';

/** SageMaker notebook storage volumes are encrypted with a customer managed KMS key (`KmsKeyId`). */
export default defineCheck({
  id: 'aws-sagemaker-notebook-kms',
  title: 'SageMaker notebook volumes use a customer managed KMS key',
  rationale:
    'Notebook volumes keep datasets, model artefacts and cached credentials. A customer managed key puts access to them under your key policy.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['ml.notebook'],
  controls: ['EAR-02'],
  remediation: 'Recreate the notebook with a KmsKeyId (the key cannot be changed on an existing instance).',
  evaluate(nb) {
    needRawObject(nb);
    if (rawAt(nb, 'NotebookInstanceStatus') === 'Deleting')
      return notApplicable('The notebook is being deleted.');
    // describe-notebook-instance omits KmsKeyId when no customer key was given.
    const key = rawAt(nb, 'KmsKeyId');
    return typeof key === 'string' && key !== ''
      ? pass(`Encrypted with ${key}.`)
      : fail('The notebook volume uses the AWS managed key.');
  },
});
