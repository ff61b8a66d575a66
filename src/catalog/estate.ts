import { existsSync } from 'node:fs';
import { z } from 'zod';
import { InputError, type Provider, ProviderSchema, VerityError, YamlFile } from '../core/index.js';
import type { Catalog, CatalogService } from './catalog.js';

/**
 * An estate file names the organisation and the services it uses, per provider. It stands in for a collected
 * inventory until one exists: the services in use decide which rows of the matrix matter.
 */
const EstateFileSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    services: z.partialRecord(ProviderSchema, z.array(z.string().min(1))),
  })
  .strict();

export interface Estate {
  name: string;
  description?: string;
  services: CatalogService[];
}

/** Reads an estate file and resolves each service against the catalog; unknown names are errors with lines. */
export function loadEstate(path: string, catalog: Catalog): Estate {
  if (!existsSync(path)) throw new VerityError('FILE_NOT_FOUND', `The estate file ${path} does not exist.`);
  const file = new YamlFile(path);
  const parsed = file.parse(EstateFileSchema);
  const services: CatalogService[] = [];
  if (parsed) {
    for (const [provider, names] of Object.entries(parsed.services) as [Provider, string[]][]) {
      if (!catalog.providers.some((p) => p.provider === provider)) {
        file.report(['services', provider], `the catalog has no services of provider '${provider}'`);
        continue;
      }
      names.forEach((name, i) => {
        try {
          services.push(catalog.service(provider, name));
        } catch (error) {
          if (!(error instanceof VerityError)) throw error;
          file.report(['services', provider, i], error.message);
        }
      });
    }
  }
  if (file.issues.length > 0 || !parsed) {
    throw new InputError('INVALID_INPUT', `The estate file ${path} is not valid.`, file.issues);
  }
  return {
    name: parsed.name,
    ...(parsed.description ? { description: parsed.description } : {}),
    services: [...new Set(services)],
  };
}
