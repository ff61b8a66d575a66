/**
 * The `netflow` FlowParser: reads NetFlow v5 / v9 / IPFIX export packets from files. A file is either a packet
 * capture (pcap or pcapng) of the export traffic, whose UDP datagrams to the collector ports are decoded, or an
 * IPFIX file (RFC 5655: IPFIX messages back to back); either may be gzipped.
 */
import { ipv4ToString, ipv6ToString, ParseStats } from '../../batch.js';
import { input } from '../common.js';
import { decodeFrame, FRAME, PacketInfo } from '../pcap/packet.js';
import { type CaptureInterface, CaptureReader, captureFormat } from '../pcap/reader.js';
import type { FlowParser, ParseContext } from '../types.js';
import { NetflowDecoder, type NetflowDecoderOptions } from './decoder.js';
import { ContextSink } from './sink.js';

/** Collector ports looked at by default: NetFlow 2055, 9995, 9996 and IPFIX 4739. */
export const NETFLOW_PORTS: readonly number[] = [2055, 9995, 9996, 4739];

export interface NetflowParserOptions {
  /** UDP destination ports whose datagrams are export packets, or `'any'` (default {@link NETFLOW_PORTS}). */
  ports?: readonly number[] | 'any';
  decoder?: Omit<NetflowDecoderOptions, 'stats'>;
}

function u16(p: Uint8Array, o: number): number {
  return ((p[o] as number) << 8) | (p[o + 1] as number);
}

/** Whether a UDP payload starts like an export packet (version 5, 9 or 10 and a consistent length). */
function looksLikeExport(p: Uint8Array): boolean {
  if (p.length < 16) return false;
  const v = u16(p, 0);
  if (v === 5) return p.length >= 24 && 24 + u16(p, 2) * 48 <= p.length;
  if (v === 9) return p.length >= 20;
  return v === 10 && u16(p, 2) >= 16 && u16(p, 2) <= p.length;
}

export class NetflowParser implements FlowParser {
  readonly format = 'netflow' as const;
  readonly #ports: ReadonlySet<number> | undefined;
  readonly #decoderOptions: Omit<NetflowDecoderOptions, 'stats'>;

  constructor(options: NetflowParserOptions = {}) {
    const ports = options.ports ?? NETFLOW_PORTS;
    this.#ports = ports === 'any' ? undefined : new Set(ports);
    this.#decoderOptions = options.decoder ?? {};
  }

  #wanted(port: number): boolean {
    return this.#ports === undefined || this.#ports.has(port);
  }

  /** A capture holding a UDP export packet to a collector port, or an IPFIX file. */
  sniff(head: Uint8Array, _name: string): boolean {
    if (captureFormat(head) === undefined) {
      return head.length >= 16 && u16(head, 0) === 10 && u16(head, 2) >= 16;
    }
    let found = false;
    const info = new PacketInfo();
    const reader = new CaptureReader('', new ParseStats(), (iface, _ts, data) => {
      if (found || decodeFrame(iface.linkType, data, info) !== FRAME.ok) return;
      if (info.protocol !== 17 || info.fragment || !this.#wanted(info.dstPort)) return;
      found = looksLikeExport(data.subarray(info.payloadOffset, info.payloadOffset + info.payloadLength));
    });
    reader.push(head);
    return found;
  }

  async parse(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): Promise<void> {
    const out = new ContextSink(ctx);
    const decoder = new NetflowDecoder({ ...this.#decoderOptions, stats: ctx.stats });
    const info = new PacketInfo();
    let lastSrc4 = -1;
    let lastExporter = '';
    const onPacket = (
      iface: CaptureInterface,
      ts: number,
      data: Uint8Array,
      origLen: number,
      offset: number,
    ) => {
      const r = decodeFrame(iface.linkType, data, info);
      if (r === FRAME.unsupportedLink) {
        ctx.stats.reject({
          reason: 'unsupported-link-type',
          location: `${ctx.source}@${offset}`,
          detail: `link type ${iface.linkType}`,
        });
        return;
      }
      if (r === FRAME.truncated) {
        ctx.stats.reject({
          reason: 'truncated-packet',
          location: `${ctx.source}@${offset}`,
          detail: 'headers cut short',
        });
        return;
      }
      if (r !== FRAME.ok || info.protocol !== 17 || info.fragment || !this.#wanted(info.dstPort)) return;
      if (info.udpPayloadLength > info.payloadLength) {
        const why = origLen > data.length ? 'cut by the capture' : 'IP-fragmented, not reassembled';
        ctx.stats.reject({
          reason: 'truncated-packet',
          location: `${ctx.source}@${offset}`,
          detail: `UDP payload of ${info.udpPayloadLength} bytes, ${info.payloadLength} present: ${why}`,
        });
        return;
      }
      let exporter: string;
      if (info.family === 4) {
        if (info.src4 !== lastSrc4) {
          lastSrc4 = info.src4;
          lastExporter = ipv4ToString(info.src4);
        }
        exporter = lastExporter;
      } else {
        exporter = ipv6ToString(info.src6, 0);
      }
      const payload = data.subarray(info.payloadOffset, info.payloadOffset + info.payloadLength);
      decoder.decode(payload, exporter, ts, out.sink, ctx.source, offset + info.payloadOffset);
    };

    let head: Uint8Array | undefined = new Uint8Array(0);
    let reader: CaptureReader | undefined;
    let ipfix: IpfixFileReader | undefined;
    const feed = (chunk: Uint8Array) => {
      if (reader) reader.push(chunk);
      else ipfix?.push(chunk);
    };
    for await (const chunk of input(chunks, ctx)) {
      if (head !== undefined) {
        const joined: Uint8Array = new Uint8Array(head.length + chunk.length);
        joined.set(head);
        joined.set(chunk, head.length);
        if (joined.length < 4) {
          head = joined;
          continue;
        }
        head = undefined;
        if (captureFormat(joined) !== undefined) reader = new CaptureReader(ctx.source, ctx.stats, onPacket);
        else if (u16(joined, 0) === 10) ipfix = new IpfixFileReader(decoder, out, ctx);
        else {
          ctx.stats.reject({
            reason: 'unknown-format',
            location: `${ctx.source}@0`,
            detail: 'neither a pcap / pcapng capture nor an IPFIX file',
          });
          break;
        }
        feed(joined);
      } else {
        feed(chunk);
      }
      await out.drain();
    }
    if (head !== undefined && head.length > 0) {
      ctx.stats.reject({
        reason: 'truncated-file',
        location: `${ctx.source}@0`,
        detail: `${head.length} bytes`,
      });
    }
    reader?.end();
    ipfix?.end();
    decoder.flush();
    await out.finish();
  }
}

/** IPFIX messages back to back, as in an RFC 5655 file; the file stands for the exporter. */
class IpfixFileReader {
  #rest: Uint8Array = new Uint8Array(0);
  #base = 0;
  #stopped = false;

  constructor(
    readonly decoder: NetflowDecoder,
    readonly out: ContextSink,
    readonly ctx: ParseContext,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.#stopped) return;
    let data = chunk;
    if (this.#rest.length > 0) {
      data = new Uint8Array(this.#rest.length + chunk.length);
      data.set(this.#rest);
      data.set(chunk, this.#rest.length);
    }
    let pos = 0;
    while (data.length - pos >= 4) {
      const version = u16(data, pos);
      const len = u16(data, pos + 2);
      if (version !== 10 || len < 16) {
        this.ctx.stats.reject({
          reason: version !== 10 ? 'bad-version' : 'bad-length',
          location: `${this.ctx.source}@${this.#base + pos}`,
          detail: `version ${version}, length ${len}: the rest of the file is skipped`,
        });
        this.#stopped = true;
        return;
      }
      if (data.length - pos < len) break;
      const msg = data.subarray(pos, pos + len);
      const exportMs = ((msg[4] as number) * 0x1000000 + u16(msg, 5) * 256 + (msg[7] as number)) * 1000;
      this.decoder.decode(msg, this.ctx.source, exportMs, this.out.sink, this.ctx.source, this.#base + pos);
      pos += len;
    }
    this.#base += pos;
    this.#rest = data.slice(pos);
  }

  end(): void {
    if (!this.#stopped && this.#rest.length > 0) {
      this.ctx.stats.reject({
        reason: 'truncated-file',
        location: `${this.ctx.source}@${this.#base}`,
        detail: `${this.#rest.length} bytes of an incomplete message`,
      });
    }
  }
}

/** The default instance: captures on the standard collector ports, and IPFIX files. */
export const netflowParser = new NetflowParser();
