/**
 * VPC networking: VPCs, subnets, security groups, network ACLs, route tables, network interfaces and flow logs,
 * from `ec2 describe-*` output (PascalCase) or AWS Config items (camelCase).
 */
import type { NetworkRule } from '../../core/index.js';
import { Draft, type NormContext, reportRecord } from './draft.js';
import {
  arn,
  bool,
  ec2Arn,
  get,
  isObj,
  list,
  num,
  type Obj,
  obj,
  pluck,
  type Scope,
  str,
  tagsOf,
  uniq,
} from './fields.js';

const PROTOCOLS: Record<string, string> = {
  '-1': 'all',
  all: 'all',
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '58': 'icmpv6',
};

export function protocolName(p: unknown): string {
  const s = p === undefined || p === null ? '-1' : String(p).toLowerCase();
  return PROTOCOLS[s] ?? s;
}

const ALL_PORTS = { from: 0, to: 65535 } as const;

/**
 * Ports of a rule. TCP/UDP: the range (`-1` or absent → all). ICMP: `from` is the type and `to` the code; any
 * type → 0-65535, a type with any code → `{from: type, to: type}`. Other protocols carry no ports → all.
 */
export function portRange(protocol: string, from: number | undefined, to: number | undefined) {
  if (protocol === 'tcp' || protocol === 'udp') {
    if (from === undefined || from < 0) return { ...ALL_PORTS };
    return { from, to: to === undefined || to < 0 ? 65535 : to };
  }
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    if (from === undefined || from < 0) return { ...ALL_PORTS };
    return { from, to: to === undefined || to < 0 ? from : to };
  }
  return { ...ALL_PORTS };
}

function scopeOf(ctx: NormContext): Scope {
  return { account: ctx.account, region: ctx.region };
}

function nameTag(tags: Record<string, string>): string | undefined {
  return tags.Name;
}

function withTags(d: Draft, data: Obj, fallbackName?: string): Draft {
  d.tags = tagsOf(get(data, 'Tags', 'TagSet', 'TagList'));
  d.name = nameTag(d.tags) ?? fallbackName;
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Security groups
// ---------------------------------------------------------------------------------------------------------------

/** `IpPermissions` / `IpPermissionsEgress` → one rule per peer (CIDR, IPv6 CIDR, prefix list, group). */
export function securityGroupRules(
  perms: unknown[] | undefined,
  direction: 'ingress' | 'egress',
): NetworkRule[] {
  const rules: NetworkRule[] = [];
  for (const p of perms ?? []) {
    if (!isObj(p)) continue;
    const protocol = protocolName(get(p, 'IpProtocol'));
    const ports = portRange(protocol, num(p, 'FromPort'), num(p, 'ToPort'));
    const add = (peer: string | undefined, description: string | undefined) => {
      if (!peer) return;
      const rule: NetworkRule = { direction, action: 'allow', protocol, ports: { ...ports }, peers: [peer] };
      if (description) rule.description = description;
      rules.push(rule);
    };
    // Config records IPv4 ranges twice: `ipv4Ranges` (objects) and `ipRanges` (strings). Prefer the objects.
    const v4 = list(p, 'Ipv4Ranges') ?? list(p, 'IpRanges') ?? [];
    for (const r of v4) add(typeof r === 'string' ? r : str(r, 'CidrIp'), str(r, 'Description'));
    for (const r of list(p, 'Ipv6Ranges') ?? [])
      add(typeof r === 'string' ? r : str(r, 'CidrIpv6'), str(r, 'Description'));
    for (const r of list(p, 'PrefixListIds') ?? []) {
      const id = typeof r === 'string' ? r : str(r, 'PrefixListId');
      add(id ? `prefix-list:${id}` : undefined, str(r, 'Description'));
    }
    for (const r of list(p, 'UserIdGroupPairs') ?? []) {
      const id = str(r, 'GroupId');
      add(id ? `sg:${id}` : undefined, str(r, 'Description'));
    }
  }
  return rules;
}

export function normalizeSecurityGroup(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'GroupId');
  if (!id) return missingId(ctx, 'security group', 'GroupId');
  const scope = scopeOf(ctx);
  const d = withTags(
    new Draft(ec2Arn(scope, 'security-group', id), 'network.security-group', 'vpc', ctx, data),
    data,
  );
  d.name = d.name ?? str(data, 'GroupName');
  const ingress = list(data, 'IpPermissions');
  const egress = list(data, 'IpPermissionsEgress');
  if (ingress || egress)
    d.set('rules', [...securityGroupRules(ingress, 'ingress'), ...securityGroupRules(egress, 'egress')]);
  else d.unknownBecause('rules', 'the record has no IpPermissions');
  const vpc = str(data, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));
  const groupName = str(data, 'GroupName');
  // Every VPC has one default group named `default`; no other group may take that name.
  if (groupName !== undefined) d.set('isDefault', groupName === 'default');
  d.set('groupId', id).set('groupName', groupName).set('description', str(data, 'Description'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Network ACLs
// ---------------------------------------------------------------------------------------------------------------

export function networkAclRules(entries: unknown[]): NetworkRule[] {
  const rules: NetworkRule[] = [];
  for (const e of entries) {
    if (!isObj(e)) continue;
    const direction = bool(e, 'Egress') ? 'egress' : 'ingress';
    const action = String(get(e, 'RuleAction') ?? '').toLowerCase() === 'allow' ? 'allow' : 'deny';
    const protocol = protocolName(get(e, 'Protocol'));
    const icmp = obj(e, 'IcmpTypeCode');
    const range = obj(e, 'PortRange');
    const ports =
      protocol === 'icmp' || protocol === 'icmpv6'
        ? portRange(protocol, num(icmp, 'Type'), num(icmp, 'Code'))
        : portRange(protocol, num(range, 'From'), num(range, 'To'));
    const peer = str(e, 'CidrBlock') ?? str(e, 'Ipv6CidrBlock');
    const rule: NetworkRule = { direction, action, protocol, ports, peers: peer ? [peer] : [] };
    const priority = num(e, 'RuleNumber');
    if (priority !== undefined) rule.priority = priority;
    rules.push(rule);
  }
  // The `*` rule (number 32767) always ends each direction with a deny; add it if the source left it out.
  for (const direction of ['ingress', 'egress'] as const) {
    if (!rules.some((r) => r.direction === direction && r.priority === 32767)) {
      rules.push({
        direction,
        action: 'deny',
        protocol: 'all',
        ports: { ...ALL_PORTS },
        peers: ['0.0.0.0/0'],
        priority: 32767,
      });
    }
  }
  return rules.sort((a, b) =>
    a.direction === b.direction ? (a.priority ?? 0) - (b.priority ?? 0) : a.direction === 'ingress' ? -1 : 1,
  );
}

export function normalizeNetworkAcl(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'NetworkAclId');
  if (!id) return missingId(ctx, 'network ACL', 'NetworkAclId');
  const scope = scopeOf(ctx);
  const d = withTags(new Draft(ec2Arn(scope, 'network-acl', id), 'network.acl', 'vpc', ctx, data), data);
  const entries = list(data, 'Entries');
  if (entries) d.set('rules', networkAclRules(entries));
  else d.unknownBecause('rules', 'the record has no Entries');
  const vpc = str(data, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));
  const assoc = list(data, 'Associations');
  if (assoc) d.set('subnets', uniq(pluck(assoc, 'SubnetId').map((s) => ec2Arn(scope, 'subnet', s))));
  else d.unknownBecause('subnets', 'the record has no Associations');
  d.set('isDefault', bool(data, 'IsDefault'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// VPCs, subnets, route tables
// ---------------------------------------------------------------------------------------------------------------

export function normalizeVpc(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'VpcId');
  if (!id) return missingId(ctx, 'VPC', 'VpcId');
  const d = withTags(new Draft(ec2Arn(scopeOf(ctx), 'vpc', id), 'network.vpc', 'vpc', ctx, data), data);
  const cidrs = [
    str(data, 'CidrBlock'),
    ...associatedCidrs(list(data, 'CidrBlockAssociationSet'), 'CidrBlock'),
    ...associatedCidrs(list(data, 'Ipv6CidrBlockAssociationSet'), 'Ipv6CidrBlock'),
  ].filter((c): c is string => c !== undefined);
  d.set('cidrs', uniq(cidrs));
  d.set('isDefault', bool(data, 'IsDefault'));
  d.set('state', str(data, 'State'));
  return d;
}

/** CIDRs of an association set, leaving out disassociated ones. */
function associatedCidrs(set: unknown[] | undefined, key: string): string[] {
  const out: string[] = [];
  for (const a of set ?? []) {
    const state = str(get(a, 'CidrBlockState', 'Ipv6CidrBlockState'), 'State');
    if (state && state !== 'associated' && state !== 'associating') continue;
    const c = str(a, key);
    if (c) out.push(c);
  }
  return out;
}

export function normalizeSubnet(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'SubnetId');
  if (!id) return missingId(ctx, 'subnet', 'SubnetId');
  const scope = scopeOf(ctx);
  const d = withTags(
    new Draft(str(data, 'SubnetArn') ?? ec2Arn(scope, 'subnet', id), 'network.subnet', 'vpc', ctx, data),
    data,
  );
  const vpc = str(data, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));
  const cidrs = [
    str(data, 'CidrBlock'),
    ...associatedCidrs(list(data, 'Ipv6CidrBlockAssociationSet'), 'Ipv6CidrBlock'),
  ];
  d.set(
    'cidrs',
    cidrs.filter((c): c is string => c !== undefined),
  );
  d.set('mapPublicIpOnLaunch', bool(data, 'MapPublicIpOnLaunch'));
  d.set('availabilityZone', str(data, 'AvailabilityZone'));
  return d;
}

/** The kind of target a route sends to, from the target id's prefix. */
export function routeTargetType(target: string): string {
  if (target === 'local') return 'local';
  const prefixes: [string, string][] = [
    ['igw-', 'internet-gateway'],
    ['eigw-', 'egress-only-internet-gateway'],
    ['nat-', 'nat-gateway'],
    ['tgw-', 'transit-gateway'],
    ['pcx-', 'vpc-peering'],
    ['vgw-', 'virtual-private-gateway'],
    ['vpce-', 'vpc-endpoint'],
    ['eni-', 'network-interface'],
    ['i-', 'instance'],
    ['cagw-', 'carrier-gateway'],
    ['lgw-', 'local-gateway'],
  ];
  for (const [prefix, type] of prefixes) if (target.startsWith(prefix)) return type;
  if (target.startsWith('arn:') && target.includes(':core-network/')) return 'core-network';
  return 'other';
}

const ROUTE_TARGETS = [
  'GatewayId',
  'NatGatewayId',
  'TransitGatewayId',
  'VpcPeeringConnectionId',
  'EgressOnlyInternetGatewayId',
  'CarrierGatewayId',
  'LocalGatewayId',
  'CoreNetworkArn',
  'NetworkInterfaceId',
  'InstanceId',
];

export function normalizeRouteTable(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'RouteTableId');
  if (!id) return missingId(ctx, 'route table', 'RouteTableId');
  const scope = scopeOf(ctx);
  const d = withTags(
    new Draft(ec2Arn(scope, 'route-table', id), 'network.route-table', 'vpc', ctx, data),
    data,
  );
  const vpc = str(data, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));
  const assoc = list(data, 'Associations');
  if (assoc) {
    d.set('subnets', uniq(pluck(assoc, 'SubnetId').map((s) => ec2Arn(scope, 'subnet', s))));
    d.facts.main = assoc.some((a) => bool(a, 'Main') === true);
    d.set('main', d.facts.main);
  } else d.unknownBecause('subnets', 'the record has no Associations');
  const routes = list(data, 'Routes');
  if (routes) {
    const active: { destination: string; target: string; targetType: string }[] = [];
    const blackhole: { destination: string; target: string; targetType: string }[] = [];
    for (const r of routes) {
      const destination = str(
        r,
        'DestinationCidrBlock',
        'DestinationIpv6CidrBlock',
        'DestinationPrefixListId',
      );
      const target = ROUTE_TARGETS.map((k) => str(r, k)).find((t) => t !== undefined);
      if (!destination || !target) continue;
      const route = { destination, target, targetType: routeTargetType(target) };
      if (str(r, 'State') === 'blackhole') blackhole.push(route);
      else active.push(route);
    }
    d.set('routes', active);
    if (blackhole.length > 0) d.set('blackholeRoutes', blackhole);
  } else d.unknownBecause('routes', 'the record has no Routes');
  return d;
}

/** Whether routes send the internet (`0.0.0.0/0` or `::/0`) to an internet gateway. */
export function routesToInternet(routes: readonly { destination: string; targetType: string }[]): boolean {
  return routes.some(
    (r) => (r.destination === '0.0.0.0/0' || r.destination === '::/0') && r.targetType === 'internet-gateway',
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Network interfaces
// ---------------------------------------------------------------------------------------------------------------

export function normalizeNetworkInterface(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'NetworkInterfaceId');
  if (!id) return missingId(ctx, 'network interface', 'NetworkInterfaceId');
  const scope = scopeOf(ctx);
  const d = withTags(
    new Draft(ec2Arn(scope, 'network-interface', id), 'network.interface', 'ec2', ctx, data),
    data,
  );
  d.name = d.name ?? str(data, 'Description');
  const privateIps = [
    str(data, 'PrivateIpAddress'),
    ...pluck(list(data, 'PrivateIpAddresses'), 'PrivateIpAddress'),
  ];
  d.set('privateIps', uniq(privateIps.filter((x): x is string => x !== undefined)));
  const publicIps = [
    str(obj(data, 'Association'), 'PublicIp'),
    ...(list(data, 'PrivateIpAddresses') ?? []).map((p) => str(obj(p, 'Association'), 'PublicIp')),
  ];
  d.set('publicIps', uniq(publicIps.filter((x): x is string => x !== undefined)));
  const ipv6 = pluck(list(data, 'Ipv6Addresses'), 'Ipv6Address');
  if (ipv6.length > 0) d.set('ipv6Addresses', ipv6);
  const subnet = str(data, 'SubnetId');
  if (subnet)
    d.set('subnet', ec2Arn(scope, 'subnet', subnet)).relate('in-subnet', ec2Arn(scope, 'subnet', subnet));
  const vpc = str(data, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));
  const groups = list(data, 'Groups');
  if (groups) {
    const sgs = uniq(pluck(groups, 'GroupId').map((g) => ec2Arn(scope, 'security-group', g)));
    d.set('securityGroups', sgs);
    for (const sg of sgs) d.relate('uses-security-group', sg);
  }
  const attachment = obj(data, 'Attachment');
  const instance = str(attachment, 'InstanceId');
  if (instance) {
    const target = ec2Arn(scope, 'instance', instance);
    d.set('attachedTo', target).relate('attached-to', target);
  } else if (str(data, 'Status') === 'in-use') {
    // Interfaces of managed services (Lambda, load balancers, RDS) name no instance.
    const type = str(data, 'InterfaceType');
    const user =
      (type && type !== 'interface' ? type : undefined) ?? str(data, 'Description') ?? 'a managed service';
    d.unknownBecause('attachedTo', `in use by ${user}, not by an instance`);
  }
  d.set('mac', str(data, 'MacAddress'));
  d.set('status', str(data, 'Status')).set('interfaceType', str(data, 'InterfaceType'));
  d.set('requesterManaged', bool(data, 'RequesterManaged'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Flow logs
// ---------------------------------------------------------------------------------------------------------------

function flowLogTarget(scope: Scope, resourceId: string): string {
  if (resourceId.startsWith('arn:')) return resourceId;
  if (resourceId.startsWith('vpc-')) return ec2Arn(scope, 'vpc', resourceId);
  if (resourceId.startsWith('subnet-')) return ec2Arn(scope, 'subnet', resourceId);
  if (resourceId.startsWith('eni-')) return ec2Arn(scope, 'network-interface', resourceId);
  if (resourceId.startsWith('tgw-attach-')) return ec2Arn(scope, 'transit-gateway-attachment', resourceId);
  if (resourceId.startsWith('tgw-')) return ec2Arn(scope, 'transit-gateway', resourceId);
  return resourceId;
}

export function normalizeFlowLog(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'FlowLogId', 'Id');
  if (!id) return missingId(ctx, 'flow log', 'FlowLogId');
  const scope = scopeOf(ctx);
  const d = withTags(
    new Draft(ec2Arn(scope, 'vpc-flow-log', id), 'logging.flow-log', 'vpc', ctx, data),
    data,
  );
  const resourceId = str(data, 'ResourceId');
  if (resourceId) {
    const target = flowLogTarget(scope, resourceId);
    d.set('target', target).relate('attached-to', target);
  }
  const traffic = str(data, 'TrafficType')?.toLowerCase();
  if (traffic === 'all' || traffic === 'accept' || traffic === 'reject') d.set('trafficType', traffic);
  let destination = str(data, 'LogDestination');
  const group = str(data, 'LogGroupName');
  if (!destination && group) destination = arn('logs', scope.region, scope.account, `log-group:${group}`);
  if (destination) d.set('destination', destination).relate('logs-to', destination.replace(/:\*$/, ''));
  d.set('destinationType', str(data, 'LogDestinationType'));
  const status = str(data, 'FlowLogStatus');
  if (status) d.set('enabled', status.toUpperCase() === 'ACTIVE');
  else d.unknownBecause('enabled', 'the record has no FlowLogStatus');
  d.set('format', str(data, 'LogFormat'));
  d.set('deliverLogsStatus', str(data, 'DeliverLogsStatus'));
  return d;
}

export function missingId(ctx: NormContext, what: string, field: string): undefined {
  reportRecord(ctx, `a ${what} record has no ${field}; skipped`);
  return undefined;
}
