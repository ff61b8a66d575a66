import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isObj, needBody, value } from './util.js';

const SECRET_NAME =
  /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key|client[_-]?secret|conn(ection)?[_-]?str)/i;

export default defineCheck({
  id: 'gcp-functions-no-secrets-in-env',
  title: 'Cloud Functions keep secrets in Secret Manager, not in environment variables',
  rationale:
    'Environment variables are visible to anyone who can view the function configuration and are copied into ' +
    'every revision. Secrets referenced from Secret Manager stay access-controlled, audited and rotatable.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.function'],
  controls: ['IAM-06', 'APP-05'],
  remediation:
    'Move the values to Secret Manager and reference them as secret environment variables or mounted secrets.',
  fix: {
    cli: 'gcloud functions deploy FUNCTION --set-secrets=DB_PASSWORD=db-password:latest --remove-env-vars=DB_PASSWORD',
  },
  references: { 'cis-gcp-foundations': ['1.18'] },
  evaluate(fn) {
    if (!isAsset(fn, A.functionV1, A.functionV2)) return notApplicable('Not a Cloud Function.');
    needBody(fn);
    const vars: Record<string, unknown> = {
      ...(value<Record<string, unknown>>(fn, 'environmentVariables') ?? {}),
      ...(value<Record<string, unknown>>(fn, 'buildEnvironmentVariables') ?? {}),
      ...(value<Record<string, unknown>>(fn, 'serviceConfig.environmentVariables') ?? {}),
      ...(value<Record<string, unknown>>(fn, 'buildConfig.environmentVariables') ?? {}),
    };
    const names = Object.keys(vars);
    if (names.length === 0) return notApplicable('The function sets no plain environment variables.');
    const suspicious = names.filter((n) => {
      const v = vars[n];
      return (
        SECRET_NAME.test(n) &&
        typeof v === 'string' &&
        v !== '' &&
        !/^projects\/[^/]+\/secrets\//.test(v) &&
        !isObj(v)
      );
    });
    return suspicious.length === 0
      ? pass('No environment variable looks like a secret.', [ev('environmentVariables', names)])
      : fail(`Environment variables that look like secrets: ${suspicious.join(', ')}.`, [
          ev('environmentVariables', suspicious),
        ]);
  },
});
