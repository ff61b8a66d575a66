import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt } from './util.js';

/** Deprecated Lambda runtimes, as of the AWS Lambda runtime deprecation schedule; override with the parameter. */
const DEPRECATED = [
  'nodejs',
  'nodejs4.3',
  'nodejs4.3-edge',
  'nodejs6.10',
  'nodejs8.10',
  'nodejs10.x',
  'nodejs12.x',
  'nodejs14.x',
  'nodejs16.x',
  'nodejs18.x',
  'python2.7',
  'python3.6',
  'python3.7',
  'python3.8',
  'python3.9',
  'java8',
  'dotnetcore1.0',
  'dotnetcore2.0',
  'dotnetcore2.1',
  'dotnetcore3.1',
  'dotnet5.0',
  'dotnet6',
  'dotnet7',
  'ruby2.5',
  'ruby2.7',
  'go1.x',
  'provided',
];

/** Lambda functions do not use a runtime that AWS has deprecated. */
export default defineCheck({
  id: 'aws-lambda-runtime-supported',
  title: 'Lambda functions use supported runtimes',
  rationale:
    'A deprecated runtime no longer gets security patches for its language or operating system, and AWS blocks ' +
    'updates to such functions after a while, so a later fix cannot even be deployed.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['compute.function'],
  controls: ['OS-04', 'VUL-02'],
  remediation: 'Move the function to a current runtime version of its language and redeploy.',
  fix: { cli: 'aws lambda update-function-configuration --function-name FUNCTION --runtime CURRENT_RUNTIME' },
  params: {
    deprecatedRuntimes: { description: 'runtime identifiers that are deprecated', default: DEPRECATED },
  },
  evaluate(fn, { params }) {
    if (rawAt(fn, 'PackageType') === 'Image')
      return notApplicable('A container image function: its runtime comes with the image.');
    const runtime = need<string>(fn, 'runtime');
    const deprecated = (params.deprecatedRuntimes as string[]).map((r) => r.toLowerCase());
    return deprecated.includes(runtime.toLowerCase())
      ? fail(`The runtime ${runtime} is deprecated.`, [{ path: 'runtime', value: runtime }])
      : pass(`The runtime ${runtime} is supported.`, [{ path: 'runtime', value: runtime }]);
  },
});
