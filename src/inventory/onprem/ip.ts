/**
 * IP address validation and canonical forms, so the same address written two ways (`2001:DB8::1` in an
 * inventory, `2001:db8:0:0:0:0:0:1` elsewhere) compares equal when on-prem sources are merged.
 */

/** The dotted-quad form of an IPv4 address, or undefined. Octets with leading zeros are rejected (octal-ambiguous). */
export function parseIpv4(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return undefined;
  }
  return parts.join('.');
}

/** The eight 16-bit groups of an IPv6 address, or undefined. A zone (`%eth0`) is not accepted. */
function ipv6Groups(text: string): number[] | undefined {
  if (text.length === 0 || text.includes('%')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] ?? '';
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (!v4) return undefined;
        const o = v4.split('.').map(Number) as [number, number, number, number];
        out.push((o[0] << 8) | o[1], (o[2] << 8) | o[3]);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
      out.push(Number.parseInt(piece, 16));
    }
    return out;
  };
  const head = parse(halves[0] ?? '');
  if (!head) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const tail = parse(halves[1] ?? '');
  if (!tail || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/** The RFC 5952 text form of an IPv6 address (lower case, shortest, `::` for the longest zero run), or undefined. */
export function parseIpv6(text: string): string | undefined {
  const g = ipv6Groups(text);
  if (!g) return undefined;
  // IPv4-mapped addresses keep the dotted tail (RFC 5952 section 5).
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    const a = g[6] ?? 0;
    const b = g[7] ?? 0;
    return `::ffff:${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (bestLen < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** The canonical form of an IPv4 or IPv6 address, or undefined when `text` is neither. */
export function canonicalIp(text: string): string | undefined {
  const t = text.trim();
  return t.includes(':') ? parseIpv6(t) : parseIpv4(t);
}
