import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { rawAt } from './util.js';

/** ACM certificates use RSA keys of at least 2048 bits, or ECDSA keys. */
export default defineCheck({
  id: 'aws-acm-certificate-key-length',
  title: 'ACM certificates use strong keys',
  rationale:
    'RSA keys shorter than 2048 bits are within reach of well-funded attackers and rejected by modern clients.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['crypto.certificate'],
  controls: ['EIT-04', 'EIT-01'],
  remediation:
    'Request or import a replacement certificate with RSA 2048+ or an ECDSA key and switch the listeners to it.',
  fix: {
    cli: 'aws acm request-certificate --domain-name DOMAIN --validation-method DNS --key-algorithm EC_prime256v1',
  },
  evaluate(cert) {
    if (cert.service !== 'acm') return notApplicable('Not an ACM certificate.');
    const alg = rawAt(cert, 'KeyAlgorithm');
    if (typeof alg !== 'string')
      throw new MissingData('raw.KeyAlgorithm', 'the key algorithm was not collected');
    const m = /^RSA[-_](\d+)/i.exec(alg);
    if (m && Number(m[1]) < 2048)
      return fail(`The certificate key is ${alg}.`, [{ path: 'raw.KeyAlgorithm', value: alg }]);
    return pass(`The certificate key is ${alg}.`);
  },
});
