export {
  Catalog,
  type CatalogControl,
  type CatalogService,
  compareIds,
  type Location,
  type ProviderEntry,
  type ResolvedResponsibility,
  type ServiceOverride,
} from './catalog.js';
export { type Estate, loadEstate } from './estate.js';
export { FRAMEWORK_ALIASES, frameworkIdProblem } from './frameworks.js';
export { defaultCatalogDir, type LoadOptions, loadCatalog } from './load.js';
