import { describe, expect, it } from 'vitest';
import { type Resource, ResourceSchema } from '../core/index.js';
import { diffInventories } from './diff.js';

const base = (id: string, properties: Record<string, unknown>): Resource =>
  ResourceSchema.parse({
    id,
    provider: 'aws',
    service: 's3',
    kind: 'storage.bucket',
    account: '111122223333',
    properties,
    raw: {},
    source: { type: 'export', collector: 'aws-cli' },
  });

describe('diffInventories', () => {
  it('finds added, removed and changed resources, with the changed property paths', () => {
    const a = [
      base('b1', { versioning: false, encryption: { enabled: true, keyType: 'provider' } }),
      base('b2', {}),
    ];
    const b = [
      base('b1', { versioning: true, encryption: { enabled: true, keyType: 'customer-managed' } }),
      base('b3', {}),
    ];
    const d = diffInventories(a, b);
    expect(d.added.map((r) => r.id)).toEqual(['b3']);
    expect(d.removed.map((r) => r.id)).toEqual(['b2']);
    expect(d.changed).toEqual([
      {
        id: 'b1',
        kind: 'storage.bucket',
        changes: [
          { path: 'properties.versioning', before: false, after: true },
          { path: 'properties.encryption.keyType', before: 'provider', after: 'customer-managed' },
        ],
      },
    ]);
    expect(d.unchanged).toBe(0);
  });

  it('ignores provenance (raw, source) and counts unchanged resources', () => {
    const a = [base('b1', { versioning: true })];
    const b = [
      {
        ...base('b1', { versioning: true }),
        raw: { other: 1 },
        source: { type: 'live' as const, collector: 'aws-sdk' },
      },
    ];
    expect(diffInventories(a, b)).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
  });

  it('reports a property that became unknown', () => {
    const d = diffInventories([base('b1', { tlsOnly: true })], [base('b1', {})]);
    expect(d.changed[0]?.changes).toEqual([{ path: 'properties.tlsOnly', before: true, after: undefined }]);
  });
});
