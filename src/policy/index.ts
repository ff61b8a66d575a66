export { type EvaluateOptions, type Evaluation, evaluate, indexInventory } from './engine.js';
export { type ScanFinding, TEAM_TAGS, toFindings } from './findings.js';
