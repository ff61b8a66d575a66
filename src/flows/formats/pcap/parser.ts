/**
 * The `pcap` FlowParser: reads a packet capture (pcap or pcapng, gzipped or not) and meters its packets into
 * bidirectional flows with {@link FlowMeter}. In `stats`, `records` counts packets read and `accepted` the flows
 * written; packets without IP, or with cut headers, are rejected by reason.
 */

import { input } from '../common.js';
import { netflowParser } from '../netflow/parser.js';
import { ContextSink } from '../netflow/sink.js';
import type { FlowParser, ParseContext } from '../types.js';
import { FlowMeter, type FlowMeterOptions } from './flows.js';
import { decodeFrame, FRAME, PacketInfo } from './packet.js';
import { type CaptureInterface, CaptureReader, captureFormat } from './reader.js';

const REASON: Record<number, string> = {
  [FRAME.notIp]: 'not-ip',
  [FRAME.truncated]: 'truncated-packet',
  [FRAME.unsupportedLink]: 'unsupported-link-type',
};

export class PcapParser implements FlowParser {
  readonly format = 'pcap' as const;
  readonly #options: FlowMeterOptions;

  constructor(options: FlowMeterOptions = {}) {
    this.#options = options;
  }

  /** A pcap or pcapng capture, unless it holds NetFlow / IPFIX export traffic (the `netflow` parser's). */
  sniff(head: Uint8Array, name: string): boolean {
    return captureFormat(head) !== undefined && !netflowParser.sniff(head, name);
  }

  async parse(chunks: AsyncIterable<Uint8Array>, ctx: ParseContext): Promise<void> {
    const out = new ContextSink(ctx);
    const meter = new FlowMeter(out.sink, ctx.source, this.#options);
    const info = new PacketInfo();
    const stats = ctx.stats;
    const reader = new CaptureReader(
      ctx.source,
      stats,
      (iface: CaptureInterface, ts, data, _orig, offset) => {
        stats.records++;
        const r = decodeFrame(iface.linkType, data, info);
        if (r === FRAME.ok) {
          meter.add(info, ts, iface.name);
        } else {
          const detail =
            r === FRAME.unsupportedLink ? `link type ${iface.linkType}` : `${data.length} bytes captured`;
          stats.reject({ reason: REASON[r] ?? 'bad-packet', location: `${ctx.source}@${offset}`, detail });
        }
      },
    );
    for await (const chunk of input(chunks, ctx)) {
      reader.push(chunk);
      await out.drain();
      if (reader.stopped) break;
    }
    reader.end();
    meter.flush();
    stats.accepted += meter.emitted;
    await out.finish();
  }
}

export const pcapParser = new PcapParser();
