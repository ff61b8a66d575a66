import type { CheckCase } from '../testing.js';
import { aws, policyText } from './fixture-kit.js';

const repo = (raw: Record<string, unknown> | undefined, tags: Record<string, string> = {}) =>
  aws(
    'container.registry',
    {},
    { service: 'ecr', tags, ...(raw ? { raw: { repositoryName: 'app', ...raw } } : {}) },
  );
const pull = ['ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];

export const cases: CheckCase[] = [
  { name: 'no policy', expect: 'pass', resource: repo({}) },
  {
    name: 'organisation only',
    expect: 'pass',
    resource: repo({
      RepositoryPolicy: policyText([
        {
          Effect: 'Allow',
          Principal: '*',
          Action: pull,
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } },
        },
      ]),
    }),
  },
  {
    name: 'anyone may pull',
    expect: 'fail',
    resource: repo({ RepositoryPolicy: policyText([{ Effect: 'Allow', Principal: '*', Action: pull }]) }),
  },
  {
    name: 'approved public repository',
    expect: 'not_applicable',
    resource: repo({}, { 'public-approved': 'true' }),
  },
  { name: 'document missing', expect: 'error', resource: repo(undefined) },
];
