import { defineCheck, fail, notApplicable, pass } from '../define.js';
import {
  DIAGNOSTIC_SETTINGS,
  ev,
  hasDestination,
  isType,
  logsCategory,
  needChildren,
  nodeOf,
  T,
} from './util.js';

export default defineCheck({
  id: 'azure-keyvault-logging',
  title: 'Key vaults log every access',
  rationale:
    'The AuditEvent log is the only record of who read which secret or used which key, and when. Without a ' +
    'diagnostic setting that keeps it, misuse of the vault cannot be detected or investigated.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['crypto.key', 'secrets.secret', 'crypto.certificate'],
  controls: ['LOG-02', 'KEY-03'],
  remediation:
    'Add a diagnostic setting on the vault that sends the AuditEvent category (or the audit group) to a Log Analytics workspace or storage account.',
  fix: {
    cli: 'az monitor diagnostic-settings create --name kv-audit --resource VAULT_ID --workspace WORKSPACE_ID --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
  },
  references: { 'cis-azure-foundations': ['5.1.5'] },
  evaluate(vault, { inventory }) {
    if (!isType(vault, T.keyVault)) return notApplicable('Not a key vault.');
    const settings = needChildren(nodeOf(vault), inventory, DIAGNOSTIC_SETTINGS, 'diagnostic settings');
    const good = settings.find(
      (s) => hasDestination(s) && logsCategory(s, 'AuditEvent', ['alllogs', 'audit']),
    );
    return good
      ? pass(`Diagnostic setting "${good.name}" keeps the AuditEvent log.`, [
          ev('diagnosticSetting', good.name),
        ])
      : fail("No diagnostic setting sends the vault's AuditEvent log anywhere.", [
          ev(
            'diagnosticSettings',
            settings.map((s) => s.name),
          ),
        ]);
  },
});
