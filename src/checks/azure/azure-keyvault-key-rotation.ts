import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isObj, isoDurationDays, isType, norm, T, vaultObjectEnabled } from './util.js';

export default defineCheck<'crypto.key', { maxDays: number }>({
  id: 'azure-keyvault-key-rotation',
  title: 'Key Vault keys rotate automatically',
  rationale:
    'A rotation policy makes Key Vault create new key versions on a schedule, and services such as Storage and ' +
    'SQL pick them up automatically. Manual rotation is easy to forget, leaving one key version in use for years.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['crypto.key'],
  controls: ['KEY-02'],
  remediation:
    'Give the key a rotation policy with a "Rotate" lifetime action at most the configured number of days after creation.',
  fix: { cli: 'az keyvault key rotation-policy update --vault-name VAULT --name KEY --value policy.json' },
  references: { 'cis-azure-foundations': ['8.8'] },
  params: {
    maxDays: { description: 'longest acceptable interval between rotations, in days', default: 365 },
  },
  evaluate(key, { params }) {
    if (!isType(key, T.vaultKey)) return notApplicable('Not a Key Vault key.');
    if (!vaultObjectEnabled(key)) return notApplicable('The key is disabled.');
    const enabled = norm<boolean>(key, 'rotationEnabled');
    const period = norm<number>(key, 'rotationPeriodDays');
    if (enabled === false) return fail('Automatic rotation is off.', [ev('rotationEnabled', false)]);
    if (enabled === true && period !== undefined)
      return period <= params.maxDays
        ? pass(`The key rotates every ${period} days.`, [ev('rotationPeriodDays', period)])
        : fail(`The key rotates only every ${period} days (maximum ${params.maxDays}).`, [
            ev('rotationPeriodDays', period),
          ]);
    const policy = armValue<Record<string, unknown>>(key, 'properties.rotationPolicy');
    if (policy === undefined) {
      if (armValue(key, 'properties.attributes') === undefined)
        throw new MissingData('raw.properties.rotationPolicy', 'the key rotation policy was not collected');
      return fail('The key has no rotation policy.');
    }
    const actions = Array.isArray(policy.lifetimeActions) ? policy.lifetimeActions.filter(isObj) : [];
    const rotate = actions.find((a) => isObj(a.action) && String(a.action.type).toLowerCase() === 'rotate');
    if (!rotate)
      return fail('The rotation policy only notifies; it does not rotate the key.', [
        ev('rotationPolicy.lifetimeActions', actions),
      ]);
    const after =
      isObj(rotate.trigger) && typeof rotate.trigger.timeAfterCreate === 'string'
        ? rotate.trigger.timeAfterCreate
        : undefined;
    const days = after ? isoDurationDays(after) : undefined;
    if (days !== undefined && days > params.maxDays)
      return fail(`The key rotates only ${days} days after creation (maximum ${params.maxDays}).`, [
        ev('timeAfterCreate', after),
      ]);
    return pass(
      `The key rotates automatically${after ? ` (${after} after creation)` : ' before it expires'}.`,
      [ev('rotationPolicy.lifetimeActions', actions)],
    );
  },
});
