import type { CheckCase } from '../testing.js';
import { aws, daysAgo, daysAhead } from './fixture-kit.js';

const cert = (raw: Record<string, unknown>, service = 'iam') =>
  aws('crypto.certificate', {}, { service, raw });

export const cases: CheckCase[] = [
  {
    name: 'valid for a year',
    expect: 'pass',
    resource: cert({ ServerCertificateName: 'web', Expiration: daysAhead(365) }),
  },
  {
    name: 'expired last month',
    expect: 'fail',
    resource: cert({ ServerCertificateName: 'old', Expiration: daysAgo(30) }),
  },
  {
    name: 'metadata shape',
    expect: 'fail',
    resource: cert({ ServerCertificateMetadata: { ServerCertificateName: 'old', Expiration: daysAgo(2) } }),
  },
  {
    name: 'an ACM certificate',
    expect: 'not_applicable',
    resource: cert({ CertificateArn: 'arn:aws:acm:x' }, 'acm'),
  },
  { name: 'expiry unknown', expect: 'error', resource: cert({ ServerCertificateName: 'web' }) },
];
