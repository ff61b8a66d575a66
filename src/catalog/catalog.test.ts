import { describe, expect, it } from 'vitest';
import { writeMiniCatalog } from '../../test/helpers/mini-catalog.js';
import { UnknownNameError } from '../core/index.js';
import { loadCatalog } from './load.js';

const catalog = loadCatalog(writeMiniCatalog());

describe('Catalog.responsibility', () => {
  it('takes the service model default where the service has no entry of its own', () => {
    const r = catalog.responsibility('aws', 'ec2', 'OS-01');
    expect(r.owner).toBe('customer');
    expect(r.origin).toBe('model-default');
    expect(r.customerDuty).toBe('Patches the guest operating system.');
    // The provider has no part in a customer-owned control.
    expect(r.providerDuty).toMatch(/^None/);
    expect(r.source.id).toBe('model-src');
  });

  it("lets a service override win over its model, with the override's duties and source", () => {
    const r = catalog.responsibility('aws', 'lambda', 'OS-01');
    expect(r).toMatchObject({
      owner: 'shared',
      origin: 'service-override',
      providerDuty: 'Patches managed runtimes in automatic mode.',
      customerDuty: 'Keeps functions on supported runtimes.',
    });
    expect(r.source).toEqual({
      id: 'lambda-doc',
      title: 'Lambda runtime updates',
      publisher: 'Amazon Web Services',
      url: 'https://example.test/lambda',
    });
    // Same model, no override: the PaaS default.
    expect(catalog.responsibility('aws', 's3', 'OS-01').owner).toBe('provider');
  });

  it('gives a provider-owned control no work for the customer but verification', () => {
    const r = catalog.responsibility('aws', 's3', 'PHY-01');
    expect(r.owner).toBe('provider');
    expect(r.providerDuty).toBe("Guards the platform's data centres.");
    expect(r.customerDuty).toMatch(/Verify it through the provider/);
    // The IaaS default uses the control's general duty text.
    expect(catalog.responsibility('aws', 'ec2', 'PHY-01').providerDuty).toBe('Guards its data centres.');
  });

  it('finds services by alias and in any case', () => {
    expect(catalog.service('aws', 'AWS-Lambda').id).toBe('lambda');
    expect(catalog.control('os-01').id).toBe('OS-01');
  });

  it('suggests the closest names for a misspelt provider, service or control', () => {
    expect(() => catalog.service('aws', 'lamda')).toThrow(
      "Unknown aws service 'lamda'. Did you mean 'lambda'?",
    );
    expect(() => catalog.provider('asw')).toThrow(UnknownNameError);
    try {
      catalog.control('OS-1');
    } catch (error) {
      expect((error as UnknownNameError).code).toBe('UNKNOWN_CONTROL');
      expect((error as UnknownNameError).suggestions).toContain('OS-01');
    }
    expect(() => catalog.service('aws', 'zzzzzz')).toThrow(/^Unknown aws service 'zzzzzz'\.$/);
  });
});

describe('Catalog.matrix', () => {
  it('has one row per service × control', () => {
    const rows = catalog.matrix('aws');
    expect(rows).toHaveLength(3 * 2);
    expect(new Set(rows.map((r) => `${r.service}/${r.control}`)).size).toBe(6);
  });

  it('limits to chosen services, in the order given, without repeats', () => {
    const rows = catalog.matrix('aws', ['s3', 'aws-lambda', 'lambda']);
    expect([...new Set(rows.map((r) => r.service))]).toEqual(['s3', 'lambda']);
  });
});
