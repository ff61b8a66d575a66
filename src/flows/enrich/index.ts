export { EnrichedBatch, Enricher, INTERNAL, isPrivate4, isUla6 } from './enricher.js';
export { type Entity, InventoryIndex } from './inventory.js';
export { type Cidr, DualLpm, Ipv4Lpm, Ipv4LpmBuilder, Ipv6Lpm, mappedIpv4, mask4, parseCidr } from './lpm.js';
