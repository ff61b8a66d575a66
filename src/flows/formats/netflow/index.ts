/** NetFlow v5 / v9 and IPFIX: the decoder (UDP or files), the `netflow` FlowParser, and packet builders. */
export {
  type ExporterDomain,
  NetflowDecoder,
  type NetflowDecoderOptions,
  type NetflowLoss,
} from './decoder.js';
export { NETFLOW_PORTS, NetflowParser, type NetflowParserOptions, netflowParser } from './parser.js';
export { BatchSink, ContextSink } from './sink.js';
export { IE, type Template, type TemplateField } from './template.js';
export * as netflowWriter from './writer.js';
