import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt } from './util.js';

/** Secrets Manager secrets rotate automatically. */
export default defineCheck({
  id: 'aws-secretsmanager-rotation',
  title: 'Secrets Manager secrets rotate automatically',
  rationale:
    'A secret that never changes stays valid in every copy ever made: old laptops, logs, former staff. Automatic ' +
    'rotation bounds that exposure to the rotation interval.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['secrets.secret'],
  controls: ['IAM-06', 'KEY-02'],
  remediation: 'Configure a rotation function (or managed rotation) and a schedule for the secret.',
  fix: {
    cli: 'aws secretsmanager rotate-secret --secret-id SECRET --rotation-lambda-arn FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30',
  },
  evaluate(secret) {
    if (secret.service !== 'secrets-manager') return notApplicable(`A ${secret.service} secret.`);
    if (rawAt(secret, 'DeletedDate') !== undefined)
      return notApplicable('The secret is scheduled for deletion.');
    // Secrets managed by another service (RDS master passwords, …) are rotated by that service.
    const owner = rawAt(secret, 'OwningService');
    if (typeof owner === 'string') return notApplicable(`Managed and rotated by ${owner}.`);
    return need<boolean>(secret, 'rotationEnabled')
      ? pass('Automatic rotation is on.')
      : fail('The secret is never rotated automatically.', [{ path: 'rotationEnabled', value: false }]);
  },
});
