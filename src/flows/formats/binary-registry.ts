/**
 * The binary flow formats (one folder each), for merging into the full `parsers` registry with the text ones,
 * and their conformance cases. A capture of NetFlow / IPFIX export traffic is `netflow`'s; any other capture
 * is `pcap`'s (each `sniff` says so, so the order of trying them does not matter).
 */
import { cases as netflowCases } from './netflow/cases.js';
import { netflowParser } from './netflow/parser.js';
import { cases as pcapCases } from './pcap/cases.js';
import { pcapParser } from './pcap/parser.js';
import type { ConformanceCase, FlowFormatId, FlowParser } from './types.js';

export type BinaryFlowFormatId = Extract<FlowFormatId, 'netflow' | 'pcap'>;

export const binaryParsers: Readonly<Record<BinaryFlowFormatId, FlowParser>> = {
  netflow: netflowParser,
  pcap: pcapParser,
};

export const binaryCases: Readonly<Record<BinaryFlowFormatId, ConformanceCase[]>> = {
  netflow: netflowCases,
  pcap: pcapCases,
};
