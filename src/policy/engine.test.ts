import { describe, expect, it } from 'vitest';
import { defineCheck, fail, need, pass } from '../checks/define.js';
import { resource } from '../checks/testing.js';
import { evaluate, indexInventory } from './engine.js';

const encrypted = defineCheck({
  id: 'test-volume-encrypted',
  title: 'Volumes are encrypted at rest',
  rationale: 'A test check reading one required property.',
  severity: 'high',
  providers: ['aws', 'gcp'],
  kinds: ['storage.volume'],
  controls: ['EAR-01'],
  remediation: 'Encrypt the volume with a managed key.',
  params: { minSizeGb: { description: 'ignore smaller volumes', default: 0 } },
  evaluate(v, { params }) {
    if (typeof v.properties.sizeGb === 'number' && v.properties.sizeGb < Number(params.minSizeGb)) {
      return pass('Small enough to ignore.');
    }
    return need<{ enabled: boolean }>(v, 'encryption').enabled ? pass('Encrypted.') : fail('Not encrypted.');
  },
});

const broken = defineCheck({
  id: 'test-broken',
  title: 'A check with a bug in it',
  rationale: 'Proves a throwing check cannot stop the scan.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['storage.volume'],
  controls: ['EAR-01'],
  remediation: 'Fix the check, not the resource.',
  evaluate() {
    throw new TypeError('cannot read x of undefined');
  },
});

describe('evaluate', () => {
  const good = resource('storage.volume', 'aws', { encryption: { enabled: true }, sizeGb: 100 });
  const bad = resource('storage.volume', 'gcp', { encryption: { enabled: false }, sizeGb: 100 });
  const unknown = resource(
    'storage.volume',
    'aws',
    { sizeGb: 100 },
    { unknown: [{ path: 'encryption', reason: 'AccessDenied on DescribeVolumes' }] },
  );
  const azure = resource('storage.volume', 'azure', { encryption: { enabled: false } });
  const bucket = resource('storage.bucket', 'aws', {});

  it('runs each check on its kinds and providers only', () => {
    const results = evaluate([encrypted], [good, bad, unknown, azure, bucket]);
    expect(results.map((r) => [r.resource, r.status])).toEqual([
      [good.id, 'pass'],
      [bad.id, 'fail'],
      [unknown.id, 'error'],
    ]);
  });

  it('turns unknown data into error with the collector’s reason, never pass', () => {
    const [r] = evaluate([encrypted], [unknown]);
    expect(r?.status).toBe('error');
    expect(r?.message).toBe(
      'Could not verify: encryption could not be determined: AccessDenied on DescribeVolumes.',
    );
  });

  it('contains a check that throws', () => {
    const results = evaluate([broken, encrypted], [good]);
    expect(results.map((r) => r.status)).toEqual(['error', 'pass']);
    expect(results[0]?.message).toMatch(/failed to run: cannot read x of undefined/);
  });

  it('applies parameters and severities from the policy over the defaults', () => {
    const [r] = evaluate([encrypted], [bad], {
      params: { 'test-volume-encrypted': { minSizeGb: 500 } },
      severities: { 'test-volume-encrypted': 'critical' },
    });
    expect(r).toMatchObject({ status: 'pass', severity: 'critical' });
    expect(evaluate([encrypted], [bad])[0]).toMatchObject({ status: 'fail', severity: 'high' });
  });
});

describe('indexInventory', () => {
  it('finds resources by id, kind and reverse relation', () => {
    const sg = resource('network.security-group', 'aws', {}, { id: 'sg-1' });
    const eni = resource(
      'network.interface',
      'aws',
      {},
      { id: 'eni-1', relations: [{ type: 'uses-security-group', target: 'sg-1' }] },
    );
    const vm = resource(
      'compute.instance',
      'aws',
      {},
      {
        id: 'i-1',
        relations: [
          { type: 'uses-security-group', target: 'sg-1' },
          { type: 'has-interface', target: 'eni-1' },
        ],
      },
    );
    const view = indexInventory([sg, eni, vm]);
    expect(view.byId('eni-1')?.kind).toBe('network.interface');
    expect(view.byKind('compute.instance').map((r) => r.id)).toEqual(['i-1']);
    expect(view.referrers('sg-1').map((r) => r.id)).toEqual(['eni-1', 'i-1']);
    expect(view.referrers('eni-1', 'has-interface').map((r) => r.id)).toEqual(['i-1']);
    expect(view.referrers('nothing')).toEqual([]);
  });
});
