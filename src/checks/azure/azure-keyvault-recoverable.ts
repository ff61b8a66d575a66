import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-keyvault-recoverable',
  title: 'Key vaults are recoverable (soft delete and purge protection)',
  rationale:
    'Deleting a vault, or the keys in it, can make every resource encrypted with those keys unreadable. Soft ' +
    'delete keeps deleted objects for a retention period, and purge protection stops anyone — including an ' +
    'attacker with admin rights — from purging them before it ends.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['crypto.key', 'secrets.secret', 'crypto.certificate'],
  controls: ['KEY-04'],
  remediation:
    'Enable purge protection on the vault (soft delete is always on for current vaults); it cannot be turned off later.',
  fix: {
    cli: 'az keyvault update --name VAULT --resource-group RG --enable-purge-protection true',
    terraform: 'resource "azurerm_key_vault" "this" {\n  purge_protection_enabled = true\n}',
  },
  references: { 'cis-azure-foundations': ['8.5'] },
  evaluate(vault) {
    if (!isType(vault, T.keyVault)) return notApplicable('Not a key vault.');
    if (!isArmDocument(vault))
      throw new MissingData('raw.properties', 'the vault document was not collected');
    // Absent in a vault document: soft delete is on (the default, no longer optional); purge protection is off.
    const softDelete = armValue<boolean>(vault, 'properties.enableSoftDelete') ?? true;
    const purge = armValue<boolean>(vault, 'properties.enablePurgeProtection') === true;
    const evidence = [ev('enableSoftDelete', softDelete), ev('enablePurgeProtection', purge)];
    const missing = [...(softDelete ? [] : ['soft delete']), ...(purge ? [] : ['purge protection'])];
    return missing.length === 0
      ? pass('Soft delete and purge protection are on.', evidence)
      : fail(`The vault lacks ${missing.join(' and ')}.`, evidence);
  },
});
