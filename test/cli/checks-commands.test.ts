import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/index.js';
import { builtinChecks } from '../../src/checks/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('verity checks', () => {
  it('lists every built-in check, and filters by provider, kind and control', async () => {
    const all = JSON.parse((await runCli(['checks', 'list', '-f', 'json'])).stdout).checks as {
      id: string;
    }[];
    expect(all).toHaveLength(builtinChecks.length);
    const k8s = JSON.parse((await runCli(['checks', 'list', '-p', 'k8s', '-f', 'json'])).stdout).checks as {
      providers: string[];
    }[];
    expect(k8s.length).toBe(builtinChecks.filter((c) => c.providers.includes('k8s')).length);
    expect(k8s.every((c) => c.providers.includes('k8s'))).toBe(true);
    const buckets = JSON.parse(
      (await runCli(['checks', 'list', '-k', 'storage.bucket', '--control', 'DATA-03', '-f', 'json'])).stdout,
    ).checks as { id: string }[];
    expect(buckets.map((c) => c.id)).toContain('storage-bucket-public-read');
    expect(buckets.length).toBe(
      builtinChecks.filter((c) => c.kinds.includes('storage.bucket') && c.controls.includes('DATA-03'))
        .length,
    );
  });

  it('shows a check with the owner of each control it tests for a service', async () => {
    const r = await runCli([
      'checks',
      'show',
      'storage-bucket-public-read',
      '-p',
      'gcp',
      '-s',
      'cloud-storage',
    ]);
    expect(r.code).toBe(0);
    const owner = loadCatalog().responsibility('gcp', 'cloud-storage', 'DATA-03').owner;
    expect(r.stdout).toContain(
      `DATA-03 Data stores are not publicly exposed — owner for gcp/cloud-storage: ${owner}`,
    );
    expect((await runCli(['checks', 'show', 'no-such-check'])).code).toBe(2);
  });
});
