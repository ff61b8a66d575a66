import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { daysUntil, rawAt } from './util.js';

/** CIS AWS 1.19: expired SSL/TLS server certificates stored in IAM are removed. */
export default defineCheck({
  id: 'aws-iam-server-certificate-expired',
  title: 'No expired server certificates are stored in IAM',
  rationale:
    'An expired certificate left in IAM can be deployed to a load balancer by mistake, breaking clients or ' +
    'training them to click through warnings. Removing them keeps the store to what is valid.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['crypto.certificate'],
  controls: ['EIT-04'],
  remediation: 'Delete expired server certificates from IAM (and prefer ACM, which renews its certificates).',
  fix: { cli: 'aws iam delete-server-certificate --server-certificate-name NAME' },
  references: { 'cis-aws-foundations': ['1.19'] },
  evaluate(cert) {
    if (cert.service !== 'iam') return notApplicable('Not an IAM server certificate.');
    const expiration = rawAt(cert, 'Expiration') ?? rawAt(cert, 'ServerCertificateMetadata.Expiration');
    const days = daysUntil(expiration);
    if (days === undefined)
      throw new MissingData('raw.Expiration', 'the expiry date of the certificate was not collected');
    return days < 0
      ? fail(`The certificate expired ${-days} days ago.`, [{ path: 'raw.Expiration', value: expiration }])
      : pass(`The certificate is valid for another ${days} days.`, [
          { path: 'raw.Expiration', value: expiration },
        ]);
  },
});
