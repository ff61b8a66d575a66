/**
 * A UDP collector for NetFlow v5 / v9 and IPFIX: datagrams are decoded as they arrive, straight into reused
 * FlowBatch columns, which go to `onBatch` when full and at least every `flushIntervalMs` when not.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import type { FlowBatch } from './batch.js';
import { NetflowDecoder, type NetflowDecoderOptions, type NetflowLoss } from './formats/netflow/decoder.js';
import { BatchSink } from './formats/netflow/sink.js';

export interface CollectorOptions {
  /** Where NetFlow v5 / v9 arrives, `host:port` (`[::1]:2055` for IPv6). Either socket takes any version. */
  netflow?: string;
  /** Where IPFIX arrives, `host:port`. */
  ipfix?: string;
  /** Receives each batch; the batch is reused as soon as this returns. */
  onBatch: (batch: FlowBatch) => void;
  /** Receives counters every `statsIntervalMs` and once more on stop. */
  onStats?: (stats: CollectorStats) => void;
  batchSize?: number;
  /** A partial batch is handed over after this long (default 1000 ms). */
  flushIntervalMs?: number;
  statsIntervalMs?: number;
  /** Socket receive buffer asked for (default 32 MiB; the kernel caps it at net.core.rmem_max). */
  recvBufferSize?: number;
  decoder?: NetflowDecoderOptions;
}

export interface CollectorStats {
  /** Datagrams and bytes received. */
  packets: number;
  bytes: number;
  /** Flow records decoded. */
  flows: number;
  /** Export loss seen in sequence numbers, per protocol unit. */
  loss: NetflowLoss;
  /** Problems by reason (truncated, bad version, no template...). */
  rejected: Record<string, number>;
  /** The receive buffer each socket got, in bytes. */
  recvBufferSize: number[];
}

export interface Collector {
  /** Bound addresses (useful with port 0). */
  readonly netflow?: AddressInfo;
  readonly ipfix?: AddressInfo;
  readonly decoder: NetflowDecoder;
  stats(): CollectorStats;
  /** Closes the sockets, hands over the last partial batch and the last stats. */
  stop(): Promise<void>;
}

function parseHostPort(spec: string): { host: string; port: number } {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(spec) ?? /^([^:]*):(\d+)$/.exec(spec);
  if (!m) throw new Error(`expected host:port, got "${spec}"`);
  const port = Number(m[2]);
  if (port > 65535) throw new Error(`port out of range in "${spec}"`);
  return { host: m[1] || '0.0.0.0', port };
}

async function bind(spec: string, onMessage: (msg: Buffer, rinfo: RemoteInfo) => void, recvBuf: number) {
  const { host, port } = parseHostPort(spec);
  const socket = createSocket({ type: host.includes(':') ? 'udp6' : 'udp4', recvBufferSize: recvBuf });
  socket.on('message', onMessage);
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  // Some kernels ignore the size given at creation; ask again now the socket exists, and settle for less.
  try {
    socket.setRecvBufferSize(recvBuf);
  } catch {
    // Capped by net.core.rmem_max; the size actually granted is reported in the stats.
  }
  return socket;
}

export async function startCollector(options: CollectorOptions): Promise<Collector> {
  if (!options.netflow && !options.ipfix) throw new Error('startCollector needs a netflow or ipfix address');
  const decoder = new NetflowDecoder(options.decoder ?? {});
  const sink = BatchSink.sync(options.onBatch, options.batchSize ?? 8192);
  const recvBuf = options.recvBufferSize ?? 32 * 1024 * 1024;
  let packets = 0;
  let bytes = 0;
  const onMessage = (msg: Buffer, rinfo: RemoteInfo) => {
    packets++;
    bytes += msg.length;
    decoder.decode(msg, rinfo.address, Date.now(), sink);
  };
  const sockets: Socket[] = [];
  try {
    if (options.netflow) sockets.push(await bind(options.netflow, onMessage, recvBuf));
    if (options.ipfix) sockets.push(await bind(options.ipfix, onMessage, recvBuf));
  } catch (err) {
    for (const s of sockets) s.close();
    throw err;
  }
  for (const s of sockets)
    s.on('error', () => decoder.stats.reject({ reason: 'socket-error', location: 'collector' }));
  const recvBufferSize = sockets.map((s) => s.getRecvBufferSize());

  const stats = (): CollectorStats => ({
    packets,
    bytes,
    flows: decoder.flows,
    loss: { ...decoder.loss },
    rejected: Object.fromEntries([...decoder.stats.rejected].map(([k, e]) => [k, e.count])),
    recvBufferSize,
  });
  const flush = () => {
    decoder.expire(Date.now());
    if (sink.batch.length > 0) {
      options.onBatch(sink.batch);
      sink.batch.clear();
    }
  };
  const flushTimer = setInterval(flush, options.flushIntervalMs ?? 1000);
  const onStats = options.onStats;
  const statsTimer = onStats
    ? setInterval(() => onStats(stats()), options.statsIntervalMs ?? 10_000)
    : undefined;
  flushTimer.unref();
  statsTimer?.unref();

  const [first, second] = sockets;
  return {
    ...(options.netflow && first ? { netflow: first.address() } : {}),
    ...(options.ipfix ? { ipfix: (options.netflow ? second : first)?.address() as AddressInfo } : {}),
    decoder,
    stats,
    async stop() {
      clearInterval(flushTimer);
      if (statsTimer) clearInterval(statsTimer);
      await Promise.all(sockets.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
      flush();
      onStats?.(stats());
    },
  };
}
