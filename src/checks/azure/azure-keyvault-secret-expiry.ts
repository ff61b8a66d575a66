import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isType, norm, T, vaultObjectEnabled, vaultObjectExpiry } from './util.js';

export default defineCheck({
  id: 'azure-keyvault-secret-expiry',
  title: 'Key Vault secrets have an expiration date',
  rationale:
    'Secrets without an expiry tend never to be rotated. An expiration date makes stale credentials visible and ' +
    'limits how long a leaked one stays useful.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['secrets.secret'],
  controls: ['IAM-06'],
  remediation: 'Set an expiration date on every enabled secret and rotate the secret before it expires.',
  fix: {
    cli: 'az keyvault secret set-attributes --vault-name VAULT --name SECRET --expires 2026-12-31T00:00:00Z',
  },
  references: { 'cis-azure-foundations': ['8.3', '8.4'] },
  evaluate(secret) {
    if (!isType(secret, T.vaultSecret)) return notApplicable('Not a Key Vault secret.');
    if (!vaultObjectEnabled(secret)) return notApplicable('The secret is disabled.');
    const normalized = norm<string>(secret, 'expires');
    const expiry = normalized !== undefined ? Date.parse(normalized) : vaultObjectExpiry(secret);
    if (expiry === undefined)
      throw new MissingData('raw.properties.attributes', 'the secret attributes were not collected');
    return expiry !== null && !Number.isNaN(expiry)
      ? pass(`The secret expires on ${new Date(expiry).toISOString().slice(0, 10)}.`, [
          ev('attributes.exp', new Date(expiry).toISOString()),
        ])
      : fail('The secret has no expiration date.', [ev('attributes.exp', null)]);
  },
});
