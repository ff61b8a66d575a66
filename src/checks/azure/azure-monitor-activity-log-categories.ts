import { defineCheck, fail, notApplicable, pass } from '../define.js';
import {
  ACTIVITY_LOG_CATEGORIES,
  activityLogSettings,
  ev,
  hasDestination,
  isSubscription,
  logsCategory,
} from './util.js';

export default defineCheck({
  id: 'azure-monitor-activity-log-categories',
  title: 'Activity log export includes the security-relevant categories',
  rationale:
    'A diagnostic setting exports only the categories it lists. Administrative, Security, Policy and Alert events ' +
    'are the ones that show configuration changes, Defender detections and policy violations; missing any of them ' +
    'leaves a blind spot.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['LOG-01'],
  remediation:
    "Enable the Administrative, Security, Policy and Alert categories in the subscription's activity log diagnostic setting.",
  references: { 'cis-azure-foundations': ['5.1.2'] },
  evaluate(sub, { inventory }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    const settings = activityLogSettings(sub, inventory).filter(hasDestination);
    if (settings.length === 0)
      return notApplicable('The activity log is not exported (see azure-monitor-activity-log-exported).');
    const missing = ACTIVITY_LOG_CATEGORIES.filter((c) => !settings.some((s) => logsCategory(s, c)));
    return missing.length === 0
      ? pass(`All of ${ACTIVITY_LOG_CATEGORIES.join(', ')} are exported.`)
      : fail(`Categories not exported: ${missing.join(', ')}.`, [ev('missingCategories', missing)]);
  },
});
