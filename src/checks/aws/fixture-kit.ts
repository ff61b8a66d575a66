/** Small builders for the AWS check fixtures. Fixtures state only what each case is about. */
import type { NetworkRule, Resource, ResourceInput, ResourceKind } from '../../core/index.js';
import { resource } from '../testing.js';

export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';

type Extra = Partial<Omit<ResourceInput, 'kind' | 'provider' | 'properties'>>;

/** An AWS resource in the fixture account and region. */
export function aws(kind: ResourceKind, properties: Record<string, unknown>, extra: Extra = {}): Resource {
  return resource(kind, 'aws', properties, { account: ACCOUNT, region: REGION, ...extra });
}

/** An ISO timestamp `n` days before now. */
export function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString();
}

/** An ISO timestamp `n` days after now. */
export function daysAhead(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString();
}

/** An ingress allow rule. */
export function ingress(
  protocol: string,
  from: number,
  to: number,
  peers: string[],
  extra: Partial<NetworkRule> = {},
): NetworkRule {
  return { direction: 'ingress', action: 'allow', protocol, ports: { from, to }, peers, ...extra };
}

/** An egress allow rule. */
export function egress(protocol: string, from: number, to: number, peers: string[]): NetworkRule {
  return { direction: 'egress', action: 'allow', protocol, ports: { from, to }, peers };
}

/** A security group attached to one interface. */
export function securityGroup(
  rules: NetworkRule[],
  extra: Record<string, unknown> = {},
  resourceExtra: Extra = {},
): Resource {
  return aws(
    'network.security-group',
    { rules, isDefault: false, attachedTo: ['eni-0a1b2c3d'], vpc: 'vpc-1', ...extra },
    { service: 'vpc', ...resourceExtra },
  );
}

/** A policy document as AWS returns it (JSON text). */
export function policyText(statements: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}
