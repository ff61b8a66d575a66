import type { NetworkRule } from '../../core/index.js';

export const ALL_PORTS = { from: 0, to: 65535 } as const;

/** Protocol names and numbers as `NetworkRule.protocol`: `tcp`, `udp`, `icmp`, `icmpv6`, `all`, or a number. */
export function normalizeProtocol(p: string): string {
  const v = p.trim().toLowerCase();
  if (v === '-1' || v === 'all' || v === '*' || v === 'any') return 'all';
  if (v === '6' || v === 'tcp') return 'tcp';
  if (v === '17' || v === 'udp') return 'udp';
  if (v === '1' || v === 'icmp') return 'icmp';
  if (v === '58' || v === 'icmpv6' || v === 'icmp6' || v === 'ipv6-icmp') return 'icmpv6';
  return v;
}

/**
 * Ports of an AWS security group or NACL entry (`from_port`/`to_port`, `FromPort`/`ToPort`): every port for
 * protocol `all` or -1; ICMP type in `from` and code in `to` (255 for any code).
 */
export function awsPorts(protocol: string, from: number | undefined, to: number | undefined) {
  if (protocol === 'all') return { ...ALL_PORTS };
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    if (from === undefined || from < 0) return { ...ALL_PORTS };
    return { from, to: to === undefined || to < 0 ? 255 : to };
  }
  if (from === undefined || from < 0 || to === undefined || to < 0) return { ...ALL_PORTS };
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** `22`, `1000-2000` or `*` (Azure NSG, GCP firewall); undefined when it is not a port range. */
export function parsePortRange(text: string): { from: number; to: number } | undefined {
  const t = text.trim();
  if (t === '*' || t === '') return { ...ALL_PORTS };
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(t);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] !== undefined ? Number(m[2]) : from;
  if (from > 65535 || to > 65535) return undefined;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** Azure address prefixes as rule peers: `*` → both anywhere CIDRs; named tags → `service-tag:<name>`. */
export function azurePeer(prefix: string): string[] {
  const p = prefix.trim();
  if (p === '*' || p === '0.0.0.0/0' || p.toLowerCase() === 'any') return ['0.0.0.0/0', '::/0'];
  if (/^[\d.:a-fA-F]+(\/\d+)?$/.test(p) && /[.:]/.test(p)) return [p.includes('/') ? p : hostCidr(p)];
  return [`service-tag:${p}`];
}

function hostCidr(ip: string): string {
  return ip.includes(':') ? `${ip}/128` : `${ip}/32`;
}

/** The default rules every Azure network security group has (lowest priority, after the customer's rules). */
export function azureDefaultRules(): NetworkRule[] {
  const rule = (
    direction: 'ingress' | 'egress',
    action: 'allow' | 'deny',
    peers: string[],
    priority: number,
    description: string,
  ): NetworkRule => ({
    direction,
    action,
    protocol: 'all',
    ports: { ...ALL_PORTS },
    peers,
    priority,
    description,
  });
  return [
    rule('ingress', 'allow', ['service-tag:VirtualNetwork'], 65000, 'AllowVnetInBound (default rule)'),
    rule(
      'ingress',
      'allow',
      ['service-tag:AzureLoadBalancer'],
      65001,
      'AllowAzureLoadBalancerInBound (default rule)',
    ),
    rule('ingress', 'deny', ['0.0.0.0/0', '::/0'], 65500, 'DenyAllInBound (default rule)'),
    rule('egress', 'allow', ['service-tag:VirtualNetwork'], 65000, 'AllowVnetOutBound (default rule)'),
    rule('egress', 'allow', ['service-tag:Internet'], 65001, 'AllowInternetOutBound (default rule)'),
    rule('egress', 'deny', ['0.0.0.0/0', '::/0'], 65500, 'DenyAllOutBound (default rule)'),
  ];
}

function ipv4ToInt(ip: string): number | undefined {
  const parts = ip.trim().split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

function intToIpv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** The smallest list of CIDRs covering an IPv4 range (Azure SQL firewall rules give start and end addresses). */
export function ipv4RangeToCidrs(start: string, end: string): string[] | undefined {
  let a = ipv4ToInt(start);
  const b = ipv4ToInt(end);
  if (a === undefined || b === undefined || a > b) return undefined;
  const out: string[] = [];
  while (a <= b) {
    let size = 32;
    while (size > 0) {
      const block = 2 ** (32 - (size - 1));
      if (a % block !== 0 || a + block - 1 > b) break;
      size--;
    }
    out.push(`${intToIpv4(a)}/${size}`);
    a += 2 ** (32 - size);
  }
  return out;
}
