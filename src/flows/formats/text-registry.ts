/**
 * The text flow-log parsers (one folder each), for merging into the full `parsers` registry with the
 * binary ones (NetFlow/IPFIX, pcap).
 */

import { awsVpcParser } from './aws-vpc/index.js';
import { azureNsgParser } from './azure-nsg/index.js';
import { azureVnetParser } from './azure-vnet/index.js';
import { gcpVpcParser } from './gcp-vpc/index.js';
import type { FlowFormatId, FlowParser } from './types.js';
import { zeekParser } from './zeek/index.js';

export type TextFlowFormatId = Extract<
  FlowFormatId,
  'aws-vpc' | 'azure-nsg' | 'azure-vnet' | 'gcp-vpc' | 'zeek'
>;

export const textParsers: Readonly<Record<TextFlowFormatId, FlowParser>> = {
  'aws-vpc': awsVpcParser,
  'azure-nsg': azureNsgParser,
  'azure-vnet': azureVnetParser,
  'gcp-vpc': gcpVpcParser,
  zeek: zeekParser,
};
