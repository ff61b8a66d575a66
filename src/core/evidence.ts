import { z } from 'zod';
import { ProviderSchema } from './provider.js';

/** The provider attestations Verity understands. */
export const ATTESTATION_TYPES = [
  'soc2-type2',
  'soc1-type2',
  'iso27001',
  'iso27017',
  'iso27018',
  'csa-star-1',
  'csa-star-2',
  'fedramp-low',
  'fedramp-moderate',
  'fedramp-high',
  'pci-dss-aoc',
  'other',
] as const;
export const AttestationTypeSchema = z.enum(ATTESTATION_TYPES);

const isoDate = z.iso.date();

/** A provider's attestation or authorization, with what it covers and when it is valid. */
export const AttestationSchema = z.object({
  type: z.literal('attestation'),
  id: z.string().min(1),
  provider: ProviderSchema,
  attestation: AttestationTypeSchema,
  issuer: z.string().min(1),
  validFrom: isoDate,
  validTo: isoDate,
  services: z.array(z.string()).default([]),
  regions: z.array(z.string()).default([]),
  /** Catalog control ids or framework ids the attestation speaks to. */
  covers: z.array(z.string()).default([]),
  reference: z.string().optional(),
});
export type Attestation = z.infer<typeof AttestationSchema>;

/** A provider health event (AWS Health, Azure Service Health, Google Cloud Personalized Service Health). */
export const HealthEventSchema = z.object({
  type: z.literal('health-event'),
  id: z.string().min(1),
  provider: ProviderSchema,
  service: z.string(),
  regions: z.array(z.string()).default([]),
  resources: z.array(z.string()).default([]),
  category: z.string(),
  status: z.enum(['open', 'closed', 'upcoming']),
  startTime: z.iso.datetime(),
  endTime: z.iso.datetime().optional(),
  summary: z.string(),
});
export type HealthEvent = z.infer<typeof HealthEventSchema>;

/** Provider-side evidence: what lets a customer verify rather than merely trust. */
export const EvidenceSchema = z.discriminatedUnion('type', [AttestationSchema, HealthEventSchema]);
export type Evidence = z.infer<typeof EvidenceSchema>;
