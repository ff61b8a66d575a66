export * from './common.js';
export * from './grouped.js';
export * from './stateful.js';
export * from './threat.js';
