/**
 * Fixture builders for the Google Cloud checks: resources in the shape a Google Cloud collector produces (see
 * util.ts), with the Cloud Asset Inventory `resource.data` body as `raw`.
 */
import type { Resource, ResourceKind } from '../../core/index.js';
import { resource } from '../testing.js';

export const PROJECT = 'acme-prod';
export const PROJECT_NUMBER = '123456789012';

export interface GOpts {
  properties?: Record<string, unknown>;
  tags?: Record<string, string>;
  unknown?: { path: string; reason: string }[];
  relations?: { type: string; target: string }[];
  /** Replaces the generated body. */
  raw?: unknown;
  account?: string;
}

/** A resource named `//<host>/<path>` (path relative to the host, e.g. `projects/p/zones/z/instances/i`). */
export function gcp(
  kind: ResourceKind,
  name: string,
  body: Record<string, unknown> = {},
  o: GOpts = {},
): Resource {
  return resource(kind, 'gcp', o.properties ?? {}, {
    id: name,
    account: o.account ?? PROJECT,
    name: name.split('/').pop() ?? name,
    raw: o.raw !== undefined ? o.raw : { name: name.split('/').pop(), ...body },
    ...(o.tags ? { tags: o.tags } : {}),
    ...(o.unknown ? { unknown: o.unknown } : {}),
    ...(o.relations ? { relations: o.relations } : {}),
  });
}

export const names = {
  instance: (n: string, p = PROJECT) =>
    `//compute.googleapis.com/projects/${p}/zones/us-central1-a/instances/${n}`,
  disk: (n: string) => `//compute.googleapis.com/projects/${PROJECT}/zones/us-central1-a/disks/${n}`,
  firewall: (n: string) => `//compute.googleapis.com/projects/${PROJECT}/global/firewalls/${n}`,
  network: (n: string, p = PROJECT) => `//compute.googleapis.com/projects/${p}/global/networks/${n}`,
  subnetwork: (n: string) =>
    `//compute.googleapis.com/projects/${PROJECT}/regions/us-central1/subnetworks/${n}`,
  computeProject: (p = PROJECT) => `//compute.googleapis.com/projects/${p}`,
  backendService: (n: string) => `//compute.googleapis.com/projects/${PROJECT}/global/backendServices/${n}`,
  sslPolicy: (n: string) => `//compute.googleapis.com/projects/${PROJECT}/global/sslPolicies/${n}`,
  httpsProxy: (n: string) => `//compute.googleapis.com/projects/${PROJECT}/global/targetHttpsProxies/${n}`,
  bucket: (n: string) => `//storage.googleapis.com/${n}`,
  sql: (n: string) => `//cloudsql.googleapis.com/projects/${PROJECT}/instances/${n}`,
  dataset: (n: string) => `//bigquery.googleapis.com/projects/${PROJECT}/datasets/${n}`,
  table: (d: string, t: string) => `//bigquery.googleapis.com/projects/${PROJECT}/datasets/${d}/tables/${t}`,
  cluster: (n: string) =>
    `//container.googleapis.com/projects/${PROJECT}/locations/us-central1/clusters/${n}`,
  cryptoKey: (n: string) =>
    `//cloudkms.googleapis.com/projects/${PROJECT}/locations/global/keyRings/ring/cryptoKeys/${n}`,
  serviceAccount: (n: string) => `//iam.googleapis.com/projects/${PROJECT}/serviceAccounts/${n}`,
  apiKey: (n: string) => `//apikeys.googleapis.com/projects/${PROJECT_NUMBER}/locations/global/keys/${n}`,
  managedZone: (n: string) => `//dns.googleapis.com/projects/${PROJECT}/managedZones/${n}`,
  dnsPolicy: (n: string) => `//dns.googleapis.com/projects/${PROJECT}/policies/${n}`,
  sink: (n: string, parent = `projects/${PROJECT}`) => `//logging.googleapis.com/${parent}/sinks/${n}`,
  metric: (n: string, p = PROJECT) => `//logging.googleapis.com/projects/${p}/metrics/${n}`,
  alertPolicy: (n: string, p = PROJECT) => `//monitoring.googleapis.com/projects/${p}/alertPolicies/${n}`,
  project: (p = PROJECT_NUMBER) => `//cloudresourcemanager.googleapis.com/projects/${p}`,
  organization: (o = '555') => `//cloudresourcemanager.googleapis.com/organizations/${o}`,
  folder: (f = '777') => `//cloudresourcemanager.googleapis.com/folders/${f}`,
  function: (n: string) =>
    `//cloudfunctions.googleapis.com/projects/${PROJECT}/locations/us-central1/functions/${n}`,
};

/** A project (`identity.account`) with its Resource Manager body. */
export function project(body: Record<string, unknown> = {}, o: GOpts = {}): Resource {
  return gcp(
    'identity.account',
    names.project(),
    {
      name: `projects/${PROJECT_NUMBER}`,
      projectId: PROJECT,
      parent: 'organizations/555',
      state: 'ACTIVE',
      ...body,
    },
    o,
  );
}

/** An IAM policy (`identity.policy`) set on `target`, as a CAI IAM_POLICY record. */
export function policy(
  target: string,
  bindings: { role: string; members: string[]; condition?: Record<string, unknown> }[],
  extra: Record<string, unknown> = {},
): Resource {
  return resource(
    'identity.policy',
    'gcp',
    { attachedTo: [target], managedBy: 'customer' },
    {
      id: `${target}#iamPolicy`,
      account: PROJECT,
      raw: { version: 1, etag: 'BwX', bindings, ...extra },
      relations: [{ type: 'attached-to', target }],
    },
  );
}

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}
