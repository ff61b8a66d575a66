import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isObj, isSubscription, nodeValue, securityContact } from './util.js';

const LEVELS = ['high', 'medium', 'low'];

export default defineCheck({
  id: 'azure-defender-alert-notifications',
  title: 'Defender for Cloud emails high-severity alerts',
  rationale:
    'Defender for Cloud only emails alerts when notifications are on and the alert meets the minimum severity. ' +
    'With notifications off, high-severity detections wait until someone happens to open the portal.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['LOG-05'],
  remediation:
    'Turn on email notifications for alerts with a minimum severity of High (or lower, to receive more).',
  fix: {
    cli: 'az security contact create --name default --emails secops@example.com --alert-notifications on',
  },
  references: { 'cis-azure-foundations': ['2.1.20'] },
  evaluate(sub, { inventory }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    const contact = securityContact(sub, inventory);
    if (!contact) return fail('No security contact is configured, so alerts are not emailed.');
    const legacy = nodeValue(contact, 'properties.alertNotifications');
    let state: string;
    let severity: string | undefined;
    if (isObj(legacy)) {
      state = String(legacy.state ?? '');
      severity = typeof legacy.minimalSeverity === 'string' ? legacy.minimalSeverity : undefined;
    } else if (typeof legacy === 'string') {
      state = legacy;
      severity = 'High';
    } else {
      const sources = nodeValue<unknown[]>(contact, 'properties.notificationsSources') ?? [];
      const alert = sources.filter(isObj).find((s) => String(s.sourceType).toLowerCase() === 'alert');
      state = alert && nodeValue(contact, 'properties.isEnabled') !== false ? 'On' : 'Off';
      severity = alert && typeof alert.minimalSeverity === 'string' ? alert.minimalSeverity : undefined;
    }
    const evidence = [ev('alertNotifications', { state, minimalSeverity: severity })];
    if (state.toLowerCase() !== 'on') return fail('Alert email notifications are off.', evidence);
    return severity !== undefined && LEVELS.includes(severity.toLowerCase())
      ? pass(`Alerts of severity ${severity} and above are emailed.`, evidence)
      : fail(`Alert notifications have no usable minimum severity (${severity ?? 'none'}).`, evidence);
  },
});
