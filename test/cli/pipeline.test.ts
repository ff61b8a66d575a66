import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * The whole pipeline on the bundled example estate: collect every source into one hybrid snapshot, scan it,
 * and find the misconfigurations examples/estate/*\/MISCONFIGURATIONS.md says were planted.
 */
describe('collect → scan on the example estate', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'verity-pipeline-')), 'v.db');
  const collected = await runCli(['--db', db, 'collect', 'examples/estate', '--json']);
  const report = JSON.parse(collected.stdout);
  const scanned = await runCli(['--db', db, 'scan', '--format', 'json']);
  const findings = JSON.parse(scanned.stdout).findings as {
    check: string;
    resource: string;
    status: string;
    owner: string;
  }[];
  const failing = (check: string, resource: string) =>
    findings.find((f) => f.check === check && f.resource === resource && f.status === 'fail');

  it('reads every source of the hybrid estate with nothing skipped', () => {
    expect(collected.code, collected.stderr).toBe(0);
    const formats = new Set(report.sources.map((s: { format: string }) => s.format));
    for (const f of [
      'aws-cli',
      'azure-graph',
      'gcp-asset',
      'terraform',
      'terraform-plan',
      'cloudformation',
      'arm',
      'k8s',
      'csv',
      'nmap',
    ]) {
      expect(formats.has(f), f).toBe(true);
    }
    expect(report.issues).toEqual([]);
    expect(report.unrecognised).toEqual([]);
  });

  it('holds resources of all five providers in one snapshot', async () => {
    const r = await runCli(['--db', db, 'inventory', 'list', '--format', 'json']);
    const resources = JSON.parse(r.stdout).resources as { provider: string }[];
    expect(resources.length).toBe(report.resources);
    expect([...new Set(resources.map((x) => x.provider))].sort()).toEqual([
      'aws',
      'azure',
      'gcp',
      'k8s',
      'onprem',
    ]);
  });

  it('finds the planted AWS misconfigurations', () => {
    expect(scanned.code).toBe(0);
    expect(
      failing('storage-bucket-public-read', 'arn:aws:s3:::prod-marketing-site-234567890123'),
    ).toBeDefined();
    const sshOpen = findings.filter(
      (f) =>
        f.resource === 'arn:aws:ec2:us-east-1:234567890123:security-group/sg-0a7b8c9d0e1f20302' &&
        f.status === 'fail',
    );
    expect(sshOpen.length).toBeGreaterThan(0);
  });

  it('finds the planted Kubernetes and on-premises misconfigurations', () => {
    const k8sPrivileged = findings.filter(
      (f) => f.check === 'k8s-workload-privileged' && f.status === 'fail',
    );
    expect(k8sPrivileged.length).toBeGreaterThan(0);
    const telnet = findings.filter((f) => f.check === 'onprem-telnet-open' && f.status === 'fail');
    expect(telnet.length).toBeGreaterThan(0);
  });

  it('gives every finding an accountable owner', () => {
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(['provider', 'customer', 'shared']).toContain(f.owner);
  });

  it('prints the matrix of the services actually in use', async () => {
    const r = await runCli(['--db', db, 'catalog', 'matrix', '--snapshot', 'latest', '--format', 'json']);
    expect(r.code).toBe(0);
    const services = new Set(
      (JSON.parse(r.stdout).rows as { provider: string; service: string }[]).map(
        (x) => `${x.provider}/${x.service}`,
      ),
    );
    expect(services.has('aws/s3')).toBe(true);
    expect(services.has('onprem/physical-server')).toBe(true);
  });
});
