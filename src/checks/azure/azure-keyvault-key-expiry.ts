import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isType, T, vaultObjectEnabled, vaultObjectExpiry } from './util.js';

export default defineCheck({
  id: 'azure-keyvault-key-expiry',
  title: 'Key Vault keys have an expiration date',
  rationale:
    'A key without an expiration date can be used indefinitely, giving anyone who obtains it unlimited time. An ' +
    'expiry date forces a deliberate renewal and bounds the cryptoperiod.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['crypto.key'],
  controls: ['KEY-02'],
  remediation:
    'Set an expiration date on every enabled key (or a rotation policy that sets one on each new version).',
  fix: { cli: 'az keyvault key set-attributes --vault-name VAULT --name KEY --expires 2026-12-31T00:00:00Z' },
  references: { 'cis-azure-foundations': ['8.1', '8.2'] },
  evaluate(key) {
    if (!isType(key, T.vaultKey)) return notApplicable('Not a Key Vault key.');
    if (!vaultObjectEnabled(key)) return notApplicable('The key is disabled.');
    const expiry = vaultObjectExpiry(key);
    if (expiry === undefined)
      throw new MissingData('raw.properties.attributes', 'the key attributes were not collected');
    return expiry !== null
      ? pass(`The key expires on ${new Date(expiry).toISOString().slice(0, 10)}.`, [
          ev('attributes.exp', new Date(expiry).toISOString()),
        ])
      : fail('The key has no expiration date.', [ev('attributes.exp', null)]);
  },
});
