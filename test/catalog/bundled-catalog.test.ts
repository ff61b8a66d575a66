import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/index.js';
import {
  CONTROL_DOMAINS,
  FRAMEWORKS,
  type Owner,
  SERVICE_MODELS,
  type ServiceModel,
} from '../../src/core/index.js';

/** The catalog Verity ships, checked for integrity and against the providers' published models. */
const catalog = loadCatalog();

describe('the bundled catalog', () => {
  it('has at least 60 controls covering every domain of the stack', () => {
    expect(catalog.controls.length).toBeGreaterThanOrEqual(60);
    const domains = new Set(catalog.controls.map((c) => c.domain));
    for (const d of CONTROL_DOMAINS) expect(domains.has(d), d).toBe(true);
  });

  it('maps every control to NIST SP 800-53, ISO/IEC 27001 and CCM, and most to CIS and PCI DSS', () => {
    for (const c of catalog.controls) {
      for (const f of ['nist-800-53r5', 'iso27001-2022', 'ccm-v4'] as const) {
        expect(c.frameworks[f]?.length ?? 0, `${c.id} ${f}`).toBeGreaterThan(0);
      }
    }
    for (const f of FRAMEWORKS) expect(catalog.controlsFor(f).length, f).toBeGreaterThanOrEqual(40);
  });

  it('has the services the issue asks for, per provider', () => {
    const count = (p: string) => catalog.provider(p).services.length;
    expect(count('aws')).toBeGreaterThanOrEqual(40);
    expect(count('azure')).toBeGreaterThanOrEqual(30);
    expect(count('gcp')).toBeGreaterThanOrEqual(30);
    for (const s of ['self-managed', 'eks', 'aks', 'gke-standard', 'gke-autopilot'])
      catalog.service('k8s', s);
    for (const s of ['datacenter', 'colocation']) catalog.service('onprem', s);
  });

  it('gives every override duty text for both sides and a source with a URL or a note', () => {
    for (const p of catalog.providers) {
      for (const s of p.services) {
        for (const o of s.overrides.values()) {
          const where = `${p.provider}/${s.id}/${o.control}`;
          expect(o.providerDuty.length, where).toBeGreaterThan(10);
          expect(o.customerDuty.length, where).toBeGreaterThan(10);
          const src = catalog.source(o.source);
          expect(src?.url ?? src?.note, where).toBeTruthy();
        }
      }
    }
  });

  it('leaves everything on-premises with the organisation unless a third party runs part of it', () => {
    for (const c of catalog.controls) expect(c.defaults['on-prem'].owner, c.id).toBe('customer');
    for (const s of catalog
      .provider('onprem')
      .services.filter((x) => x.model === 'on-prem' && x.overrides.size === 0)) {
      for (const r of catalog.matrix('onprem', [s.id]))
        expect(r.owner, `${s.id} ${r.control}`).toBe('customer');
    }
  });

  it('has no control without an accountable party in any row', () => {
    for (const p of catalog.providers) {
      for (const r of catalog.matrix(p.provider)) {
        expect(['provider', 'customer', 'shared']).toContain(r.owner);
        if (r.owner !== 'provider')
          expect(r.customerDuty.length, `${r.service} ${r.control}`).toBeGreaterThan(10);
        if (r.owner !== 'customer')
          expect(r.providerDuty.length, `${r.service} ${r.control}`).toBeGreaterThan(10);
      }
    }
  });
});

/**
 * Microsoft's "Shared responsibility in the cloud" table (learn.microsoft.com, azure/security/fundamentals/
 * shared-responsibility), columns on-premises, IaaS, PaaS, SaaS, as published.
 */
const C = 'customer';
const M = 'provider';
const S = 'shared';
const AZURE_TABLE: Record<string, [Owner, Owner, Owner, Owner]> = {
  'Customer data': [C, C, C, C],
  'Configurations and settings': [C, C, C, C],
  'Identities and users': [C, C, C, C],
  'Client devices': [C, C, C, S],
  Applications: [C, C, S, S],
  'Network controls': [C, C, S, M],
  'Operating system': [C, C, M, M],
  'Physical hosts': [C, M, M, M],
  'Physical network': [C, M, M, M],
  'Physical datacenter': [C, M, M, M],
};
/** The examples the same page gives for each model. */
const AZURE_EXAMPLES: Record<Exclude<ServiceModel, 'on-prem'>, string[]> = {
  iaas: ['virtual-machines', 'managed-disks', 'virtual-network'],
  paas: ['app-service', 'functions', 'sql-database', 'storage'],
  saas: ['microsoft-365', 'dynamics-365'],
};

describe("Microsoft's shared responsibility table", () => {
  const rows = Object.entries(AZURE_TABLE);
  const controlsFor = (row: string) => catalog.controls.filter((c) => c.references['azure-srm'] === row);

  it('is represented: every row stands for at least one control', () => {
    for (const [row] of rows) expect(controlsFor(row).length, row).toBeGreaterThan(0);
  });

  it("holds in each control's service-model defaults", () => {
    for (const [row, owners] of rows) {
      for (const c of controlsFor(row)) {
        SERVICE_MODELS.forEach((m, i) => {
          expect(c.defaults[m].owner, `${row} → ${c.id} ${m}`).toBe(owners[i]);
        });
      }
    }
  });

  it("holds for Azure's own IaaS, PaaS and SaaS examples", () => {
    for (const [model, services] of Object.entries(AZURE_EXAMPLES)) {
      const column = SERVICE_MODELS.indexOf(model as ServiceModel);
      for (const id of services) {
        const svc = catalog.service('azure', id);
        expect(svc.model, id).toBe(model);
        for (const [row, owners] of rows) {
          for (const c of controlsFor(row)) {
            const r = catalog.responsibility('azure', id, c.id);
            expect(r.owner, `${id} ${c.id} (${row})`).toBe(owners[column]);
            expect(r.source.id, `${id} ${c.id}`).toBe('azure-srm');
          }
        }
      }
    }
  });
});

/**
 * AWS's Shared Responsibility Model: inherited controls (physical and environmental) are AWS's for every
 * service; customer-specific controls (zone security) are never AWS's alone; shared controls (patch
 * management, configuration management, awareness and training) split between the two, each for its own layer.
 */
describe("AWS's shared responsibility model", () => {
  const tagged = (value: string) => catalog.controls.filter((c) => c.references['aws-srm'] === value);
  const cloud = catalog.provider('aws').services;

  it('has inherited controls that AWS owns for every AWS service, unless that service’s own page says otherwise', () => {
    expect(tagged('inherited').length).toBeGreaterThanOrEqual(3);
    let exceptions = 0;
    for (const s of cloud)
      for (const c of tagged('inherited')) {
        const r = catalog.responsibility('aws', s.id, c.id);
        if (r.origin === 'model-default') {
          expect(r.owner, `${s.id} ${c.id}`).toBe('provider');
          expect(r.source.id, `${s.id} ${c.id}`).toBe('aws-srm');
        } else {
          // e.g. Direct Connect, whose cross-connect runs through customer equipment: only a service-specific
          // source may move an inherited control.
          expect(r.source.id, `${s.id} ${c.id}`).not.toBe('aws-srm');
          if (r.owner !== 'provider') exceptions++;
        }
      }
    expect(exceptions).toBeLessThanOrEqual(3);
  });

  it('has customer-specific controls the customer always holds a part of', () => {
    expect(tagged('customer-specific').length).toBeGreaterThan(0);
    for (const s of cloud.filter((x) => x.model !== 'saas'))
      for (const c of tagged('customer-specific')) {
        expect(catalog.responsibility('aws', s.id, c.id).owner, `${s.id} ${c.id}`).not.toBe('provider');
      }
  });

  it('splits each shared control group between AWS and the customer for infrastructure services', () => {
    for (const group of ['shared:patch', 'shared:config', 'shared:training']) {
      const controls = tagged(group);
      expect(controls.length, group).toBeGreaterThan(0);
      for (const s of cloud.filter((x) => x.model === 'iaas')) {
        const owners = controls.map((c) => catalog.responsibility('aws', s.id, c.id).owner);
        expect(
          owners.some((o) => o !== 'customer'),
          `${s.id} ${group}: AWS has a part`,
        ).toBe(true);
        expect(
          owners.some((o) => o !== 'provider'),
          `${s.id} ${group}: the customer has a part`,
        ).toBe(true);
      }
    }
  });
});

/**
 * Service-specific facts from the providers' own documentation, which the catalog's overrides must reproduce.
 */
describe('service-specific entries match the providers’ documentation', () => {
  const cases: [string, string, string, Owner][] = [
    // Lambda patches managed runtimes only in automatic runtime-update mode.
    ['aws', 'lambda', 'OS-04', 'shared'],
    // RDS applies engine patches in maintenance windows the customer sets.
    ['aws', 'rds', 'OS-04', 'shared'],
    // On EC2 the guest operating system is the customer's.
    ['aws', 'ec2', 'OS-01', 'customer'],
    // DynamoDB encrypts all tables at rest; it cannot be turned off.
    ['aws', 'dynamodb', 'EAR-01', 'provider'],
    // GKE Autopilot manages and upgrades nodes itself.
    ['gcp', 'gke-autopilot', 'OS-01', 'provider'],
    // Cloud Storage encrypts all data at rest by default.
    ['gcp', 'cloud-storage', 'EAR-01', 'provider'],
    // Azure Storage Service Encryption is always on.
    ['azure', 'storage', 'EAR-01', 'provider'],
    // A self-managed Kubernetes control plane is entirely the customer's to upgrade.
    ['k8s', 'self-managed', 'OS-04', 'customer'],
  ];
  it.each(cases)('%s %s %s is %s', (provider, service, control, owner) => {
    const r = catalog.responsibility(provider, service, control);
    expect(r.owner).toBe(owner);
  });
});
