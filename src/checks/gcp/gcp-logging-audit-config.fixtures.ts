import type { CheckCase } from '../testing.js';
import { gcp, names, policy } from './testkit.js';

const all = (exemptedMembers?: string[]) => ({
  auditConfigs: [
    {
      service: 'allServices',
      auditLogConfigs: [
        { logType: 'ADMIN_READ' },
        { logType: 'DATA_READ', ...(exemptedMembers ? { exemptedMembers } : {}) },
        { logType: 'DATA_WRITE' },
      ],
    },
  ],
});

export const cases: CheckCase[] = [
  { name: 'all services, all types', expect: 'pass', resource: policy(names.organization(), [], all()) },
  {
    name: 'no audit configs',
    expect: 'fail',
    resource: policy(names.project(), [{ role: 'roles/viewer', members: ['group:g@acme.com'] }]),
  },
  {
    name: 'only one service',
    expect: 'fail',
    resource: policy(names.project(), [], {
      auditConfigs: [{ service: 'storage.googleapis.com', auditLogConfigs: [{ logType: 'DATA_READ' }] }],
    }),
  },
  {
    name: 'exempted member',
    expect: 'fail',
    resource: policy(names.folder(), [], all(['user:auditor@acme.com'])),
    message: 'auditor@acme.com',
  },
  { name: 'bucket policy', expect: 'not_applicable', resource: policy(names.bucket('b'), []) },
  {
    name: 'only normalized statements (no audit configs kept)',
    expect: 'error',
    resource: gcp(
      'identity.policy',
      `${names.project()}#iamPolicy`,
      {},
      { raw: {}, properties: { attachedTo: [names.project()], statements: [] } },
    ),
    message: 'auditConfigs',
  },
];
