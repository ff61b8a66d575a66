import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** VPC flow log v2 default format: version account eni src dst srcport dstport proto packets bytes start end action status. */
const v2 = [
  '2 123456789012 eni-0a1 10.0.1.5 10.0.2.9 44321 5432 6 10 8400 1700000000 1700000060 ACCEPT OK',
  '2 123456789012 eni-0a1 10.0.1.5 10.0.2.9 44322 5432 6 5 1600 1700000000 1700000060 ACCEPT OK',
  '2 123456789012 eni-0a1 198.51.100.7 10.0.1.5 51515 22 6 1 40 1700000000 1700000060 REJECT OK',
  '2 123456789012 eni-0a1 not-an-address 10.0.1.5 1 22 6 1 40 1700000000 1700000060 REJECT OK',
];

describe('verity flows ingest', () => {
  it('reads a gzipped VPC flow log, reports the malformed record with its line, and aggregates edges', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-flows-'));
    const file = join(dir, 'eni.log.gz');
    writeFileSync(file, gzipSync(`${v2.join('\n')}\n`));
    const r = await runCli(['flows', 'ingest', file, '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ files: 1, records: 4, accepted: 3, perFormat: { 'aws-vpc': 3 } });
    expect(out.rejected).toHaveLength(1);
    expect(out.rejected[0].samples[0].location).toBe(`${file}:4`);
    expect(out.top[0]).toEqual({
      src: '10.0.1.5',
      dst: '10.0.2.9',
      dstPort: 5432,
      protocol: 6,
      flows: 2,
      packets: 15,
      bytes: 10000,
      rejected: 0,
    });
    expect(out.top[1]).toMatchObject({ src: '198.51.100.7', dstPort: 22, rejected: 1 });
  });

  it('skips files of no flow format and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-flows-'));
    writeFileSync(join(dir, 'notes.txt'), 'hello\n');
    writeFileSync(join(dir, 'ok.log'), `${v2[0]}\n`);
    const r = await runCli(['flows', 'ingest', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/1 records read, 1 accepted, 0 rejected/);
    expect(r.stderr).toContain(`${join(dir, 'notes.txt')}: skipped, not a flow format Verity reads`);
  });
});
