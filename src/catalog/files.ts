import { z } from 'zod';
import {
  ControlDomainSchema,
  FRAMEWORKS,
  OwnerSchema,
  ProviderSchema,
  ResourceKindSchema,
  SERVICE_MODELS,
  ServiceModelSchema,
  SourceSchema,
} from '../core/index.js';

/** The shapes of the catalog's data files, as written by people (see data/catalog/README.md). */

const text = z.string().trim().min(1);
const frameworkIds = z.array(z.string());

const SourcesSchema = z.array(SourceSchema.strict()).default([]);

export const SourcesFileSchema = z.object({ sources: SourcesSchema }).strict();

const ModelDefaultInput = z.union([
  OwnerSchema,
  z
    .object({
      owner: OwnerSchema,
      provider: text.optional(),
      customer: text.optional(),
      source: text.optional(),
    })
    .strict(),
]);

export const ControlInputSchema = z
  .object({
    id: z.string().regex(/^[A-Z]{2,5}-\d{2}$/, 'control ids are PREFIX-NN, e.g. NET-02'),
    title: text,
    objective: text,
    frameworks: z
      .object(
        Object.fromEntries(FRAMEWORKS.map((f) => [f, frameworkIds])) as Record<
          (typeof FRAMEWORKS)[number],
          typeof frameworkIds
        >,
      )
      .strict(),
    duties: z.object({ provider: text, customer: text }).strict(),
    defaults: z
      .object(
        Object.fromEntries(SERVICE_MODELS.map((m) => [m, ModelDefaultInput])) as Record<
          (typeof SERVICE_MODELS)[number],
          typeof ModelDefaultInput
        >,
      )
      .strict(),
    source: text,
    references: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type ControlInput = z.infer<typeof ControlInputSchema>;

export const ControlsFileSchema = z
  .object({
    domain: ControlDomainSchema,
    title: text,
    sources: SourcesSchema,
    controls: z.array(ControlInputSchema).min(1),
  })
  .strict();

export const OverrideInputSchema = z
  .object({ control: text, owner: OwnerSchema, provider: text, customer: text, source: text })
  .strict();
export type OverrideInput = z.infer<typeof OverrideInputSchema>;

export const ServiceInputSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'service ids are lower-case words joined by dashes'),
    title: text,
    model: ServiceModelSchema,
    kinds: z.array(ResourceKindSchema).default([]),
    aliases: z.array(z.string()).default([]),
    description: text.optional(),
    overrides: z.array(OverrideInputSchema).default([]),
  })
  .strict();
export type ServiceInput = z.infer<typeof ServiceInputSchema>;

export const ServicesFileSchema = z
  .object({
    provider: ProviderSchema,
    title: text,
    source: text,
    sources: SourcesSchema,
    services: z.array(ServiceInputSchema).min(1),
  })
  .strict();
