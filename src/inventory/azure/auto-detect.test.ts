import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectPaths } from '../collect.js';
import { gcpAssetCollector, gcpAssetFolderCollector } from '../gcp/index.js';
import { azureGraphCollector, azureGraphFolderCollector } from './index.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
/** The order these collectors should have in `registry.ts`: folder collectors before file collectors. */
const COLLECTORS = [
  azureGraphFolderCollector,
  gcpAssetFolderCollector,
  azureGraphCollector,
  gcpAssetCollector,
];

describe('--format auto through collectPaths', () => {
  it('reads each example estate folder whole, so files are joined', async () => {
    const report = await collectPaths(
      [join(ROOT, 'examples/estate/azure'), join(ROOT, 'examples/estate/gcp')],
      COLLECTORS,
      { relativeTo: ROOT, collectedAt: '2025-01-15T08:00:00.000Z' },
    );
    expect(report.sources.map((s) => [s.path, s.format, s.issues])).toEqual([
      ['examples/estate/azure', 'azure-graph', 0],
      ['examples/estate/gcp', 'gcp-asset', 0],
    ]);
    expect(report.unrecognised).toEqual([]);
    // Joined across files: the SQL firewall rules (az CLI file) and the bucket IAM policy (iam-policy export).
    const sql = report.resources.find((r) => r.id.endsWith('/servers/sql-examplecorp-erp'));
    expect(sql?.properties?.firewallCidrs).toEqual(['0.0.0.0/0']);
    const bucket = report.resources.find(
      (r) => r.id === '//storage.googleapis.com/examplecorp-analytics-exports',
    );
    expect(bucket?.properties?.publicRead).toBe(true);
  });

  it('falls back to one file at a time in a folder that mixes formats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-mixed-'));
    cpSync(join(ROOT, 'examples/estate/azure/resources.json'), join(dir, 'azure.json'));
    cpSync(join(ROOT, 'examples/estate/gcp/resource.jsonl'), join(dir, 'gcp.jsonl'));
    writeFileSync(join(dir, 'estate.yaml'), 'name: not inventory\n');
    const report = await collectPaths([dir], COLLECTORS, { relativeTo: dir });
    expect(report.sources.map((s) => [s.path, s.format])).toEqual([
      ['azure.json', 'azure-graph'],
      ['gcp.jsonl', 'gcp-asset'],
    ]);
    expect(report.unrecognised).toEqual([join(dir, 'estate.yaml')]);
  });
});
