import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { auditConfigs, ev, isObj, policyScope } from './util.js';

const LOG_TYPES = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'];

export default defineCheck({
  id: 'gcp-logging-audit-config',
  title: 'Data Access audit logs are on for all services, with no exemptions',
  rationale:
    'Admin Activity logs are always written, but reads of configuration and reads and writes of user data are ' +
    'logged only when Data Access audit logging is enabled. Without it there is no record of who read which data; ' +
    'exempted members are not logged at all.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['identity.policy'],
  controls: ['LOG-02', 'LOG-01'],
  remediation:
    'In the IAM policy of the organization, folder or project, add an audit config for allServices with ' +
    'ADMIN_READ, DATA_READ and DATA_WRITE, and remove exempted members.',
  fix: {
    cli: 'gcloud projects get-iam-policy PROJECT > policy.yaml  # add auditConfigs for allServices, then: gcloud projects set-iam-policy PROJECT policy.yaml',
  },
  references: { 'cis-gcp-foundations': ['2.1'] },
  evaluate(p) {
    const { target, scope } = policyScope(p);
    if (scope === 'resource')
      return notApplicable('Audit configs are set on projects, folders and organizations.');
    const configs = auditConfigs(p);
    if (configs === undefined)
      throw new MissingData('raw.auditConfigs', 'the IAM policy document was not collected');
    const all = configs.find((c) => c.service === 'allServices');
    const logConfigs = all && Array.isArray(all.auditLogConfigs) ? all.auditLogConfigs.filter(isObj) : [];
    const missing = LOG_TYPES.filter((t) => !logConfigs.some((l) => l.logType === t));
    const exempted = logConfigs.flatMap((l) =>
      Array.isArray(l.exemptedMembers) ? l.exemptedMembers.map(String) : [],
    );
    const evidence = [ev('auditConfigs.allServices', logConfigs)];
    if (!all) return fail(`No audit config for allServices on ${target}.`, evidence);
    if (missing.length > 0)
      return fail(`Audit logging for allServices lacks ${missing.join(', ')}.`, evidence);
    return exempted.length === 0
      ? pass('Data Access audit logging is on for all services, without exemptions.', evidence)
      : fail(`Members are exempted from audit logging: ${[...new Set(exempted)].join(', ')}.`, evidence);
  },
});
