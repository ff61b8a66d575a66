import {
  CONTROL_DOMAINS,
  type Control,
  type FrameworkId,
  type InputIssue,
  type Owner,
  PROVIDERS,
  type Provider,
  type ResourceKind,
  type Responsibility,
  type ServiceModel,
  type Source,
  UnknownNameError,
} from '../core/index.js';

/** Where an entry of the catalog is written, for `explain` and for error messages. */
export interface Location {
  file: string;
  line?: number;
}

export interface CatalogControl extends Control {
  location: Location;
}

export interface ServiceOverride {
  control: string;
  owner: Owner;
  providerDuty: string;
  customerDuty: string;
  source: string;
  location: Location;
}

export interface CatalogService {
  provider: Provider;
  id: string;
  title: string;
  model: ServiceModel;
  kinds: readonly ResourceKind[];
  aliases: readonly string[];
  description?: string;
  overrides: ReadonlyMap<string, ServiceOverride>;
  location: Location;
}

export interface ProviderEntry {
  provider: Provider;
  title: string;
  /** The provider's own description of its model, cited where a control names it in `references`. */
  source: string;
  services: readonly CatalogService[];
  location: Location;
}

/** A resolved row of the matrix, with where it is written. */
export interface ResolvedResponsibility extends Responsibility {
  controlTitle: string;
  serviceTitle: string;
  location: Location;
}

/** What the provider does when it has no part in a control. */
const NO_PROVIDER_DUTY: Record<ServiceModel, string> = {
  'on-prem': 'None: the organisation runs the whole stack itself.',
  iaas: 'None for this service model: the control sits in the part of the stack the customer runs.',
  paas: 'None for this service model: the control sits in the part of the stack the customer runs.',
  saas: 'None for this service model: the control sits in what the customer configures and uses.',
};
const NO_CUSTOMER_DUTY =
  'Nothing to operate: the provider runs this control. Verify it through the provider’s current attestations (GOV-01).';

/**
 * The responsibility catalog: controls with their framework mappings and service-model defaults, and each
 * provider's services with their overrides. Built by `loadCatalog`, which validates everything first.
 */
export class Catalog {
  readonly #controls: Map<string, CatalogControl>;
  readonly #providers: Map<Provider, ProviderEntry>;
  readonly #sources: Map<string, Source>;
  readonly #serviceIndex = new Map<Provider, Map<string, CatalogService>>();

  constructor(controls: CatalogControl[], providers: ProviderEntry[], sources: Map<string, Source>) {
    const domainOrder = (d: string) => CONTROL_DOMAINS.indexOf(d as (typeof CONTROL_DOMAINS)[number]);
    controls.sort((a, b) => domainOrder(a.domain) - domainOrder(b.domain) || compareIds(a.id, b.id));
    this.#controls = new Map(controls.map((c) => [c.id, c]));
    this.#providers = new Map(
      [...providers]
        .sort((a, b) => PROVIDERS.indexOf(a.provider) - PROVIDERS.indexOf(b.provider))
        .map((p) => [p.provider, p]),
    );
    this.#sources = sources;
    for (const p of providers) {
      const index = new Map<string, CatalogService>();
      for (const s of p.services) {
        index.set(s.id, s);
        for (const alias of s.aliases) index.set(alias, s);
      }
      this.#serviceIndex.set(p.provider, index);
    }
  }

  /** All controls, by domain then id. */
  get controls(): readonly CatalogControl[] {
    return [...this.#controls.values()];
  }

  get providers(): readonly ProviderEntry[] {
    return [...this.#providers.values()];
  }

  get sources(): ReadonlyMap<string, Source> {
    return this.#sources;
  }

  control(id: string): CatalogControl {
    const found = this.#controls.get(id) ?? this.#controls.get(id.toUpperCase());
    if (!found) throw new UnknownNameError('UNKNOWN_CONTROL', 'control', id, this.#controls.keys());
    return found;
  }

  source(id: string): Source | undefined {
    return this.#sources.get(id);
  }

  provider(name: string): ProviderEntry {
    const found = this.#providers.get(name.toLowerCase() as Provider);
    if (!found) throw new UnknownNameError('UNKNOWN_PROVIDER', 'provider', name, this.#providers.keys());
    return found;
  }

  /** A service by id or alias, case-insensitive. */
  service(provider: string, name: string): CatalogService {
    const entry = this.provider(provider);
    const found = this.#serviceIndex.get(entry.provider)?.get(name.toLowerCase());
    if (!found) {
      throw new UnknownNameError(
        'UNKNOWN_SERVICE',
        `${entry.provider} service`,
        name,
        this.#serviceIndex.get(entry.provider)?.keys() ?? [],
      );
    }
    return found;
  }

  /** Controls that map to at least one requirement of `framework`. */
  controlsFor(framework: FrameworkId): CatalogControl[] {
    return this.controls.filter((c) => (c.frameworks[framework]?.length ?? 0) > 0);
  }

  /** Who owns `control` for `service` of `provider`, what each side must do, and who says so. */
  responsibility(provider: string, service: string, control: string): ResolvedResponsibility {
    const svc = this.service(provider, service);
    return this.#resolve(this.provider(provider), svc, this.control(control));
  }

  /** The responsibility matrix: one row per service × control, services in catalog order. */
  matrix(provider: string, services?: readonly string[]): ResolvedResponsibility[] {
    const entry = this.provider(provider);
    const chosen =
      services && services.length > 0 ? services.map((s) => this.service(provider, s)) : entry.services;
    const rows: ResolvedResponsibility[] = [];
    for (const svc of unique(chosen))
      for (const c of this.#controls.values()) rows.push(this.#resolve(entry, svc, c));
    return rows;
  }

  #resolve(entry: ProviderEntry, svc: CatalogService, control: CatalogControl): ResolvedResponsibility {
    const base = {
      provider: svc.provider,
      service: svc.id,
      serviceTitle: svc.title,
      serviceModel: svc.model,
      control: control.id,
      controlTitle: control.title,
    };
    const override = svc.overrides.get(control.id);
    if (override) {
      return {
        ...base,
        owner: override.owner,
        providerDuty: override.providerDuty,
        customerDuty: override.customerDuty,
        source: this.#sourceOrThrow(override.source),
        origin: 'service-override',
        location: override.location,
      };
    }
    const d = control.defaults[svc.model];
    // A control that stands for a row of this provider's own published model cites that model.
    const sourceId =
      d.source === control.source && control.references[entry.source] ? entry.source : d.source;
    return {
      ...base,
      owner: d.owner,
      providerDuty: d.owner === 'customer' ? NO_PROVIDER_DUTY[svc.model] : d.providerDuty,
      customerDuty: d.owner === 'provider' ? NO_CUSTOMER_DUTY : d.customerDuty,
      source: this.#sourceOrThrow(sourceId),
      origin: 'model-default',
      location: control.location,
    };
  }

  #sourceOrThrow(id: string): Source {
    const s = this.#sources.get(id);
    // loadCatalog has checked every reference, so a miss here is a programming error.
    if (!s) throw new Error(`catalog source '${id}' vanished after validation`);
    return s;
  }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** `NET-2` before `NET-10`. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export type { InputIssue };
