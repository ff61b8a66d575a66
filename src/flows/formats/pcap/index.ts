/** Packet captures: the pcap / pcapng reader, frame decoding, the flow meter, the `pcap` FlowParser, builders. */
export { FlowMeter, type FlowMeterOptions } from './flows.js';
export { decodeFrame, FRAME, type FrameResult, PacketInfo } from './packet.js';
export { PcapParser, pcapParser } from './parser.js';
export {
  type CaptureFormat,
  type CaptureInterface,
  CaptureReader,
  captureFormat,
  type PacketCallback,
} from './reader.js';
export * as pcapWriter from './writer.js';
