export * from './control.js';
export * from './errors.js';
export * from './evidence.js';
export * from './finding.js';
export * from './kinds.js';
export * from './provider.js';
export * from './resource.js';
export * from './responsibility.js';
