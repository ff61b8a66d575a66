/**
 * Link, network and transport headers of a captured frame: Ethernet (802.1Q / 802.1ad tags), raw IP, BSD
 * loopback, Linux cooked (SLL, SLL2); IPv4 and IPv6 (extension headers skipped); TCP, UDP, SCTP ports and ICMP
 * type / code. One {@link PacketInfo} is reused for every packet.
 */

export const FRAME = {
  ok: 0,
  /** A frame that carries no IP (ARP, LLDP...). */
  notIp: 1,
  /** Headers cut short by the capture's snap length or a broken length field. */
  truncated: 2,
  unsupportedLink: 3,
} as const;
export type FrameResult = (typeof FRAME)[keyof typeof FRAME];

export class PacketInfo {
  family = 0;
  src4 = 0;
  dst4 = 0;
  readonly src6 = new Uint8Array(16);
  readonly dst6 = new Uint8Array(16);
  protocol = 0;
  srcPort = 0;
  dstPort = 0;
  tcpFlags = 0;
  /** ICMP / ICMPv6 type and code, -1 when not ICMP. */
  icmpType = -1;
  icmpCode = 0;
  /** Innermost 802.1Q VLAN id, -1 when untagged. */
  vlan = -1;
  /** The IP packet's length as its header states it (header and payload). */
  ipLength = 0;
  /** A later fragment: no transport header. */
  fragment = false;
  /** Offset in the frame of the transport payload (after the TCP / UDP header), and its captured length. */
  payloadOffset = 0;
  payloadLength = 0;
  /** UDP: the payload length the UDP header states (more than `payloadLength` when cut or fragmented). */
  udpPayloadLength = 0;
}

function u16(p: Uint8Array, o: number): number {
  return ((p[o] as number) << 8) | (p[o + 1] as number);
}

function u32(p: Uint8Array, o: number): number {
  return (
    (((p[o] as number) << 24) |
      ((p[o + 1] as number) << 16) |
      ((p[o + 2] as number) << 8) |
      (p[o + 3] as number)) >>>
    0
  );
}

/** Fills `out` from one captured frame of the given link type. */
export function decodeFrame(linkType: number, p: Uint8Array, out: PacketInfo): FrameResult {
  out.vlan = -1;
  let o = 0;
  let etherType: number;
  switch (linkType) {
    case 1: {
      // Ethernet II; 802.1Q (0x8100), 802.1ad (0x88a8) and the older 0x9100 tags may be stacked.
      if (p.length < 14) return FRAME.truncated;
      etherType = u16(p, 12);
      o = 14;
      while (etherType === 0x8100 || etherType === 0x88a8 || etherType === 0x9100) {
        if (p.length < o + 4) return FRAME.truncated;
        out.vlan = u16(p, o) & 0xfff;
        etherType = u16(p, o + 2);
        o += 4;
      }
      break;
    }
    case 101:
    case 12:
    case 14:
    case 228:
    case 229:
      if (p.length < 1) return FRAME.truncated;
      etherType = (p[0] as number) >> 4 === 6 ? 0x86dd : 0x0800;
      break;
    case 0:
    case 108: {
      // BSD loopback: a 4-byte address family, host order for NULL, network order for LOOP.
      if (p.length < 4) return FRAME.truncated;
      const be = u32(p, 0);
      const family = linkType === 108 || be < 256 ? be : ((p[0] as number) | ((p[1] as number) << 8)) >>> 0;
      etherType =
        family === 2 ? 0x0800 : family === 10 || family === 24 || family === 28 || family === 30 ? 0x86dd : 0;
      o = 4;
      break;
    }
    case 113:
      if (p.length < 16) return FRAME.truncated;
      etherType = u16(p, 14);
      o = 16;
      break;
    case 276:
      if (p.length < 20) return FRAME.truncated;
      etherType = u16(p, 0);
      o = 20;
      break;
    default:
      return FRAME.unsupportedLink;
  }
  if (etherType === 0x0800) return ipv4(p, o, out);
  if (etherType === 0x86dd) return ipv6(p, o, out);
  return FRAME.notIp;
}

function ipv4(p: Uint8Array, o: number, out: PacketInfo): FrameResult {
  if (p.length < o + 20) return FRAME.truncated;
  const first = p[o] as number;
  if (first >> 4 !== 4) return FRAME.notIp;
  const ihl = (first & 15) * 4;
  if (ihl < 20 || p.length < o + ihl) return FRAME.truncated;
  const total = u16(p, o + 2);
  out.family = 4;
  out.ipLength = total >= ihl ? total : p.length - o;
  out.protocol = p[o + 9] as number;
  out.src4 = u32(p, o + 12);
  out.dst4 = u32(p, o + 16);
  out.fragment = (u16(p, o + 6) & 0x1fff) !== 0;
  // Ethernet pads short frames: the IP length, not the frame, says where the packet ends.
  const end = total >= ihl ? Math.min(p.length, o + total) : p.length;
  return transport(p, o + ihl, end, out);
}

function ipv6(p: Uint8Array, o: number, out: PacketInfo): FrameResult {
  if (p.length < o + 40) return FRAME.truncated;
  if ((p[o] as number) >> 4 !== 6) return FRAME.notIp;
  const payload = u16(p, o + 4);
  out.family = 6;
  out.ipLength = payload > 0 ? 40 + payload : p.length - o;
  out.src6.set(p.subarray(o + 8, o + 24));
  out.dst6.set(p.subarray(o + 24, o + 40));
  out.fragment = false;
  const end = payload > 0 ? Math.min(p.length, o + 40 + payload) : p.length;
  let next = p[o + 6] as number;
  let q = o + 40;
  for (let hops = 0; hops < 16; hops++) {
    if (next === 0 || next === 43 || next === 60 || next === 135 || next === 139 || next === 140) {
      if (end < q + 2) return FRAME.truncated;
      const len = ((p[q + 1] as number) + 1) * 8;
      next = p[q] as number;
      q += len;
    } else if (next === 44) {
      if (end < q + 8) return FRAME.truncated;
      if ((u16(p, q + 2) & 0xfff8) !== 0) out.fragment = true;
      next = p[q] as number;
      q += 8;
    } else if (next === 51) {
      if (end < q + 2) return FRAME.truncated;
      const len = ((p[q + 1] as number) + 2) * 4;
      next = p[q] as number;
      q += len;
    } else {
      break;
    }
  }
  out.protocol = next;
  return transport(p, q, end, out);
}

function transport(p: Uint8Array, o: number, end: number, out: PacketInfo): FrameResult {
  out.srcPort = 0;
  out.dstPort = 0;
  out.tcpFlags = 0;
  out.icmpType = -1;
  out.icmpCode = 0;
  out.payloadOffset = Math.min(o, end);
  out.payloadLength = 0;
  out.udpPayloadLength = 0;
  if (out.fragment) return FRAME.ok;
  switch (out.protocol) {
    case 6: {
      if (end < o + 14) return FRAME.truncated;
      out.srcPort = u16(p, o);
      out.dstPort = u16(p, o + 2);
      out.tcpFlags = p[o + 13] as number;
      const hl = ((p[o + 12] as number) >> 4) * 4;
      out.payloadOffset = Math.min(o + hl, end);
      out.payloadLength = end - out.payloadOffset;
      return FRAME.ok;
    }
    case 17:
    case 136:
    case 132: {
      // UDP, UDP-Lite, SCTP: ports come first.
      if (end < o + 4) return FRAME.truncated;
      out.srcPort = u16(p, o);
      out.dstPort = u16(p, o + 2);
      const hl = out.protocol === 132 ? 12 : 8;
      out.payloadOffset = Math.min(o + hl, end);
      out.payloadLength = end - out.payloadOffset;
      if (out.protocol === 17 && end >= o + 6) out.udpPayloadLength = Math.max(0, u16(p, o + 4) - 8);
      return FRAME.ok;
    }
    case 1:
    case 58:
      if (end < o + 2) return FRAME.truncated;
      out.icmpType = p[o] as number;
      out.icmpCode = p[o + 1] as number;
      return FRAME.ok;
    default:
      return FRAME.ok;
  }
}
