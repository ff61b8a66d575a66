import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { daysUntil, rawAt } from './util.js';

/** ACM certificates in use are not about to expire (imported ones in particular do not renew). */
export default defineCheck({
  id: 'aws-acm-certificate-expiry',
  title: 'ACM certificates are not close to expiry',
  rationale:
    'An expired certificate breaks every client at once. ACM renews the certificates it issues when validation ' +
    'still works, but imported certificates and failed renewals need someone to act in time.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['crypto.certificate'],
  controls: ['EIT-04'],
  remediation: 'Renew (re-import) the certificate, or fix DNS validation so ACM can renew it.',
  fix: {
    cli: 'aws acm import-certificate --certificate-arn CERT_ARN --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem',
  },
  params: { warningDays: { description: 'days before expiry that fail the check', default: 30 } },
  evaluate(cert, { params }) {
    if (cert.service !== 'acm') return notApplicable('Not an ACM certificate.');
    const inUse = rawAt(cert, 'InUseBy');
    if (Array.isArray(inUse) && inUse.length === 0) return notApplicable('The certificate is not in use.');
    const notAfter = rawAt(cert, 'NotAfter');
    const days = daysUntil(notAfter);
    if (days === undefined)
      throw new MissingData('raw.NotAfter', 'the certificate expiry date was not collected');
    const limit = Number(params.warningDays);
    if (days < 0)
      return fail(`The certificate expired ${-days} days ago.`, [{ path: 'raw.NotAfter', value: notAfter }]);
    return days < limit
      ? fail(`The certificate expires in ${days} days.`, [{ path: 'raw.NotAfter', value: notAfter }])
      : pass(`Valid for another ${days} days.`);
  },
});
