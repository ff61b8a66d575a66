/**
 * Builders for families of Azure checks that differ only in data (which storage service, which Defender plan, which
 * server parameter, which activity-log operation). Each check still lives in its own file with its own id, text and
 * fixtures; these keep the logic in one place.
 */
import type { Severity } from '../../core/index.js';
import {
  type Check,
  type CheckContext,
  type CheckedResource,
  type CheckOutcome,
  defineCheck,
  fail,
  type InventoryView,
  MissingData,
  notApplicable,
  pass,
} from '../define.js';
import {
  armValue,
  childrenOf,
  DIAGNOSTIC_SETTINGS,
  ev,
  hasDestination,
  isObj,
  isSubscription,
  isType,
  label,
  logsCategory,
  needChildren,
  nodeOf,
  nodeValue,
  norm,
  ofType,
  once,
  subscriptionOf,
  subscriptionSetting,
  T,
} from './util.js';

interface Text {
  id: string;
  title: string;
  rationale: string;
  remediation: string;
  severity: Severity;
  controls: string[];
  cis?: string[];
  fix?: { cli?: string; terraform?: string };
}

function meta(t: Text) {
  return {
    id: t.id,
    title: t.title,
    rationale: t.rationale,
    remediation: t.remediation,
    severity: t.severity,
    controls: t.controls,
    ...(t.cis ? { references: { 'cis-azure-foundations': t.cis } } : {}),
    ...(t.fix ? { fix: t.fix } : {}),
  };
}

// ----- storage service logging (blob, queue, table) ------------------------------------------------------------

const STORAGE_LOG_CATEGORIES = ['StorageRead', 'StorageWrite', 'StorageDelete'];

/** Read, write and delete requests to one storage service are sent to a log destination by a diagnostic setting. */
export function storageServiceLogging(t: Text & { service: 'blob' | 'queue' | 'table' }): Check {
  const serviceType = `${T.storage}/${t.service}services`;
  return defineCheck({
    ...meta(t),
    providers: ['azure'],
    kinds: ['storage.bucket'],
    evaluate(account, { inventory }) {
      if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
      const kind = armValue<string>(account, 'kind');
      if (t.service !== 'blob' && (kind === 'BlobStorage' || kind === 'BlockBlobStorage'))
        return notApplicable(`A ${kind} account has no ${t.service} service.`);
      const services = needChildren(nodeOf(account), inventory, serviceType, `${t.service} service`);
      const service = services[0];
      if (!service)
        return fail(`The ${t.service} service of the account was not found, so it sends no logs.`);
      const settings = needChildren(
        service,
        inventory,
        DIAGNOSTIC_SETTINGS,
        `${t.service} service diagnostic settings`,
      );
      const good = settings.find(
        (s) => hasDestination(s) && STORAGE_LOG_CATEGORIES.every((c) => logsCategory(s, c)),
      );
      if (good)
        return pass(`Diagnostic setting "${good.name}" logs read, write and delete requests.`, [
          ev('diagnosticSetting', good.name),
        ]);
      const partial = settings.map((s) => s.name);
      return fail(
        settings.length === 0
          ? `The ${t.service} service has no diagnostic setting.`
          : `No diagnostic setting of the ${t.service} service logs StorageRead, StorageWrite and StorageDelete to a destination.`,
        [ev('diagnosticSettings', partial)],
      );
    },
  });
}

// ----- Microsoft Defender for Cloud plans ----------------------------------------------------------------------

/** A Defender for Cloud plan (`Microsoft.Security/pricings/<plan>`) is on the Standard tier for the subscription. */
export function defenderPlan(t: Text & { plans: string[]; planTitle: string }): Check {
  return defineCheck({
    ...meta(t),
    providers: ['azure'],
    kinds: ['identity.account'],
    evaluate(sub, { inventory }) {
      if (!isSubscription(sub)) return notApplicable('Not a subscription.');
      const off: string[] = [];
      const seen: Record<string, string> = {};
      for (const plan of t.plans) {
        const pricing = subscriptionSetting(sub, inventory, T.pricing, plan);
        if (!pricing)
          throw new MissingData(
            `Microsoft.Security/pricings/${plan}`,
            'the Defender plan settings were not collected',
          );
        const tier = nodeValue<string>(pricing, 'properties.pricingTier');
        if (tier === undefined)
          throw new MissingData(
            `Microsoft.Security/pricings/${plan}.properties.pricingTier`,
            'not in the collected data',
          );
        seen[plan] = tier;
        if (tier.toLowerCase() !== 'standard') off.push(plan);
      }
      const evidence = Object.entries(seen).map(([plan, tier]) => ev(`pricings/${plan}.pricingTier`, tier));
      return off.length === 0
        ? pass(`${t.planTitle} is on (Standard tier).`, evidence)
        : fail(`${t.planTitle} is off (Free tier) for: ${off.join(', ')}.`, evidence);
    },
  });
}

// ----- database server parameters ------------------------------------------------------------------------------

export interface ParameterRule {
  /** Server types the rule applies to, with the parameter name each uses. */
  names: Partial<Record<string, string>>;
  /** Decides a value (lower-cased); returns a reason when it fails. */
  ok(value: string): boolean;
  expected: string;
}

/**
 * A server parameter (`<server>/configurations/<name>`) has a compliant value. Parameters come as configuration
 * children (nested or collected separately); every configuration of a server is returned by Azure, defaults included,
 * so a missing parameter is unknown.
 */
export function serverParameter(t: Text & { engine: string; rule: ParameterRule }): Check {
  const types = Object.keys(t.rule.names);
  return defineCheck({
    ...meta(t),
    providers: ['azure'],
    kinds: ['database.instance'],
    evaluate(server, { inventory }) {
      if (!isType(server, ...types))
        return notApplicable(`Not an Azure Database for ${t.engine} server of a type this applies to.`);
      const type = types.find((x) => isType(server, x)) ?? '';
      const name = t.rule.names[type] ?? '';
      const configs = needChildren(
        nodeOf(server),
        inventory,
        `${type}/configurations`,
        `configurations/${name}`,
      );
      const config = configs.find((c) => c.name.toLowerCase() === name.toLowerCase());
      const value = config ? nodeValue<string | number | boolean>(config, 'properties.value') : undefined;
      if (value === undefined)
        throw new MissingData(`configurations/${name}`, 'the parameter was not in the collected data');
      const v = String(value).toLowerCase();
      return t.rule.ok(v)
        ? pass(`${name} is ${String(value)}.`, [ev(`configurations/${name}`, value)])
        : fail(`${name} is ${String(value)}; expected ${t.rule.expected}.`, [
            ev(`configurations/${name}`, value),
          ]);
    },
  });
}

// ----- activity log alerts -------------------------------------------------------------------------------------

interface AlertInfo {
  name: string;
  scopes: string[];
  operations: string[];
  enabled: boolean;
  actionGroups: number;
}

function conditionOperations(cond: unknown): string[] {
  if (!isObj(cond)) return [];
  const out: string[] = [];
  const all = Array.isArray(cond.allOf) ? cond.allOf : [];
  for (const c of all) {
    if (!isObj(c)) continue;
    if (typeof c.field === 'string' && c.field.toLowerCase() === 'operationname') {
      if (typeof c.equals === 'string') out.push(c.equals.toLowerCase());
      if (Array.isArray(c.containsAny)) out.push(...c.containsAny.map((x) => String(x).toLowerCase()));
    }
    if (Array.isArray(c.anyOf)) out.push(...conditionOperations({ allOf: c.anyOf }));
  }
  return out;
}

function alertsBySubscription(inventory: InventoryView): Map<string, AlertInfo[]> {
  return once(inventory, 'azure:activity-log-alerts', () => {
    const m = new Map<string, AlertInfo[]>();
    for (const r of ofType(inventory, T.activityLogAlert)) {
      const p = isObj(r.raw) && isObj(r.raw.properties) ? r.raw.properties : {};
      const info: AlertInfo = {
        name: label(r),
        scopes: Array.isArray(p.scopes) ? p.scopes.map((s) => String(s).toLowerCase()) : [],
        operations: conditionOperations(p.condition),
        enabled: p.enabled !== false,
        actionGroups:
          isObj(p.actions) && Array.isArray(p.actions.actionGroups) ? p.actions.actionGroups.length : 0,
      };
      const sub = subscriptionOf(r);
      const list = m.get(sub);
      if (list) list.push(info);
      else m.set(sub, [info]);
    }
    return m;
  });
}

/** An enabled activity log alert with an action group watches `operation` across the subscription. */
export function activityLogAlert(t: Text & { operation: string; what: string }): Check {
  const op = t.operation.toLowerCase();
  return defineCheck({
    ...meta(t),
    providers: ['azure'],
    kinds: ['identity.account'],
    evaluate(sub, { inventory }) {
      if (!isSubscription(sub)) return notApplicable('Not a subscription.');
      if (ofType(inventory, T.activityLogAlert).length === 0)
        throw new MissingData(
          'activityLogAlerts',
          'no activity log alerts were collected, so their absence cannot be told',
        );
      const subId = sub.id.toLowerCase();
      const alerts = alertsBySubscription(inventory).get(subOf(subId)) ?? [];
      const matching = alerts.filter((a) => a.scopes.includes(subId) && a.operations.includes(op));
      const good = matching.find((a) => a.enabled && a.actionGroups > 0);
      if (good) return pass(`Alert "${good.name}" fires on ${t.what}.`, [ev('activityLogAlert', good.name)]);
      if (matching.length > 0)
        return fail(
          `Alerts on ${t.what} exist but are disabled or notify nobody: ${matching.map((a) => a.name).join(', ')}.`,
          [
            ev(
              'activityLogAlerts',
              matching.map((a) => a.name),
            ),
          ],
        );
      return fail(`No subscription-wide activity log alert fires on ${t.what} (${t.operation}).`);
    },
  });
}

function subOf(id: string): string {
  return id.split('/')[2] ?? id;
}

// ----- App Service runtimes ------------------------------------------------------------------------------------

/** The language version an App Service app runs, from its Linux or Windows stack settings. */
export function runtimeVersion(doc: unknown, language: 'php' | 'python' | 'java'): string | undefined {
  const config = (path: string): unknown => {
    let v: unknown = doc;
    for (const k of path.split('.')) v = isObj(v) ? v[k] : undefined;
    return v;
  };
  const linux = config('properties.siteConfig.linuxFxVersion');
  if (typeof linux === 'string' && linux.includes('|')) {
    const [stack, version] = linux.split('|');
    if (stack?.toLowerCase() === language) return version;
    if (language === 'java' && stack && /^(java|tomcat|jbosseap)$/i.test(stack)) {
      const m =
        /(?:java|jre)(\d+(?:\.\d+)?)/i.exec(version ?? '') ??
        (stack.toLowerCase() === 'java' ? /^(\d+(?:\.\d+)?)/.exec(version ?? '') : null);
      return m?.[1];
    }
    return undefined;
  }
  const key = { php: 'phpVersion', python: 'pythonVersion', java: 'javaVersion' }[language];
  const v = config(`properties.siteConfig.${key}`);
  return typeof v === 'string' && v !== '' && v.toLowerCase() !== 'off' ? v : undefined;
}

/** Compares dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.\-_]/).map((x) => Number.parseInt(x, 10));
  const pb = b.split(/[.\-_]/).map((x) => Number.parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/** A language runtime used by an App Service app is at least the configured version. */
export function appRuntime(
  t: Text & { language: 'php' | 'python' | 'java'; languageTitle: string; minimum: string },
): Check {
  return defineCheck<'compute.container-service' | 'compute.function', { minimumVersion: string }>({
    ...meta(t),
    providers: ['azure'],
    kinds: ['compute.container-service', 'compute.function'],
    params: {
      minimumVersion: { description: `oldest acceptable ${t.languageTitle} version`, default: t.minimum },
    },
    evaluate(site, { inventory, params }) {
      if (!isType(site, T.site, T.siteSlot)) return notApplicable('Not an App Service app.');
      let doc: unknown = site.raw;
      const inline =
        armValue(site, 'properties.siteConfig.linuxFxVersion') ??
        armValue(site, `properties.siteConfig.${t.language}Version`);
      if (inline === undefined) {
        const configType = isType(site, T.siteSlot) ? `${T.siteSlot}/config` : T.siteConfig;
        const web = childrenOf(nodeOf(site), inventory, configType)?.find(
          (c) => c.name.toLowerCase() === 'web',
        );
        if (!web) throw new MissingData('siteConfig', 'the site configuration was not collected');
        doc = { properties: { siteConfig: web.doc.properties } };
      }
      const version = runtimeVersion(doc, t.language);
      if (version === undefined) return notApplicable(`The app does not run ${t.languageTitle}.`);
      return compareVersions(version, params.minimumVersion) >= 0
        ? pass(`${t.languageTitle} ${version} (minimum ${params.minimumVersion}).`, [
            ev('runtime', `${t.language} ${version}`),
          ])
        : fail(`${t.languageTitle} ${version} is older than ${params.minimumVersion}.`, [
            ev('runtime', `${t.language} ${version}`),
          ]);
    },
  });
}

/** A Defender for Cloud integration setting (`Microsoft.Security/settings/<name>`) is enabled. */
export function defenderSetting(t: Text & { setting: string; what: string }): Check {
  return defineCheck({
    ...meta(t),
    providers: ['azure'],
    kinds: ['identity.account'],
    evaluate(sub, { inventory }) {
      if (!isSubscription(sub)) return notApplicable('Not a subscription.');
      const s = subscriptionSetting(sub, inventory, 'microsoft.security/settings', t.setting);
      if (!s)
        throw new MissingData(
          `Microsoft.Security/settings/${t.setting}`,
          'the Defender for Cloud settings were not collected',
        );
      const enabled = nodeValue<boolean>(s, 'properties.enabled');
      if (enabled === undefined)
        throw new MissingData(`settings/${t.setting}.properties.enabled`, 'not in the collected data');
      return enabled
        ? pass(`The ${t.what} integration is on.`, [ev(`settings/${t.setting}.enabled`, true)])
        : fail(`The ${t.what} integration is off.`, [ev(`settings/${t.setting}.enabled`, false)]);
    },
  });
}

/**
 * The evaluation shared by the two CIS disk-encryption recommendations (attached disks, unattached disks): the
 * same customer-key test, applied only to disks in the given attachment state.
 */
export function diskCustomerKey(wantAttached: boolean) {
  const other = wantAttached ? 'azure-disk-unattached-cmk' : 'azure-disk-attached-cmk';
  return (
    disk: CheckedResource<'storage.volume'>,
    { params }: CheckContext<{ requireCustomerManagedKey: boolean }>,
  ): CheckOutcome => {
    if (!isType(disk, T.disk)) return notApplicable('Not a managed disk.');
    const attachedTo = norm<string[]>(disk, 'attachedTo');
    const state = armValue<string>(disk, 'properties.diskState');
    const managedBy = armValue<string>(disk, 'managedBy');
    if (attachedTo === undefined && state === undefined && managedBy === undefined)
      throw new MissingData('raw.properties.diskState', 'whether the disk is attached is not known');
    const attached =
      (attachedTo?.length ?? 0) > 0 ||
      Boolean(managedBy) ||
      ['attached', 'reserved'].includes((state ?? '').toLowerCase());
    if (attached !== wantAttached) {
      return notApplicable(
        `The disk is ${attached ? 'attached to' : 'not attached to'} a VM (see ${other}).`,
      );
    }
    const keyType = norm<string>(disk, 'encryption.keyType');
    const type = armValue<string>(disk, 'properties.encryption.type');
    const ade = armValue<boolean>(disk, 'properties.encryptionSettingsCollection.enabled') === true;
    if (keyType === undefined && type === undefined && !ade)
      throw new MissingData(
        'raw.properties.encryption.type',
        'the disk encryption settings were not collected',
      );
    const cmk =
      keyType === 'customer-managed' ||
      keyType === 'customer-supplied' ||
      ade ||
      /customerkey/i.test(type ?? '');
    const evidence = [ev('encryption.type', type ?? keyType), ev('azureDiskEncryption', ade)];
    if (cmk)
      return pass(
        ade
          ? 'Encrypted with Azure Disk Encryption (keys in Key Vault).'
          : 'Encrypted with a customer-managed key.',
        evidence,
      );
    if (!params.requireCustomerManagedKey)
      return pass('Encrypted at rest with a platform-managed key.', evidence);
    return fail('Encrypted with a platform-managed key only.', evidence);
  };
}
