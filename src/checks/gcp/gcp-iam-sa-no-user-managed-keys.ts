import type { InventoryView } from '../define.js';
import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import type { Res } from './util.js';
import { A, childrenOf, ev, isAsset, isObj, norm, value } from './util.js';

export interface KeyInfo {
  id: string;
  created?: string;
  disabled: boolean;
}

/**
 * The user-managed keys of a service account: `raw.keys` (ServiceAccountKey objects, system-managed ones
 * skipped), normalized `accessKeys` (user-managed keys by definition), or ServiceAccountKey children. Undefined
 * when none of these was collected.
 */
export function userManagedKeys(sa: Res, inventory: InventoryView): KeyInfo[] | undefined {
  const raw = value<unknown[]>(sa, 'keys');
  if (raw) {
    return raw
      .filter(isObj)
      .filter((k) => k.keyType !== 'SYSTEM_MANAGED')
      .map((k) => ({
        id:
          String(k.name ?? '')
            .split('/')
            .pop() ?? '',
        ...(typeof k.validAfterTime === 'string' ? { created: k.validAfterTime } : {}),
        disabled: k.disabled === true,
      }));
  }
  const normalized = norm<unknown[]>(sa, 'accessKeys');
  if (normalized) {
    return normalized.filter(isObj).map((k) => ({
      id: String(k.id ?? ''),
      ...(typeof k.created === 'string' ? { created: k.created } : {}),
      disabled: k.active === false,
    }));
  }
  const kids = childrenOf(sa, inventory, A.serviceAccountKey);
  return kids
    ?.filter((k) => value(k, 'keyType') !== 'SYSTEM_MANAGED')
    .map((k) => {
      const created = value<string>(k, 'validAfterTime');
      return {
        id: k.id.split('/').pop() ?? '',
        ...(created ? { created } : {}),
        disabled: value(k, 'disabled') === true,
      };
    });
}

export default defineCheck({
  id: 'gcp-iam-sa-no-user-managed-keys',
  title: 'Service accounts have no user-managed keys',
  rationale:
    'A downloaded service account key is a long-lived credential that works from anywhere until someone deletes ' +
    'it, and it is routinely leaked in repositories and images. Google-managed keys, workload identity ' +
    'federation and attached service accounts avoid keys that people handle.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['identity.principal'],
  controls: ['IAM-06'],
  remediation:
    'Delete the user-managed keys and switch the workload to an attached service account, workload identity ' +
    '(GKE) or workload identity federation; block new keys with the iam.disableServiceAccountKeyCreation policy.',
  fix: { cli: 'gcloud iam service-accounts keys delete KEY_ID --iam-account=SA_EMAIL' },
  references: { 'cis-gcp-foundations': ['1.4'] },
  evaluate(sa, { inventory }) {
    if (!isAsset(sa, A.serviceAccount)) return notApplicable('Not a service account.');
    const keys = userManagedKeys(sa, inventory);
    if (!keys) throw new MissingData('keys', 'the service account keys were not collected');
    const active = keys.filter((k) => !k.disabled);
    return active.length === 0
      ? pass('The service account has no active user-managed key.', [ev('userManagedKeys', 0)])
      : fail(`${active.length} active user-managed key(s): ${active.map((k) => k.id).join(', ')}.`, [
          ev(
            'userManagedKeys',
            active.map((k) => k.id),
          ),
        ]);
  },
});
