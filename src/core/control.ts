import { z } from 'zod';
import { OwnerSchema } from './responsibility.js';

/** The frameworks every control maps to. Ids are the frameworks' own; titles are never copied. */
export const FRAMEWORKS = ['nist-800-53r5', 'cis-v8', 'iso27001-2022', 'ccm-v4', 'pci-dss-4'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];
export const FrameworkIdSchema = z.enum(FRAMEWORKS);

export const FRAMEWORK_TITLES: Record<FrameworkId, string> = {
  'nist-800-53r5': 'NIST SP 800-53 rev5',
  'cis-v8': 'CIS Controls v8',
  'iso27001-2022': 'ISO/IEC 27001:2022 Annex A',
  'ccm-v4': 'CSA Cloud Controls Matrix v4',
  'pci-dss-4': 'PCI DSS 4.0',
};

/** One requirement of one framework, by id: `{ framework: 'nist-800-53r5', id: 'AC-2(1)' }`. */
export const FrameworkRefSchema = z.object({ framework: FrameworkIdSchema, id: z.string().min(1) });
export type FrameworkRef = z.infer<typeof FrameworkRefSchema>;

/** The domains controls are grouped in; together they cover the whole stack and IT controls beyond security. */
export const CONTROL_DOMAINS = [
  'physical',
  'host',
  'network',
  'os',
  'application',
  'identity',
  'data',
  'encryption-at-rest',
  'encryption-in-transit',
  'key-management',
  'logging',
  'backup',
  'resilience',
  'configuration',
  'vulnerability',
  'incident-response',
  'endpoint',
  'awareness',
  'governance',
] as const;
export type ControlDomain = (typeof CONTROL_DOMAINS)[number];
export const ControlDomainSchema = z.enum(CONTROL_DOMAINS);

export const ModelDefaultSchema = z.object({
  owner: OwnerSchema,
  providerDuty: z.string(),
  customerDuty: z.string(),
  source: z.string(),
});
export type ModelDefault = z.infer<typeof ModelDefaultSchema>;

/**
 * A control objective in the organisation's language, with the framework requirements it satisfies, the duty
 * text for each side, and the owner under each service model.
 */
export const ControlSchema = z.object({
  id: z.string().regex(/^[A-Z]{2,5}-\d{2}$/),
  domain: ControlDomainSchema,
  title: z.string().min(1),
  objective: z.string().min(1),
  frameworks: z.record(FrameworkIdSchema, z.array(z.string())),
  duties: z.object({ provider: z.string().min(1), customer: z.string().min(1) }),
  defaults: z.object({
    'on-prem': ModelDefaultSchema,
    iaas: ModelDefaultSchema,
    paas: ModelDefaultSchema,
    saas: ModelDefaultSchema,
  }),
  source: z.string(),
  references: z.record(z.string(), z.string()),
});
export type Control = z.infer<typeof ControlSchema>;
