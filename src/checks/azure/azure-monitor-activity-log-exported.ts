import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { activityLogSettings, ev, hasDestination, isSubscription } from './util.js';

export default defineCheck({
  id: 'azure-monitor-activity-log-exported',
  title: 'The subscription activity log is exported by a diagnostic setting',
  rationale:
    'The activity log — every management operation on the subscription — is kept by Azure for only 90 days and ' +
    'cannot be queried alongside other logs unless a diagnostic setting exports it. Investigations routinely need ' +
    'older records.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['LOG-01', 'LOG-04'],
  remediation:
    'Create a subscription diagnostic setting that sends the activity log to a Log Analytics workspace, storage account or event hub.',
  fix: {
    cli: 'az monitor diagnostic-settings subscription create --name activity --location eastus --workspace WORKSPACE_ID --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Policy","enabled":true},{"category":"Alert","enabled":true}]\'',
  },
  references: { 'cis-azure-foundations': ['5.1.1'] },
  evaluate(sub, { inventory }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    const settings = activityLogSettings(sub, inventory).filter(hasDestination);
    return settings.length > 0
      ? pass(`Exported by ${settings.map((s) => `"${s.name}"`).join(', ')}.`, [
          ev(
            'diagnosticSettings',
            settings.map((s) => s.name),
          ),
        ])
      : fail('No diagnostic setting exports the activity log.');
  },
});
