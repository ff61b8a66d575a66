/** Compute: EC2 instances, Lambda functions, EKS clusters and Elastic Load Balancing v2 load balancers. */
import { Draft, type Fact, type NormContext } from './draft.js';
import {
  arn,
  bool,
  ec2Arn,
  get,
  isObj,
  kmsArn,
  list,
  num,
  type Obj,
  obj,
  partitionOf,
  pluck,
  type Scope,
  str,
  strings,
  tagsOf,
  uniq,
} from './fields.js';
import { missingId } from './network.js';
import { policyStatements } from './policy.js';

function scopeOf(ctx: NormContext): Scope {
  return { account: ctx.account, region: ctx.region };
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;

// ---------------------------------------------------------------------------------------------------------------
// EC2 instances
// ---------------------------------------------------------------------------------------------------------------

export function normalizeInstance(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'InstanceId');
  if (!id) return missingId(ctx, 'instance', 'InstanceId');
  const scope = scopeOf(ctx);
  const d = new Draft(ec2Arn(scope, 'instance', id), 'compute.instance', 'ec2', ctx, data);
  d.tags = tagsOf(get(data, 'Tags'));
  d.name = d.tags.Name;
  d.set('state', str(obj(data, 'State'), 'Name') ?? str(data, 'State'));

  const enis = list(data, 'NetworkInterfaces');
  const privateIps = [
    str(data, 'PrivateIpAddress'),
    ...(enis ?? []).flatMap((n) => [
      str(n, 'PrivateIpAddress'),
      ...pluck(list(n, 'PrivateIpAddresses'), 'PrivateIpAddress'),
    ]),
  ].filter(defined);
  d.set('privateIps', uniq(privateIps));
  const publicIps = [
    str(data, 'PublicIpAddress'),
    ...(enis ?? []).flatMap((n) => [
      str(obj(n, 'Association'), 'PublicIp'),
      ...(list(n, 'PrivateIpAddresses') ?? []).map((p) => str(obj(p, 'Association'), 'PublicIp')),
    ]),
  ].filter(defined);
  d.set('publicIps', uniq(publicIps));
  const ipv6 = (enis ?? []).flatMap((n) => pluck(list(n, 'Ipv6Addresses'), 'Ipv6Address'));
  if (ipv6.length > 0) d.set('ipv6Addresses', uniq(ipv6));

  if (enis) {
    const ids = uniq(pluck(enis, 'NetworkInterfaceId').map((e) => ec2Arn(scope, 'network-interface', e)));
    d.set('interfaces', ids);
    for (const e of ids) d.relate('has-interface', e);
  }
  const subnet = str(data, 'SubnetId');
  if (subnet)
    d.set('subnet', ec2Arn(scope, 'subnet', subnet)).relate('in-subnet', ec2Arn(scope, 'subnet', subnet));
  const vpc = str(data, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));

  const groups = list(data, 'SecurityGroups');
  if (groups || enis) {
    const sgIds = [
      ...pluck(groups, 'GroupId'),
      ...(enis ?? []).flatMap((n) => pluck(list(n, 'Groups'), 'GroupId')),
    ];
    const sgs = uniq(sgIds.map((g) => ec2Arn(scope, 'security-group', g)));
    d.set('securityGroups', sgs);
    for (const sg of sgs) d.relate('uses-security-group', sg);
  }

  const metadata = obj(data, 'MetadataOptions');
  const tokens = str(metadata, 'HttpTokens');
  if (tokens) d.set('metadataTokensRequired', tokens === 'required');
  else d.unknownBecause('metadataTokensRequired', 'the record has no MetadataOptions.HttpTokens');
  d.set('metadataEndpoint', str(metadata, 'HttpEndpoint'));
  d.set('image', str(data, 'ImageId'));
  const os = str(data, 'PlatformDetails') ?? str(data, 'Platform');
  d.setOr('os', os, 'the record has no PlatformDetails');
  const monitoring = str(obj(data, 'Monitoring'), 'State');
  if (monitoring) d.set('monitoring', monitoring === 'enabled' || monitoring === 'pending');
  d.set('instanceType', str(data, 'InstanceType'));
  d.set('availabilityZone', str(obj(data, 'Placement'), 'AvailabilityZone'));
  d.set('keyName', str(data, 'KeyName'));
  d.set('launchTime', str(data, 'LaunchTime'));

  const profile = str(obj(data, 'IamInstanceProfile'), 'Arn');
  if (profile) {
    d.facts.instanceProfile = profile;
    d.set('instanceProfile', profile);
  }
  const volumes = list(data, 'BlockDeviceMappings');
  if (volumes) {
    d.facts.volumes = uniq(
      volumes
        .map((b) => str(obj(b, 'Ebs'), 'VolumeId'))
        .filter(defined)
        .map((v) => ec2Arn(scope, 'volume', v)),
    );
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Lambda
// ---------------------------------------------------------------------------------------------------------------

export interface FunctionExtras {
  /** `get-function-url-config` (`AuthType`), or none when the function has no URL. */
  url: Fact;
  /** `get-policy` (`Policy`), or none when the function has no resource policy. */
  policy: Fact;
  /** `get-runtime-management-config` (`UpdateRuntimeOn`). */
  runtimeManagement: Fact;
}

export function normalizeFunction(data: Obj, ctx: NormContext, extras: FunctionExtras): Draft | undefined {
  const name = str(data, 'FunctionName');
  const id =
    str(data, 'FunctionArn') ??
    (name ? arn('lambda', ctx.region, ctx.account, `function:${name}`) : undefined);
  if (!id) return missingId(ctx, 'Lambda function', 'FunctionArn');
  const scope = scopeOf(ctx);
  const d = new Draft(id, 'compute.function', 'lambda', ctx, data);
  d.name = name;
  d.tags = tagsOf(get(data, 'Tags'));
  const packageType = str(data, 'PackageType');
  d.set('packageType', packageType);
  if (packageType === 'Image')
    d.unknownBecause('runtime', 'container image functions have no managed runtime');
  else d.setOr('runtime', str(data, 'Runtime'), 'the record has no Runtime');
  const role = str(data, 'Role');
  if (role) d.set('role', role).relate('uses-role', role);

  const vpcConfig = obj(data, 'VpcConfig');
  const vpcId = str(vpcConfig, 'VpcId');
  if (vpcId) {
    d.set('vpc', ec2Arn(scope, 'vpc', vpcId)).relate('in-vpc', ec2Arn(scope, 'vpc', vpcId));
    const sgs = uniq(
      strings(get(vpcConfig, 'SecurityGroupIds')).map((g) => ec2Arn(scope, 'security-group', g)),
    );
    d.set('securityGroups', sgs);
    for (const sg of sgs) d.relate('uses-security-group', sg);
    const subnets = uniq(strings(get(vpcConfig, 'SubnetIds')).map((s) => ec2Arn(scope, 'subnet', s)));
    d.set('subnets', subnets);
    for (const s of subnets) d.relate('in-subnet', s);
  } else if (str(data, 'FunctionArn')) {
    // Not attached to a VPC: runs in the Lambda service network.
    d.set('inVpc', false);
  }

  const kms = str(data, 'KMSKeyArn', 'KmsKeyArn');
  if (kms) {
    d.set('environmentEncryption', { enabled: true, keyId: kmsArn(scope, kms) });
    d.pendingKeys.push({ path: 'environmentEncryption', ref: kmsArn(scope, kms) });
  } else {
    // Lambda encrypts environment variables at rest with an AWS managed key unless a KMS key is set.
    d.set('environmentEncryption', { enabled: true, keyType: 'provider' });
  }

  if (extras.url.state === 'data') d.set('publicUrl', str(extras.url.value, 'AuthType') === 'NONE');
  else if (extras.url.state === 'none') d.set('publicUrl', false);
  else d.unknownBecause('publicUrl', extras.url.reason);

  if (extras.policy.state === 'data') {
    const doc = get(extras.policy.value, 'Policy') ?? extras.policy.value;
    d.set('policy', policyStatements(doc, ctx.region).statements);
  } else if (extras.policy.state === 'none') d.set('policy', []);
  else d.unknownBecause('policy', extras.policy.reason);

  if (extras.runtimeManagement.state === 'data')
    d.set('runtimeUpdateMode', str(extras.runtimeManagement.value, 'UpdateRuntimeOn'));
  else if (extras.runtimeManagement.state === 'unknown')
    d.unknownBecause('runtimeUpdateMode', extras.runtimeManagement.reason);
  d.set('lastModified', str(data, 'LastModified'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// EKS
// ---------------------------------------------------------------------------------------------------------------

function versionAtLeast(version: string | undefined, major: number, minor: number): boolean | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a > major || (a === major && b >= minor);
}

/** Enabled control-plane log types, from the API (`clusterLogging: [{types, enabled}]`) or CloudFormation shape. */
function enabledLogTypes(logging: Obj | undefined): string[] | undefined {
  const cl = get(logging, 'ClusterLogging');
  if (Array.isArray(cl)) {
    return uniq(cl.filter((c) => bool(c, 'Enabled') === true).flatMap((c) => strings(get(c, 'Types'))));
  }
  if (isObj(cl)) return uniq(pluck(list(cl, 'EnabledTypes'), 'Type'));
  return undefined;
}

export function normalizeCluster(data: Obj, ctx: NormContext): Draft | undefined {
  const name = str(data, 'Name');
  const id = str(data, 'Arn') ?? (name ? arn('eks', ctx.region, ctx.account, `cluster/${name}`) : undefined);
  if (!id) return missingId(ctx, 'EKS cluster', 'arn');
  const scope = scopeOf(ctx);
  const d = new Draft(id, 'compute.container-cluster', 'eks', ctx, data);
  d.name = name;
  d.tags = tagsOf(get(data, 'Tags'));
  const version = str(data, 'Version');
  d.set('version', version);
  d.set('status', str(data, 'Status'));
  const vpcConfig = obj(data, 'ResourcesVpcConfig');
  const endpointPublic = bool(vpcConfig, 'EndpointPublicAccess');
  d.set('endpointPublic', endpointPublic);
  d.set('endpointPrivate', bool(vpcConfig, 'EndpointPrivateAccess'));
  if (endpointPublic === true) {
    // The API reports 0.0.0.0/0 when no list was set.
    const cidrs = strings(get(vpcConfig, 'PublicAccessCidrs'));
    d.set('endpointAllowedCidrs', cidrs.length > 0 ? cidrs : ['0.0.0.0/0']);
  } else if (endpointPublic === false) d.set('endpointAllowedCidrs', []);
  const vpc = str(vpcConfig, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));
  const sgIds = [
    ...strings(get(vpcConfig, 'SecurityGroupIds')),
    str(vpcConfig, 'ClusterSecurityGroupId'),
  ].filter(defined);
  const sgs = uniq(sgIds.map((g) => ec2Arn(scope, 'security-group', g)));
  if (vpcConfig) d.set('securityGroups', sgs);
  for (const sg of sgs) d.relate('uses-security-group', sg);
  for (const s of strings(get(vpcConfig, 'SubnetIds'))) d.relate('in-subnet', ec2Arn(scope, 'subnet', s));

  const encryption = list(data, 'EncryptionConfig') ?? [];
  const secrets = encryption.find((e) => strings(get(e, 'Resources')).includes('secrets'));
  const keyArn = str(obj(secrets, 'Provider'), 'KeyArn');
  if (keyArn) {
    d.set('secretsEncryption', { enabled: true, keyType: 'customer-managed', keyId: keyArn });
    d.relate('uses-key', keyArn);
  } else {
    // Since Kubernetes 1.28, EKS envelope-encrypts all API data with an AWS owned key by default.
    const v = versionAtLeast(version, 1, 28);
    if (v === true) d.set('secretsEncryption', { enabled: true, keyType: 'provider' });
    else if (v === false) d.set('secretsEncryption', { enabled: false, keyType: 'none' });
    else d.unknownBecause('secretsEncryption', 'the record has no version');
  }
  const logTypes = enabledLogTypes(obj(data, 'Logging'));
  d.setOr('controlPlaneLogging', logTypes, 'the record has no logging configuration');
  // Kubernetes RBAC authorization is always on in EKS.
  d.set('rbac', true);
  d.unknownBecause('privateNodes', 'node groups are not in describe-cluster output');
  d.unknownBecause('nodeAutoUpgrade', 'node groups are not in describe-cluster output');
  d.unknownBecause('networkPolicy', 'add-ons are not in describe-cluster output');
  const role = str(data, 'RoleArn');
  if (role) d.relate('uses-role', role);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Load balancers (ELBv2)
// ---------------------------------------------------------------------------------------------------------------

export interface LoadBalancerExtras {
  /** `describe-listeners` (`Listeners`). */
  listeners: Fact;
  /** `describe-load-balancer-attributes` (`Attributes: [{Key, Value}]`). */
  attributes: Fact;
}

export function normalizeLoadBalancer(
  data: Obj,
  ctx: NormContext,
  extras: LoadBalancerExtras,
): Draft | undefined {
  const id = str(data, 'LoadBalancerArn');
  if (!id) return missingId(ctx, 'load balancer', 'LoadBalancerArn');
  const scope = scopeOf(ctx);
  const d = new Draft(id, 'network.load-balancer', 'elb', ctx, data);
  d.name = str(data, 'LoadBalancerName');
  d.tags = tagsOf(get(data, 'Tags'));
  const scheme = str(data, 'Scheme');
  if (scheme === 'internet-facing' || scheme === 'internal') d.set('scheme', scheme);
  const type = str(data, 'Type');
  d.set('type', type);
  const sgs = uniq(strings(get(data, 'SecurityGroups')).map((g) => ec2Arn(scope, 'security-group', g)));
  if (get(data, 'SecurityGroups') !== undefined || type === 'application') d.set('securityGroups', sgs);
  for (const sg of sgs) d.relate('uses-security-group', sg);
  const subnets = uniq(
    pluck(list(data, 'AvailabilityZones'), 'SubnetId').map((s) => ec2Arn(scope, 'subnet', s)),
  );
  d.set('subnets', subnets);
  for (const s of subnets) d.relate('in-subnet', s);
  const vpc = str(data, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));

  if (extras.listeners.state === 'data') {
    const listeners =
      list(extras.listeners.value, 'Listeners') ??
      (Array.isArray(extras.listeners.value) ? extras.listeners.value : []);
    d.set(
      'listeners',
      listeners.map((l) => {
        const out: { protocol: string; port: number; tlsPolicy?: string } = {
          protocol: str(l, 'Protocol') ?? 'unknown',
          port: num(l, 'Port') ?? 0,
        };
        const policy = str(l, 'SslPolicy');
        if (policy) out.tlsPolicy = policy;
        return out;
      }),
    );
  } else if (extras.listeners.state === 'unknown') d.unknownBecause('listeners', extras.listeners.reason);

  if (extras.attributes.state === 'data') {
    const attrs = tagsOf(list(extras.attributes.value, 'Attributes') ?? extras.attributes.value);
    const flag = (k: string) => (attrs[k] === undefined ? undefined : attrs[k] === 'true');
    d.set('accessLogging', flag('access_logs.s3.enabled'));
    if (type === 'application')
      d.set('dropInvalidHeaders', flag('routing.http.drop_invalid_header_fields.enabled'));
    d.set('deletionProtection', flag('deletion_protection.enabled'));
    const logBucket = attrs['access_logs.s3.bucket'];
    if (flag('access_logs.s3.enabled') && logBucket)
      d.relate('logs-to', `arn:${partitionOf(ctx.region)}:s3:::${logBucket}`);
  } else if (extras.attributes.state === 'unknown') {
    d.unknownBecause('accessLogging', extras.attributes.reason);
    if (type === 'application') d.unknownBecause('dropInvalidHeaders', extras.attributes.reason);
  }
  d.unknownBecause(
    'waf',
    'the web ACL association is not in Elastic Load Balancing output (wafv2 get-web-acl-for-resource)',
  );
  return d;
}
