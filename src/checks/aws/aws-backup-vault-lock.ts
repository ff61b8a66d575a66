import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { asBool, needRawObject, rawAt, tagged } from './util.js';

/** AWS Backup vaults holding production backups have Vault Lock (`Locked` in describe-backup-vault). */
export default defineCheck({
  id: 'aws-backup-vault-lock',
  title: 'AWS Backup vaults are locked',
  rationale:
    'Vault Lock enforces retention on every recovery point, so neither an attacker with administrator access nor a ' +
    'mistaken script can delete backups early. Without it, backups fall with the account.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['backup.vault'],
  controls: ['BAK-02'],
  remediation:
    'Apply a vault lock with minimum and maximum retention (compliance mode once tested, since it cannot be undone).',
  fix: {
    cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name VAULT --min-retention-days 7 --max-retention-days 365 --changeable-for-days 3',
    terraform:
      'resource "aws_backup_vault_lock_configuration" "this" {\n  backup_vault_name = aws_backup_vault.this.name\n  min_retention_days = 7\n  max_retention_days = 365\n}',
  },
  params: {
    exemptTag: {
      description: 'tag key marking vaults of non-production backups (value "true")',
      default: 'non-production',
    },
  },
  evaluate(vault, { params }) {
    if (vault.service === 'glacier')
      return notApplicable('An S3 Glacier vault (use Glacier vault lock policies).');
    if (tagged(vault, String(params.exemptTag), ['true']))
      return notApplicable('A vault for non-production backups.');
    needRawObject(vault);
    // describe-backup-vault reports Locked false (or omits it) when no lock is configured.
    const locked = asBool(rawAt(vault, 'Locked')) === true;
    return locked
      ? pass('The vault is locked.')
      : fail('The vault has no lock: recovery points can be deleted.', [
          { path: 'raw.Locked', value: false },
        ]);
  },
});
