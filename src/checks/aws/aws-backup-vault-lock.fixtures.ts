import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const vault = (raw: Record<string, unknown> | undefined, extra = {}) =>
  aws(
    'backup.vault',
    {},
    { service: 'backup', ...(raw ? { raw: { BackupVaultName: 'prod', ...raw } } : {}), ...extra },
  );

export const cases: CheckCase[] = [
  { name: 'locked', expect: 'pass', resource: vault({ Locked: true, MinRetentionDays: 7 }) },
  { name: 'unlocked', expect: 'fail', resource: vault({ Locked: false }) },
  {
    name: 'dev vault',
    expect: 'not_applicable',
    resource: vault({ Locked: false }, { tags: { 'non-production': 'true' } }),
  },
  { name: 'document missing', expect: 'error', resource: vault(undefined) },
];
