import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPaths } from './collect.js';
import { emptyResult, type OfflineCollector } from './types.js';

/** Two small collectors for the orchestration logic: one reads `*.lst` files, one whole `*.stack` folders. */
const lines: OfflineCollector = {
  format: 'csv',
  title: 'test lines',
  detect: (path, head) => path.endsWith('.lst') && head.startsWith('host'),
  async collect(path) {
    const r = emptyResult();
    r.files.push(path);
    if (path.includes('boom')) throw new Error('disk on fire');
    r.resources.push({
      id: `onprem:${path}`,
      provider: 'onprem',
      service: 'physical-server',
      kind: 'host.server',
      account: 'onprem',
      raw: {},
      source: { type: 'inventory', collector: 'csv', location: `${path}:1` },
    });
    return r;
  },
};
const folders: OfflineCollector = {
  format: 'terraform',
  title: 'test folders',
  wantsDirectory: true,
  detect: (path) => path.endsWith('.stack'),
  async collect(path) {
    const r = emptyResult();
    r.files.push(path);
    r.unknownTypes['terraform:aws_sqs_queue'] = 2;
    r.issues.push({ file: join(path, 'bad.tf'), line: 3, message: 'unexpected }' });
    return r;
  },
};

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verity-collect-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('collectPaths', () => {
  it('walks folders, hands each file to the collector that recognises it, and whole folders to folder collectors', async () => {
    const dir = tree({
      'a/one.lst': 'host,ip\n',
      'a/two.lst': 'host,ip\n',
      'net.stack/main.tf': 'x',
      'README.md': '# docs are not inventory',
      'a/odd.lst': 'not a header',
      'b/data.bin': '\u0000\u0001',
    });
    const report = await collectPaths([dir], [lines, folders], { relativeTo: dir });
    expect(report.sources.map((s) => [s.path, s.format, s.resources, s.issues])).toEqual([
      ['a/one.lst', 'csv', 1, 0],
      ['a/two.lst', 'csv', 1, 0],
      ['net.stack', 'terraform', 0, 1],
    ]);
    expect(report.resources).toHaveLength(2);
    expect(report.unknownTypes).toEqual({ 'terraform:aws_sqs_queue': 2 });
    expect(report.issues).toEqual([
      { file: join(dir, 'net.stack', 'bad.tf'), line: 3, message: 'unexpected }' },
    ]);
    // Unrecognised files are listed, documentation is not.
    expect(report.unrecognised.sort()).toEqual([join(dir, 'a/odd.lst'), join(dir, 'b/data.bin')].sort());
  });

  it('uses the named format without detection', async () => {
    const dir = tree({ 'x.txt.lst': 'whatever' });
    const report = await collectPaths([join(dir, 'x.txt.lst')], [lines, folders], { format: 'csv' });
    expect(report.resources).toHaveLength(1);
  });

  it('reports a collector that throws as an issue for that input and goes on', async () => {
    const dir = tree({ 'boom.lst': 'host\n', 'fine.lst': 'host\n' });
    const report = await collectPaths([dir], [lines], {});
    expect(report.resources.map((r) => r.id)).toEqual([`onprem:${join(dir, 'fine.lst')}`]);
    expect(report.issues).toEqual([
      { file: join(dir, 'boom.lst'), message: 'could not be read: disk on fire' },
    ]);
  });

  it('refuses an input that does not exist, and reports progress', async () => {
    await expect(collectPaths(['/no/such/path'], [lines])).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    const dir = tree({ 'a.lst': 'host\n', 'b.lst': 'host\n' });
    const seen: [number, number][] = [];
    await collectPaths([dir], [lines], { progress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });
});
