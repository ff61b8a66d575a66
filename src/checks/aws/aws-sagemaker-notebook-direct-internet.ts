import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRaw, rawAt } from './util.js';

/** SageMaker notebook instances have direct internet access disabled (`DirectInternetAccess`). */
export default defineCheck({
  id: 'aws-sagemaker-notebook-direct-internet',
  title: 'SageMaker notebooks have no direct internet access',
  rationale:
    'Notebooks hold credentials and training data. With direct internet access, any code run in them can send data anywhere, bypassing the VPC controls.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['ml.notebook'],
  controls: ['NET-03', 'NET-05'],
  remediation:
    'Recreate the notebook in a VPC subnet with direct internet access disabled, using VPC endpoints or a proxy.',
  fix: {
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET_ID --security-group-ids SG_ID --direct-internet-access Disabled',
  },
  evaluate(nb) {
    if (rawAt(nb, 'NotebookInstanceStatus') === 'Deleting')
      return notApplicable('The notebook is being deleted.');
    const v = String(needRaw(nb, 'DirectInternetAccess'));
    return v === 'Disabled'
      ? pass('Direct internet access is disabled.')
      : fail('The notebook has direct internet access.', [{ path: 'raw.DirectInternetAccess', value: v }]);
  },
});
