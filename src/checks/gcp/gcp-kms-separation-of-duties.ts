import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { bindings, ev, policyScope, rolesByMember } from './util.js';

const USE = [
  'roles/cloudkms.cryptoKeyEncrypterDecrypter',
  'roles/cloudkms.cryptoKeyEncrypter',
  'roles/cloudkms.cryptoKeyDecrypter',
];

export default defineCheck({
  id: 'gcp-kms-separation-of-duties',
  title: 'No one both administers and uses Cloud KMS keys',
  rationale:
    'Cloud KMS Admin can change key policies, rotation and destruction; the encrypter/decrypter roles use keys on ' +
    'data. One principal holding both can grant itself access to encrypted data and cover the change.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['identity.policy'],
  controls: ['KEY-03'],
  remediation: 'Give key administration and key use to different principals.',
  references: { 'cis-gcp-foundations': ['1.11'] },
  evaluate(p) {
    const { scope } = policyScope(p);
    if (scope === 'resource' && !/cloudkms\.googleapis\.com/.test(policyScope(p).target))
      return notApplicable(
        'A policy on a resource other than a project, folder, organization or KMS key ring/key.',
      );
    const both = [...rolesByMember(bindings(p))]
      .filter(([, roles]) => roles.has('roles/cloudkms.admin') && USE.some((u) => roles.has(u)))
      .map(([m]) => m);
    return both.length === 0
      ? pass('KMS administration and key use are held by different principals.')
      : fail(`Principals holding Cloud KMS Admin and a key-use role: ${both.join(', ')}.`, [
          ev('members', both),
        ]);
  },
});
