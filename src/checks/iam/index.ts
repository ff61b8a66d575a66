/** The AWS IAM policy analyser: wildcard matching, request decisions, and the questions checks ask of policies. */
export {
  type AccessRequest,
  type AdminFinding,
  type AdminReason,
  adminEquivalence,
  allows,
  type Decision,
  type DecisionDetail,
  decide,
  grantsAll,
  hasFullAdminStatement,
  isAdminEquivalent,
  matchesAction,
  type PublicStatement,
  principalAccounts,
  publicActions,
  publicPrincipal,
} from './analyser.js';
export {
  CALLER_RESTRICTING_KEYS,
  type ConditionContext,
  type ContextValue,
  callerRestriction,
  evaluateClause,
  evaluateConditions,
  type Tri,
} from './conditions.js';
export {
  ESCALATION_PATHS,
  type EscalationPath,
  type EscalationStep,
  privilegeEscalationPaths,
} from './escalation.js';
export {
  compile,
  covers,
  type GlobMode,
  intersects,
  isUnresolved,
  matches,
  type PatternOptions,
} from './glob.js';
export { type Cidr, cidrContains, isAnywhere, parseCidr } from './ip.js';
export { normalizePrincipals, parsePolicy } from './parse.js';
