import { z } from 'zod';
import { ProviderSchema } from './provider.js';

/** Who carries a control: the provider, the customer, or both, each for its own part. */
export const OWNERS = ['provider', 'customer', 'shared'] as const;
export type Owner = (typeof OWNERS)[number];
export const OwnerSchema = z.enum(OWNERS);

/**
 * How much of the stack the provider runs. `on-prem` means the organisation runs all of it; IaaS, PaaS and SaaS
 * follow NIST SP 800-145.
 */
export const SERVICE_MODELS = ['on-prem', 'iaas', 'paas', 'saas'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];
export const ServiceModelSchema = z.enum(SERVICE_MODELS);

/** A published document that says who owns what. */
export const SourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** Where a responsibility comes from: the control's service-model default, or the service's own entry. */
export const RESPONSIBILITY_ORIGINS = ['model-default', 'service-override'] as const;
export type ResponsibilityOrigin = (typeof RESPONSIBILITY_ORIGINS)[number];

/** Who owns one control for one service of one provider, what each side must do, and who says so. */
export const ResponsibilitySchema = z.object({
  provider: ProviderSchema,
  service: z.string().min(1),
  serviceModel: z.enum(['on-prem', 'iaas', 'paas', 'saas']),
  control: z.string().min(1),
  owner: OwnerSchema,
  providerDuty: z.string(),
  customerDuty: z.string(),
  source: SourceSchema,
  origin: z.enum(RESPONSIBILITY_ORIGINS),
});
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
