import { z } from 'zod';

/** Where a resource lives. `k8s` is any Kubernetes cluster; `onprem` is the organisation's own estate. */
export const PROVIDERS = ['aws', 'azure', 'gcp', 'k8s', 'onprem'] as const;
export type Provider = (typeof PROVIDERS)[number];
export const ProviderSchema = z.enum(PROVIDERS);

export const PROVIDER_TITLES: Record<Provider, string> = {
  aws: 'Amazon Web Services',
  azure: 'Microsoft Azure',
  gcp: 'Google Cloud',
  k8s: 'Kubernetes',
  onprem: 'On-premises',
};

export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}
