import { binaryParsers } from './binary-registry.js';
import { textParsers } from './text-registry.js';
import type { FlowFormatId, FlowParser } from './types.js';

/** Every flow parser, by format. */
export const parsers: Readonly<Record<FlowFormatId, FlowParser>> = { ...textParsers, ...binaryParsers };

/** The parser whose `sniff` recognises the start of an input (already gunzipped), or undefined. */
export function detectFlowFormat(head: Uint8Array, name: string): FlowParser | undefined {
  return Object.values(parsers).find((p) => p.sniff(head, name));
}
