import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const all = {
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

export const cases: CheckCase[] = [
  {
    name: 'every class required',
    expect: 'pass',
    resource: aws('identity.account', { passwordPolicy: all }),
  },
  {
    name: 'symbols not required',
    expect: 'fail',
    resource: aws('identity.account', { passwordPolicy: { ...all, RequireSymbols: false } }),
    message: 'a symbol',
  },
  { name: 'no policy', expect: 'fail', resource: aws('identity.account', { passwordPolicy: {} }) },
  {
    name: 'closed account',
    expect: 'not_applicable',
    resource: aws('identity.account', { passwordPolicy: {} }, { raw: { Status: 'PENDING_CLOSURE' } }),
  },
  { name: 'policy unknown', expect: 'error', resource: aws('identity.account', {}) },
];
