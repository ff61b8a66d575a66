import { z } from 'zod';
import type { ResourceKind } from './kinds.js';

/**
 * The normalized properties of each resource kind: what cross-cloud checks read without knowing the provider.
 *
 * The rule that keeps checks honest: a property that is absent is **unknown** (not collected, not readable, or
 * not statically resolvable from infrastructure-as-code) — never false. A check that needs an absent property
 * returns `error`, not `pass`. Collectors record why a property is unknown in `Resource.unknown`.
 */

/** A port range, inclusive; `0-65535` for all ports. ICMP uses type/code in from/to where known. */
export const PortRangeSchema = z.object({
  from: z.number().int().min(0).max(65535),
  to: z.number().int().min(0).max(65535),
});

/**
 * One normalized network rule (AWS security group / NACL entry, Azure NSG rule, GCP firewall rule,
 * Kubernetes NetworkPolicy peer, on-prem firewall rule). `peers` are CIDRs (`0.0.0.0/0`, `::/0` for anywhere) or
 * references: `sg:<id>`, `tag:<key>=<value>`, `service-tag:<name>`, `prefix-list:<id>`, `self`.
 */
export const NetworkRuleSchema = z.object({
  direction: z.enum(['ingress', 'egress']),
  action: z.enum(['allow', 'deny']),
  /** `tcp`, `udp`, `icmp`, `icmpv6`, `all`, or an IANA protocol number as a string. */
  protocol: z.string(),
  ports: PortRangeSchema,
  peers: z.array(z.string()),
  /** Lower numbers are evaluated first (NACL rule number, NSG/GCP priority); absent where order does not matter. */
  priority: z.number().optional(),
  description: z.string().optional(),
});
export type NetworkRule = z.infer<typeof NetworkRuleSchema>;

/** Encryption at rest, normalized. `keyType`: provider-managed, customer-managed (KMS/Key Vault/CMEK), customer-supplied. */
export const EncryptionSchema = z.object({
  enabled: z.boolean(),
  keyType: z.enum(['provider', 'customer-managed', 'customer-supplied', 'none']).optional(),
  keyId: z.string().optional(),
});

/** One normalized IAM statement (AWS policy statement, Azure role permission, GCP binding). */
export const PolicyStatementSchema = z.object({
  effect: z.enum(['allow', 'deny']),
  actions: z.array(z.string()).optional(),
  notActions: z.array(z.string()).optional(),
  resources: z.array(z.string()).optional(),
  notResources: z.array(z.string()).optional(),
  /** Principals as `aws:<arn>`, `service:<name>`, `federated:<id>`, `*` for anyone, `user:<email>`, `allUsers`, … */
  principals: z.array(z.string()).optional(),
  notPrincipals: z.array(z.string()).optional(),
  conditions: z.record(z.string(), z.unknown()).optional(),
});
export type PolicyStatement = z.infer<typeof PolicyStatementSchema>;

const cidrs = z.array(z.string());
const ids = z.array(z.string());

export const KIND_PROPERTIES = {
  'storage.bucket': z.object({
    publicRead: z.boolean(),
    publicWrite: z.boolean(),
    /** Account- or bucket-level block of public access (S3 Block Public Access, Azure allowBlobPublicAccess=false, GCS public access prevention). */
    publicAccessBlocked: z.boolean(),
    encryption: EncryptionSchema,
    versioning: z.boolean(),
    mfaDelete: z.boolean(),
    accessLogging: z.boolean(),
    tlsOnly: z.boolean(),
    objectLock: z.boolean(),
    replication: z.boolean(),
    lifecycleRules: z.number().int(),
    policy: z.array(PolicyStatementSchema),
    uniformAccess: z.boolean(),
  }),
  'storage.volume': z.object({
    encryption: EncryptionSchema,
    sizeGb: z.number(),
    attachedTo: ids,
    state: z.string(),
  }),
  'storage.snapshot': z.object({
    encryption: EncryptionSchema,
    public: z.boolean(),
    sharedWith: ids,
    sourceVolume: z.string(),
  }),
  'storage.file-share': z.object({
    encryption: EncryptionSchema,
    encryptionInTransit: z.boolean(),
    publicNetworkAccess: z.boolean(),
    backup: z.boolean(),
  }),
  'compute.instance': z.object({
    state: z.string(),
    publicIps: cidrs,
    privateIps: cidrs,
    interfaces: ids,
    subnet: z.string(),
    vpc: z.string(),
    securityGroups: ids,
    disksEncrypted: z.boolean(),
    /** Instance metadata service requires session tokens (AWS IMDSv2); Azure/GCP: not applicable (absent). */
    metadataTokensRequired: z.boolean(),
    image: z.string(),
    os: z.string(),
    role: z.string(),
    monitoring: z.boolean(),
    /** Open ports seen by a network scan (on-prem / Nmap): `tcp/22`. */
    openPorts: z.array(z.string()),
    serialConsole: z.boolean(),
    projectSshKeysBlocked: z.boolean(),
    shieldedVm: z.boolean(),
  }),
  'host.server': z.object({
    ips: cidrs,
    os: z.string(),
    owner: z.string(),
    environment: z.string(),
    openPorts: z.array(z.string()),
    services: z.array(
      z.object({
        port: z.string(),
        name: z.string(),
        product: z.string().optional(),
        version: z.string().optional(),
      }),
    ),
  }),
  'compute.function': z.object({
    runtime: z.string(),
    runtimeUpdateMode: z.string(),
    role: z.string(),
    publicUrl: z.boolean(),
    vpc: z.string(),
    environmentEncryption: EncryptionSchema,
    policy: z.array(PolicyStatementSchema),
  }),
  'compute.container-cluster': z.object({
    version: z.string(),
    endpointPublic: z.boolean(),
    endpointAllowedCidrs: cidrs,
    secretsEncryption: EncryptionSchema,
    controlPlaneLogging: z.array(z.string()),
    networkPolicy: z.boolean(),
    rbac: z.boolean(),
    privateNodes: z.boolean(),
    nodeAutoUpgrade: z.boolean(),
  }),
  'database.instance': z.object({
    engine: z.string(),
    engineVersion: z.string(),
    publiclyAccessible: z.boolean(),
    encryption: EncryptionSchema,
    backupRetentionDays: z.number(),
    multiAz: z.boolean(),
    deletionProtection: z.boolean(),
    autoMinorVersionUpgrade: z.boolean(),
    iamAuth: z.boolean(),
    tlsRequired: z.boolean(),
    auditLogging: z.boolean(),
    subnets: ids,
    securityGroups: ids,
    firewallCidrs: cidrs,
  }),
  'database.nosql-table': z.object({
    encryption: EncryptionSchema,
    pointInTimeRecovery: z.boolean(),
    deletionProtection: z.boolean(),
  }),
  'network.vpc': z.object({ cidrs: cidrs, isDefault: z.boolean(), flowLogs: z.boolean() }),
  'network.subnet': z.object({
    vpc: z.string(),
    cidrs: cidrs,
    /** A route to an internet gateway exists in its route table. */
    public: z.boolean(),
    mapPublicIpOnLaunch: z.boolean(),
    routeTable: z.string(),
    acl: z.string(),
    flowLogs: z.boolean(),
    privateGoogleAccess: z.boolean(),
  }),
  'network.security-group': z.object({
    rules: z.array(NetworkRuleSchema),
    vpc: z.string(),
    isDefault: z.boolean(),
    /** Interfaces, instances or subnets the group applies to. */
    attachedTo: ids,
    /** GCP: target tags / service accounts; Azure: NSG attachments are in attachedTo. */
    targets: z.array(z.string()),
  }),
  'network.acl': z.object({
    rules: z.array(NetworkRuleSchema),
    vpc: z.string(),
    subnets: ids,
    isDefault: z.boolean(),
  }),
  'network.route-table': z.object({
    vpc: z.string(),
    subnets: ids,
    routes: z.array(z.object({ destination: z.string(), target: z.string(), targetType: z.string() })),
  }),
  'network.interface': z.object({
    privateIps: cidrs,
    publicIps: cidrs,
    subnet: z.string(),
    vpc: z.string(),
    securityGroups: ids,
    attachedTo: z.string(),
    mac: z.string(),
  }),
  'network.load-balancer': z.object({
    scheme: z.enum(['internet-facing', 'internal']),
    listeners: z.array(
      z.object({ protocol: z.string(), port: z.number(), tlsPolicy: z.string().optional() }),
    ),
    accessLogging: z.boolean(),
    securityGroups: ids,
    subnets: ids,
    waf: z.boolean(),
    dropInvalidHeaders: z.boolean(),
  }),
  'network.gateway': z.object({ type: z.string(), vpc: z.string(), publicIps: cidrs }),
  'identity.principal': z.object({
    type: z.enum(['user', 'service-account', 'group', 'role', 'root', 'managed-identity']),
    mfa: z.boolean(),
    consoleAccess: z.boolean(),
    accessKeys: z.array(
      z.object({ id: z.string(), active: z.boolean(), created: z.string(), lastUsed: z.string().optional() }),
    ),
    passwordLastUsed: z.string(),
    attachedPolicies: ids,
    inlinePolicies: z.array(z.array(PolicyStatementSchema)),
    groups: ids,
  }),
  'identity.role': z.object({
    trust: z.array(PolicyStatementSchema),
    attachedPolicies: ids,
    inlinePolicies: z.array(z.array(PolicyStatementSchema)),
    /** Azure role assignments / GCP bindings: the members holding this role and the scope. */
    members: z.array(z.string()),
    scope: z.string(),
  }),
  'identity.policy': z.object({
    statements: z.array(PolicyStatementSchema),
    managedBy: z.enum(['provider', 'customer']),
    attachedTo: ids,
  }),
  'identity.account': z.object({
    passwordPolicy: z.record(z.string(), z.unknown()),
    rootMfa: z.boolean(),
    rootAccessKeys: z.boolean(),
  }),
  'crypto.key': z.object({
    rotationEnabled: z.boolean(),
    rotationPeriodDays: z.number(),
    state: z.string(),
    managedBy: z.enum(['provider', 'customer']),
    policy: z.array(PolicyStatementSchema),
    deletionProtection: z.boolean(),
    origin: z.string(),
  }),
  'secrets.secret': z.object({
    rotationEnabled: z.boolean(),
    encryption: EncryptionSchema,
    expires: z.string(),
  }),
  'logging.trail': z.object({
    multiRegion: z.boolean(),
    logging: z.boolean(),
    logFileValidation: z.boolean(),
    encryption: EncryptionSchema,
    bucket: z.string(),
    managementEvents: z.boolean(),
    dataEvents: z.boolean(),
    retentionDays: z.number(),
  }),
  'logging.flow-log': z.object({
    target: z.string(),
    trafficType: z.enum(['all', 'accept', 'reject']),
    destination: z.string(),
    enabled: z.boolean(),
    format: z.string(),
  }),
  'logging.log-group': z.object({ retentionDays: z.number(), encryption: EncryptionSchema }),
  'monitoring.config': z.object({
    recorderEnabled: z.boolean(),
    allResources: z.boolean(),
    alarms: z.array(z.string()),
  }),
  'k8s.workload': z.object({
    namespace: z.string(),
    containers: z.array(
      z.object({
        name: z.string(),
        image: z.string(),
        privileged: z.boolean().optional(),
        runAsNonRoot: z.boolean().optional(),
        readOnlyRootFilesystem: z.boolean().optional(),
        allowPrivilegeEscalation: z.boolean().optional(),
        capabilitiesAdded: z.array(z.string()).optional(),
        resourcesLimited: z.boolean().optional(),
      }),
    ),
    hostNetwork: z.boolean(),
    hostPid: z.boolean(),
    hostIpc: z.boolean(),
    hostPathVolumes: z.array(z.string()),
    serviceAccount: z.string(),
    automountServiceAccountToken: z.boolean(),
    labels: z.record(z.string(), z.string()),
  }),
  'k8s.service': z.object({
    namespace: z.string(),
    type: z.string(),
    ports: z.array(z.object({ port: z.number(), protocol: z.string(), targetPort: z.string().optional() })),
    selector: z.record(z.string(), z.string()),
    loadBalancerSourceRanges: cidrs,
  }),
  'k8s.network-policy': z.object({
    namespace: z.string(),
    podSelector: z.record(z.string(), z.string()),
    policyTypes: z.array(z.string()),
    rules: z.array(NetworkRuleSchema),
  }),
  'k8s.rbac-binding': z.object({
    namespace: z.string(),
    role: z.string(),
    clusterWide: z.boolean(),
    subjects: z.array(z.string()),
    rules: z.array(
      z.object({
        apiGroups: z.array(z.string()),
        resources: z.array(z.string()),
        verbs: z.array(z.string()),
      }),
    ),
  }),
} as const satisfies Partial<Record<ResourceKind, z.ZodObject>>;

export type KindWithProperties = keyof typeof KIND_PROPERTIES;
/** The normalized properties of `K`; every one optional, because absent means unknown. */
export type PropertiesOf<K extends ResourceKind> = K extends KindWithProperties
  ? Partial<z.infer<(typeof KIND_PROPERTIES)[K]>>
  : Record<string, unknown>;

/**
 * Validates `properties` for `kind`: known properties must have their normalized type; other keys are allowed
 * (provider-specific extras) and left alone. Returns the problems as `path: message`.
 */
export function checkProperties(kind: ResourceKind, properties: Record<string, unknown>): string[] {
  const schema = (KIND_PROPERTIES as Partial<Record<ResourceKind, z.ZodObject>>)[kind];
  if (!schema) return [];
  const result = schema.partial().loose().safeParse(properties);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
