export * from './segments.js';
