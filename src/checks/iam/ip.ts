/** IPv4 and IPv6 addresses and CIDR blocks, as numbers, for `IpAddress` conditions and network rules. */

export interface Cidr {
  version: 4 | 6;
  base: bigint;
  prefix: number;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let out = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out = (out << 8n) | BigInt(n);
  }
  return out;
}

function parseV6(text: string): bigint | undefined {
  let s = text;
  // An embedded IPv4 tail (`::ffff:10.0.0.1`) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4?.[1]) {
    const n = parseV4(v4[1]);
    if (n === undefined) return undefined;
    s = `${s.slice(0, -v4[1].length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let out = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    out = (out << 16n) | BigInt(Number.parseInt(g, 16));
  }
  return out;
}

/** `10.0.0.0/8`, `2001:db8::/32`, or a single address (a /32 or /128). */
export function parseCidr(text: string): Cidr | undefined {
  const [addr = '', len] = text.trim().split('/');
  const version = addr.includes(':') ? 6 : 4;
  const value = version === 4 ? parseV4(addr) : parseV6(addr);
  if (value === undefined) return undefined;
  const bits = version === 4 ? 32 : 128;
  const prefix = len === undefined ? bits : Number(len);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return undefined;
  const shift = BigInt(bits - prefix);
  return { version, base: (value >> shift) << shift, prefix };
}

/** Whether block `outer` contains block (or address) `inner`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.version !== inner.version || inner.prefix < outer.prefix) return false;
  const bits = outer.version === 4 ? 32 : 128;
  const shift = BigInt(bits - outer.prefix);
  return inner.base >> shift === outer.base >> shift;
}

/** Whether the text is a CIDR that spans the whole IPv4 or IPv6 address space (`0.0.0.0/0`, `::/0`). */
export function isAnywhere(text: string): boolean {
  const c = parseCidr(text);
  return c !== undefined && c.prefix === 0;
}
