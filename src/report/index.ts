export * from './tabular.js';
