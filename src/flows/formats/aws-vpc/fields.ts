/**
 * AWS VPC (and Transit Gateway) flow-log fields, per the "Flow log records" tables of the Amazon VPC User
 * Guide and the Transit Gateway guide. Each column of a record maps to one role; columns Verity cannot store
 * in a FlowBatch are parsed (counted as fields) and skipped.
 */

export const ROLE = {
  skip: 0,
  version: 1,
  srcaddr: 2,
  dstaddr: 3,
  srcport: 4,
  dstport: 5,
  protocol: 6,
  packets: 7,
  bytes: 8,
  start: 9,
  end: 10,
  action: 11,
  logStatus: 12,
  tcpFlags: 13,
  flowDirection: 14,
  iface: 15,
  pktSrcaddr: 16,
  pktDstaddr: 17,
  tgwAttachment: 18,
} as const;

/** Every field name AWS documents for VPC flow logs (v2–v8) and Transit Gateway flow logs. */
const NAMED_ROLES: Readonly<Record<string, number>> = {
  version: ROLE.version,
  'account-id': ROLE.skip,
  'interface-id': ROLE.iface,
  srcaddr: ROLE.srcaddr,
  dstaddr: ROLE.dstaddr,
  srcport: ROLE.srcport,
  dstport: ROLE.dstport,
  protocol: ROLE.protocol,
  packets: ROLE.packets,
  bytes: ROLE.bytes,
  start: ROLE.start,
  end: ROLE.end,
  action: ROLE.action,
  'log-status': ROLE.logStatus,
  // v3
  'vpc-id': ROLE.skip,
  'subnet-id': ROLE.skip,
  'instance-id': ROLE.skip,
  'tcp-flags': ROLE.tcpFlags,
  type: ROLE.skip,
  'pkt-srcaddr': ROLE.pktSrcaddr,
  'pkt-dstaddr': ROLE.pktDstaddr,
  // v4
  region: ROLE.skip,
  'az-id': ROLE.skip,
  'sublocation-type': ROLE.skip,
  'sublocation-id': ROLE.skip,
  // v5
  'pkt-src-aws-service': ROLE.skip,
  'pkt-dst-aws-service': ROLE.skip,
  'flow-direction': ROLE.flowDirection,
  'traffic-path': ROLE.skip,
  // v7
  'ecs-cluster-arn': ROLE.skip,
  'ecs-cluster-name': ROLE.skip,
  'ecs-container-instance-arn': ROLE.skip,
  'ecs-container-instance-id': ROLE.skip,
  'ecs-container-id': ROLE.skip,
  'ecs-second-container-id': ROLE.skip,
  'ecs-service-name': ROLE.skip,
  'ecs-task-definition-arn': ROLE.skip,
  'ecs-task-arn': ROLE.skip,
  'ecs-task-id': ROLE.skip,
  // v8
  'reject-reason': ROLE.skip,
  // Transit Gateway flow logs
  'resource-type': ROLE.skip,
  'tgw-id': ROLE.skip,
  'tgw-attachment-id': ROLE.tgwAttachment,
  'tgw-src-vpc-account-id': ROLE.skip,
  'tgw-dst-vpc-account-id': ROLE.skip,
  'tgw-src-vpc-id': ROLE.skip,
  'tgw-dst-vpc-id': ROLE.skip,
  'tgw-src-subnet-id': ROLE.skip,
  'tgw-dst-subnet-id': ROLE.skip,
  'tgw-src-eni': ROLE.skip,
  'tgw-dst-eni': ROLE.skip,
  'tgw-src-az-id': ROLE.skip,
  'tgw-dst-az-id': ROLE.skip,
  'tgw-pair-attachment-id': ROLE.skip,
  'packets-lost-no-route': ROLE.skip,
  'packets-lost-blackhole': ROLE.skip,
  'packets-lost-mtu-exceeded': ROLE.skip,
  'packets-lost-ttl-expired': ROLE.skip,
};

export function isKnownField(name: string): boolean {
  return Object.hasOwn(NAMED_ROLES, name);
}

/** A record layout: the role of each column, and the names for problem reports. */
export interface Layout {
  roles: Uint8Array;
  names: readonly string[];
}

/**
 * Builds a layout from field names. `srcaddr`/`dstaddr` win; `pkt-srcaddr`/`pkt-dstaddr` fill in when the
 * format lacks them. `interface-id` is the interface; a Transit Gateway record's attachment stands in.
 */
export function layoutOf(names: readonly string[]): Layout {
  const has = (n: string) => names.includes(n);
  const roles = new Uint8Array(names.length);
  names.forEach((n, i) => {
    let r = NAMED_ROLES[n] ?? ROLE.skip;
    if (r === ROLE.pktSrcaddr) r = has('srcaddr') ? ROLE.skip : ROLE.srcaddr;
    else if (r === ROLE.pktDstaddr) r = has('dstaddr') ? ROLE.skip : ROLE.dstaddr;
    else if (r === ROLE.tgwAttachment) r = has('interface-id') ? ROLE.skip : ROLE.iface;
    roles[i] = r;
  });
  return { roles, names: [...names] };
}

const V2 =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status';
const V3 = 'vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr';
const V4 = 'region az-id sublocation-type sublocation-id';
const V5 = 'pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path';
const V7 =
  'ecs-cluster-arn ecs-cluster-name ecs-container-instance-arn ecs-container-instance-id ecs-container-id ' +
  'ecs-second-container-id ecs-service-name ecs-task-definition-arn ecs-task-arn ecs-task-id';
const V8 = 'reject-reason';
/** The custom format of AWS's "TCP flag sequence" and NAT-gateway flow-log examples. */
const V3_EXAMPLE =
  'version vpc-id subnet-id instance-id interface-id account-id type srcaddr dstaddr srcport dstport ' +
  'pkt-srcaddr pkt-dstaddr protocol bytes packets start end action tcp-flags log-status';
/** The Transit Gateway flow-log default format. */
const TGW_DEFAULT =
  'version resource-type account-id tgw-id tgw-attachment-id tgw-src-vpc-account-id tgw-dst-vpc-account-id ' +
  'tgw-src-vpc-id tgw-dst-vpc-id tgw-src-subnet-id tgw-dst-subnet-id tgw-src-eni tgw-dst-eni tgw-src-az-id ' +
  'tgw-dst-az-id tgw-pair-attachment-id srcaddr dstaddr srcport dstport protocol packets bytes start end ' +
  'log-status type packets-lost-no-route packets-lost-blackhole packets-lost-mtu-exceeded ' +
  'packets-lost-ttl-expired tcp-flags region flow-direction pkt-src-aws-service pkt-dst-aws-service';

const words = (...parts: string[]) => parts.join(' ').split(' ');

/**
 * Layouts for records with no header line, told apart by their number of fields: the default (v2) format,
 * every field of v2–v5, of v2–v7 and of v2–v8 in the documented order, AWS's v3 example format, and the
 * Transit Gateway default format.
 */
export const HEADERLESS: ReadonlyMap<number, Layout> = new Map(
  [
    words(V2),
    words(V3_EXAMPLE),
    words(V2, V3, V4, V5),
    words(V2, V3, V4, V5, V7),
    words(V2, V3, V4, V5, V7, V8),
    words(TGW_DEFAULT),
  ].map((names) => [names.length, layoutOf(names)] as const),
);

export const DEFAULT_LAYOUT = HEADERLESS.get(14) as Layout;
