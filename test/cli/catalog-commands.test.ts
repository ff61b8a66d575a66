import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/index.js';
import { lineOf, MINI, writeMiniCatalog } from '../helpers/mini-catalog.js';
import { runCli } from '../helpers/run-cli.js';

const catalog = loadCatalog();
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) — written here so the test does not trust ours. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('verity catalog matrix', () => {
  it('prints one JSON row per service × control with exactly the documented keys', async () => {
    const r = await runCli([
      'catalog',
      'matrix',
      '--provider',
      'aws',
      '--service',
      'lambda',
      'rds',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const { rows } = JSON.parse(r.stdout) as { rows: Record<string, unknown>[] };
    expect(rows).toHaveLength(2 * catalog.controls.length);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        [
          'control',
          'customerDuty',
          'owner',
          'provider',
          'providerDuty',
          'service',
          'serviceModel',
          'source',
        ].sort(),
      );
    }
    const lambdaOs04 = rows.find((x) => x.service === 'lambda' && x.control === 'OS-04');
    expect(lambdaOs04?.owner).toBe('shared');
    expect((lambdaOs04?.source as { url?: string } | undefined)?.url).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
  });

  it('writes CSV that a CSV parser reads back to the same rows', async () => {
    const r = await runCli(['catalog', 'matrix', '-p', 'gcp', '-s', 'cloud-run', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    const [header, ...body] = rows;
    expect(header?.slice(0, 6)).toEqual([
      'provider',
      'service',
      'serviceModel',
      'control',
      'controlTitle',
      'owner',
    ]);
    expect(body).toHaveLength(catalog.controls.length);
    const expected = catalog.matrix('gcp', ['cloud-run']);
    body.forEach((cols, i) => {
      expect(cols[3]).toBe(expected[i]?.control);
      expect(cols[5]).toBe(expected[i]?.owner);
      expect(cols[8]).toBe(expected[i]?.customerDuty);
    });
  });

  it('filters by owner', async () => {
    const r = await runCli(['catalog', 'matrix', '-p', 'azure', '--owner', 'shared', '--format', 'json']);
    const { rows } = JSON.parse(r.stdout) as { rows: { owner: string }[] };
    const expected = catalog.matrix('azure').filter((x) => x.owner === 'shared');
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((x) => x.owner === 'shared')).toBe(true);
  });

  it('fits the estate matrix in 80 columns, uncoloured when piped', async () => {
    const r = await runCli(['catalog', 'matrix', '--estate', 'examples/estate.yaml']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(ANSI);
    // Every control appears in each block of services.
    for (const c of catalog.controls) expect(r.stdout).toContain(`${c.id.padEnd(7)} `);
    expect(r.stdout).toMatch(/ 1 aws\/ec2 \(iaas\)/);
  });

  it('colours the table on a terminal, and not with NO_COLOR or --no-color', async () => {
    const args = ['catalog', 'matrix', '-p', 'aws', '-s', 'ec2'];
    expect((await runCli(args, { tty: true })).stdout).toMatch(ANSI);
    expect((await runCli(args, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['--no-color', ...args], { tty: true })).stdout).not.toMatch(ANSI);
    expect((await runCli([...args, '--format', 'md'], { tty: true })).stdout).not.toMatch(ANSI);
  });

  it('shows the duties for a single service and marks service-specific entries', async () => {
    const r = await runCli(['catalog', 'matrix', '-p', 'aws', '-s', 'lambda']);
    const line = r.stdout.split('\n').find((l) => l.startsWith('OS-04'));
    expect(line).toMatch(/shared\*/);
  });

  it('refuses an unknown service with a suggestion and exit code 2, without a stack trace', async () => {
    const r = await runCli(['catalog', 'matrix', '-p', 'aws', '-s', 'lamda']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("verity: Unknown aws service 'lamda'. Did you mean 'lambda'?\n");
  });

  it('refuses an unknown provider, and a missing one', async () => {
    const a = await runCli(['catalog', 'matrix', '-p', 'azur']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/Unknown provider 'azur'\. Did you mean 'azure'\?/);
    const b = await runCli(['catalog', 'matrix']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--provider/);
  });

  it('reports a bad estate file with its line', async () => {
    const dir = writeMiniCatalog();
    const { writeFileSync } = await import('node:fs');
    const estate = `${dir}/estate.yaml`;
    writeFileSync(estate, 'name: X\nservices:\n  aws: [ec2, lamda]\n  gcp: [x]\n');
    const r = await runCli(['--catalog', dir, 'catalog', 'matrix', '--estate', estate]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${estate}:3: Unknown aws service 'lamda'. Did you mean 'lambda'? (at services.aws[1])`,
    );
    expect(r.stderr).toContain(
      `${estate}:4: the catalog has no services of provider 'gcp' (at services.gcp)`,
    );
  });
});

describe('verity catalog explain', () => {
  it('explains an override with both duties, the reason and the source', async () => {
    const r = await runCli(['catalog', 'explain', 'aws', 'lambda', 'OS-04']);
    expect(r.code).toBe(0);
    const expected = catalog.responsibility('aws', 'lambda', 'OS-04');
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Owner: shared');
    expect(flat).toContain(expected.providerDuty);
    expect(flat).toContain(expected.customerDuty);
    expect(flat).toContain(expected.source.url ?? '');
    expect(flat).toMatch(/catalog entry: data\/catalog\/services\/aws\.yaml:\d+/);
    expect(flat).toContain('PCI DSS 4.0:');
  });

  it('prints JSON with the model default and the origin', async () => {
    const r = await runCli(['catalog', 'explain', 'azure', 'virtual-machines', 'PHY-01', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      owner: 'provider',
      origin: 'model-default',
      modelDefault: 'provider',
      serviceModel: 'iaas',
    });
    expect(out.source.id).toBe('azure-srm');
  });

  it('suggests the control meant', async () => {
    const r = await runCli(['catalog', 'explain', 'aws', 'ec2', 'OS-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown control 'OS-1'\. Did you mean 'OS-01'/);
  });
});

describe('verity catalog controls', () => {
  it('lists the ids of one framework, in every format', async () => {
    const json = JSON.parse(
      (await runCli(['catalog', 'controls', '--framework', 'pci', '--format', 'json'])).stdout,
    );
    const expected = catalog.controlsFor('pci-dss-4');
    expect(json.controls.map((c: { id: string }) => c.id)).toEqual(expected.map((c) => c.id));
    expect(json.controls[0].frameworks).toEqual({ 'pci-dss-4': expected[0]?.frameworks['pci-dss-4'] });
    const md = (await runCli(['catalog', 'controls', '--framework', 'pci-dss-4', '--format', 'md'])).stdout;
    // header, separator, one line per control
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(expected.length + 2);
  });

  it('filters by domain and rejects an unknown one', async () => {
    const json = JSON.parse(
      (await runCli(['catalog', 'controls', '--domain', 'backup', '--format', 'json'])).stdout,
    );
    expect(json.controls.every((c: { domain: string }) => c.domain === 'backup')).toBe(true);
    expect(json.controls.length).toBe(catalog.controls.filter((c) => c.domain === 'backup').length);
    const bad = await runCli(['catalog', 'controls', '--domain', 'bakup']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Did you mean 'backup'/);
  });

  it('rejects an unknown framework as a usage error', async () => {
    const r = await runCli(['catalog', 'controls', '--framework', 'sox']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sox/);
  });
});

describe('verity catalog check', () => {
  it('reports every problem with file and line and exits 2', async () => {
    const dir = writeMiniCatalog([
      { file: 'services/aws.yaml', from: 'control: OS-01', to: 'control: OS-09' },
      { file: 'controls/os.yaml', from: 'cis-v8: ["7.3"]', to: 'cis-v8: ["19.1"]' },
    ]);
    const r = await runCli(['--catalog', dir, 'catalog', 'check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('verity: The catalog in . has 2 problems.');
    const line = lineOf(MINI['controls/os.yaml'], 'cis-v8:');
    expect(lines).toContain(
      `  controls/os.yaml:${line}: '19.1' is not a CIS Controls v8 safeguard (at controls[0].frameworks.cis-v8[0])`,
    );
    expect(
      lines.some((l) =>
        /^ {2}services\/aws\.yaml:\d+: unknown control 'OS-09' \(at services\[1\]\.overrides\[0\]\.control\)$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(r.stderr).not.toMatch(/ at .*\.ts:\d+/);
  });

  it('summarises a valid catalog', async () => {
    const r = await runCli(['catalog', 'check', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.controls).toBe(catalog.controls.length);
    expect(s.providers.map((p: { provider: string }) => p.provider)).toEqual([
      'aws',
      'azure',
      'gcp',
      'k8s',
      'onprem',
    ]);
  });
});

describe('help and usage', () => {
  it('teaches with --help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: verity/);
    expect(r.stdout).toMatch(/Exit codes:/);
    const m = await runCli(['catalog', 'matrix', '--help']);
    expect(m.stdout).toMatch(/P = provider, C = customer, S = shared/);
  });

  it('treats an unknown command as a usage error', async () => {
    const r = await runCli(['catalgo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});
