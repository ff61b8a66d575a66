import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/index.js';
import { Store } from '../../src/store/index.js';
import { runCli } from '../helpers/run-cli.js';

const bucket = (name: string, publicRead: boolean | undefined, tags: Record<string, string> = {}) => ({
  id: `arn:aws:s3:::${name}`,
  provider: 'aws' as const,
  service: 's3',
  kind: 'storage.bucket' as const,
  account: '111122223333',
  tags,
  properties: publicRead === undefined ? {} : { publicRead, publicAccessBlocked: false },
  unknown: publicRead === undefined ? [{ path: 'publicRead', reason: 'AccessDenied on GetBucketAcl' }] : [],
  raw: {},
  source: { type: 'export' as const, collector: 'aws-cli' },
});

async function dbWith(resources: ReturnType<typeof bucket>[]): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'verity-scan-')), 'v.db');
  const store = await Store.open(path);
  await store.saveSnapshot(resources, { source: 'test' });
  await store.close();
  return path;
}

describe('verity scan', () => {
  it('stores findings with the owner the catalog gives, and gates CI with --fail-on', async () => {
    const db = await dbWith([
      bucket('open', true, { team: 'payments' }),
      bucket('closed', false),
      bucket('unreadable', undefined),
    ]);
    const r = await runCli([
      '--db',
      db,
      'scan',
      '--check',
      'storage-bucket-public-read',
      '--fail-on',
      'high',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 failing finding at or above high/);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ pass: 1, fail: 1, 'fail:critical': 1, error: 1 });
    const open = out.findings.find((f: { resource: string }) => f.resource === 'arn:aws:s3:::open');
    // DATA-03 and IAM-03 are both the customer's for S3 in the catalog, so the finding is the customer's.
    const catalog = loadCatalog();
    const owners = new Set(['DATA-03', 'IAM-03'].map((c) => catalog.responsibility('aws', 's3', c).owner));
    expect(open).toMatchObject({
      status: 'fail',
      severity: 'critical',
      team: 'payments',
      owner: owners.size === 1 ? [...owners][0] : 'shared',
    });
    const unreadable = out.findings.find(
      (f: { resource: string }) => f.resource === 'arn:aws:s3:::unreadable',
    );
    expect(unreadable.status).toBe('error');
    expect(unreadable.message).toContain('AccessDenied on GetBucketAcl');
  });

  it('passes the gate when nothing fails at that level, and keeps first-seen across scans', async () => {
    const db = await dbWith([bucket('open', true)]);
    const first = JSON.parse(
      (await runCli(['--db', db, 'scan', '-c', 'storage-bucket-public-read', '-f', 'json'])).stdout,
    );
    await new Promise((res) => setTimeout(res, 20));
    const second = await runCli(['--db', db, 'scan', '-c', 'storage-bucket-public-read', '-f', 'json']);
    expect(second.code).toBe(0);
    const f2 = JSON.parse(second.stdout).findings[0];
    expect(f2.firstSeen).toBe(first.findings[0].firstSeen);
    expect(f2.lastSeen > f2.firstSeen).toBe(true);
  });

  it('refuses an unknown check or severity, and a store without snapshots', async () => {
    const db = await dbWith([]);
    expect((await runCli(['--db', db, 'scan', '-c', 'nope'])).code).toBe(2);
    expect((await runCli(['--db', db, 'scan', '--fail-on', 'severe'])).code).toBe(2);
    const empty = join(mkdtempSync(join(tmpdir(), 'verity-scan-')), 'e.db');
    const r = await runCli(['--db', empty, 'scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no snapshots yet/);
  });
});
