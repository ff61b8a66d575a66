import type { NetworkRule, PolicyStatement } from '../../core/index.js';
import type { Draft } from './draft.js';
import { normalizeAwsPolicy, policyDocument } from './policy.js';
import { awsPorts, normalizeProtocol } from './rules.js';
import type { Finisher } from './spec.js';
import { Unknown } from './value.js';

/** What Terraform, plans and CloudFormation share for AWS: policies, security group rules, flow log format. */

/** Policy statements of a policy attribute, with unknown parts recorded on `d` under `path`. */
export function policyStatements(
  d: Draft,
  value: Parameters<typeof policyDocument>[0],
  path: string,
): PolicyStatement[] | Unknown | undefined {
  const doc = policyDocument(value);
  if (doc === undefined) return undefined;
  const n = normalizeAwsPolicy(doc, path);
  if (n instanceof Unknown) return n;
  for (const u of n.unknown) d.unknownInside(u.path, u.reason);
  return n.statements;
}

/** One AWS security group rule; unknown when a part that decides what it allows is unknown. */
export function awsRule(
  direction: 'ingress' | 'egress',
  protocol: string | Unknown | undefined,
  from: number | Unknown | undefined,
  to: number | Unknown | undefined,
  peers: string[],
  description: string | Unknown | undefined,
): NetworkRule | Unknown {
  if (protocol instanceof Unknown) return protocol;
  if (protocol === undefined) return new Unknown('the rule has no protocol');
  const p = normalizeProtocol(protocol);
  if (p !== 'all') {
    if (from instanceof Unknown) return from;
    if (to instanceof Unknown) return to;
  }
  const ports = awsPorts(
    p,
    typeof from === 'number' ? from : undefined,
    typeof to === 'number' ? to : undefined,
  );
  return {
    direction,
    action: 'allow',
    protocol: p,
    ports,
    peers,
    ...(typeof description === 'string' && description !== '' ? { description } : {}),
  };
}

export interface RuleFacts {
  rules: NetworkRule[];
  unknown: string[];
}

export function ruleFacts(d: Draft): RuleFacts {
  d.facts.rules ??= { rules: [], unknown: [] };
  return d.facts.rules as RuleFacts;
}

/** The rules gathered on a security group (inline and from separate rule resources), and what stays unknown. */
export const finishRules: Finisher = (d, missing) => {
  const f = ruleFacts(d);
  d.set('rules', f.rules);
  const reasons = [...f.unknown];
  const m = missing.get('rules');
  if (m) reasons.push(m);
  if (reasons.length > 0) d.unknownInside('rules', reasons.join('; '));
};

/** The fields of the AWS default flow log format (version 2). */
export const DEFAULT_FLOW_LOG_FORMAT = [
  'version',
  'account-id',
  'interface-id',
  'srcaddr',
  'dstaddr',
  'srcport',
  'dstport',
  'protocol',
  'packets',
  'bytes',
  'start',
  'end',
  'action',
  'log-status',
]
  .map((f) => `\${${f}}`)
  .join(' ');
