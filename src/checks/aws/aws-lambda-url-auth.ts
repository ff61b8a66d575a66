import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt, tagged } from './util.js';

/** Lambda function URLs require IAM authentication (AuthType AWS_IAM), not NONE. */
export default defineCheck({
  id: 'aws-lambda-url-auth',
  title: 'Lambda function URLs require authentication',
  rationale:
    'A function URL with auth type NONE is an unauthenticated HTTPS endpoint on the internet. Unless the function ' +
    'does its own authentication, anyone can call it, and run up its cost.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['compute.function'],
  controls: ['APP-05', 'DATA-03'],
  remediation:
    'Set the function URL auth type to AWS_IAM, or put the function behind API Gateway with an authorizer.',
  fix: { cli: 'aws lambda update-function-url-config --function-name FUNCTION --auth-type AWS_IAM' },
  params: {
    allowTag: {
      description: 'tag key marking functions approved as public endpoints (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(fn, { params }) {
    const url = rawAt(fn, 'FunctionUrlConfig');
    if (url === undefined && fn.properties.publicUrl === false)
      return notApplicable('The function has no public URL.');
    if (tagged(fn, String(params.allowTag), ['true'])) return notApplicable('An approved public endpoint.');
    const auth = rawAt(fn, 'FunctionUrlConfig.AuthType');
    if (typeof auth === 'string')
      return auth === 'AWS_IAM'
        ? pass('The function URL requires IAM authentication.')
        : fail(`The function URL has auth type ${auth}.`, [
            { path: 'raw.FunctionUrlConfig.AuthType', value: auth },
          ]);
    return need<boolean>(fn, 'publicUrl')
      ? fail('The function has an unauthenticated public URL.', [{ path: 'publicUrl', value: true }])
      : notApplicable('The function has no public URL.');
  },
});
