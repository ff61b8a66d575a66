import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'RSA 2048',
    expect: 'pass',
    resource: aws('crypto.certificate', {}, { service: 'acm', raw: { KeyAlgorithm: 'RSA_2048' } }),
  },
  {
    name: 'ECDSA P-256',
    expect: 'pass',
    resource: aws('crypto.certificate', {}, { service: 'acm', raw: { KeyAlgorithm: 'EC_prime256v1' } }),
  },
  {
    name: 'RSA 1024',
    expect: 'fail',
    resource: aws('crypto.certificate', {}, { service: 'acm', raw: { KeyAlgorithm: 'RSA_1024' } }),
  },
  {
    name: 'IAM certificate',
    expect: 'not_applicable',
    resource: aws('crypto.certificate', {}, { service: 'iam' }),
  },
  {
    name: 'unknown',
    expect: 'error',
    resource: aws('crypto.certificate', {}, { service: 'acm', raw: { DomainName: 'x' } }),
  },
];
