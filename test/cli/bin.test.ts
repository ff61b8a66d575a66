import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The installed command, as a user runs it: `npm test` builds first, so dist/ is current. */
const bin = join(import.meta.dirname, '../../bin/verity.js');

describe('the verity command', () => {
  it('prints help through npx', () => {
    const out = execFileSync('npx', ['--no-install', 'verity', '--help'], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '../..'),
    });
    expect(out).toMatch(/Usage: verity \[options\] \[command\]/);
    expect(out).toMatch(/catalog/);
  });

  it('exits non-zero with one sentence for a user mistake', () => {
    const r = spawnSync(process.execPath, [bin, 'catalog', 'explain', 'aws', 'lamda', 'OS-04'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      "verity: Unknown aws service 'lamda'. Did you mean 'lambda'?",
    ]);
  });

  it('creates its database on first use where VERITY_DB points', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'verity-bin-')), 'v.db');
    const r = spawnSync(process.execPath, [bin, 'db', 'status', '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, VERITY_DB: db },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: db, snapshots: 0, resources: 0 });
  });
});
