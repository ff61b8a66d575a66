import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRaw, rawAt } from './util.js';

/** SageMaker notebook users do not get root on the instance (`RootAccess`). */
export default defineCheck({
  id: 'aws-sagemaker-notebook-root-access',
  title: 'SageMaker notebooks do not give users root access',
  rationale:
    "Root on the notebook lets a user change its network and security settings, install anything and read other users' files and credentials.",
  severity: 'medium',
  providers: ['aws'],
  kinds: ['ml.notebook'],
  controls: ['IAM-03', 'OS-02'],
  remediation: 'Set RootAccess to Disabled and install needed packages through lifecycle configurations.',
  fix: { cli: 'aws sagemaker update-notebook-instance --notebook-instance-name NAME --root-access Disabled' },
  evaluate(nb) {
    if (rawAt(nb, 'NotebookInstanceStatus') === 'Deleting')
      return notApplicable('The notebook is being deleted.');
    const v = String(needRaw(nb, 'RootAccess'));
    return v === 'Disabled'
      ? pass('Users do not get root.')
      : fail('Notebook users have root access.', [{ path: 'raw.RootAccess', value: v }]);
  },
});
