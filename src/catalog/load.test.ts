import { describe, expect, it } from 'vitest';
import { lineOf, MINI, type MiniFile, writeMiniCatalog } from '../../test/helpers/mini-catalog.js';
import { InputError } from '../core/index.js';
import { loadCatalog } from './load.js';

/** Loads the mini catalog with one edit and returns the problems reported. */
function problems(file: MiniFile, from: string, to: string) {
  const dir = writeMiniCatalog([{ file, from, to }]);
  try {
    loadCatalog(dir, { relativeTo: dir });
  } catch (error) {
    if (error instanceof InputError)
      return { error, issues: error.issues, text: MINI[file].replace(from, to) };
    throw error;
  }
  throw new Error('the edited catalog loaded without complaint');
}

describe('loadCatalog on a valid catalog', () => {
  it('loads controls, services and overrides', () => {
    const catalog = loadCatalog(writeMiniCatalog());
    expect(catalog.controls.map((c) => c.id)).toEqual(['PHY-01', 'OS-01']);
    expect(catalog.provider('aws').services.map((s) => s.id)).toEqual(['ec2', 'lambda', 's3']);
    expect(catalog.service('aws', 'lambda').overrides.get('OS-01')?.owner).toBe('shared');
  });

  it('records where each control and override is written', () => {
    const catalog = loadCatalog(writeMiniCatalog());
    const os = catalog.control('OS-01');
    expect(os.location.file).toMatch(/controls[/\\]os\.yaml$/);
    expect(os.location.line).toBe(lineOf(MINI['controls/os.yaml'], '- id: OS-01'));
    const override = catalog.service('aws', 'lambda').overrides.get('OS-01');
    expect(override?.location.line).toBe(lineOf(MINI['services/aws.yaml'], '- control: OS-01'));
  });
});

describe('loadCatalog rejects, with file and line', () => {
  it('an unknown control in an override', () => {
    const { issues, text } = problems('services/aws.yaml', 'control: OS-01', 'control: OS-09');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe("unknown control 'OS-09'");
    expect(issues[0]?.file).toBe('services/aws.yaml');
    expect(issues[0]?.line).toBe(lineOf(text, 'control: OS-09'));
    expect(issues[0]?.path).toBe('services[1].overrides[0].control');
  });

  it('a duplicate control id across files', () => {
    const { issues } = problems('controls/physical.yaml', 'id: PHY-01', 'id: OS-01');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^duplicate control id 'OS-01' \(first defined at .*os\.yaml:4\)$/);
  });

  it('an owner outside the enum', () => {
    const { issues, text } = problems('controls/os.yaml', 'iaas: customer', 'iaas: tenant');
    expect(issues[0]?.path).toBe('controls[0].defaults.iaas');
    expect(issues[0]?.line).toBe(lineOf(text, 'iaas: tenant'));
  });

  it('a service without a model', () => {
    const { issues, text } = problems('services/aws.yaml', '    model: iaas\n', '');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/missing required field/);
    expect(issues[0]?.path).toBe('services[0].model');
    expect(issues[0]?.line).toBe(lineOf(text, '- id: ec2'));
  });

  it('a service model that does not exist', () => {
    const { issues } = problems('services/aws.yaml', 'model: iaas', 'model: faas');
    expect(issues[0]?.message).toBe('must be one of "on-prem", "iaas", "paas", "saas"');
  });

  it("framework ids outside each framework's numbering", () => {
    const cases: [string, string, RegExp][] = [
      ['nist-800-53r5: ["SI-2"]', 'nist-800-53r5: ["XX-2"]', /has no NIST SP 800-53 rev5 family 'XX'/],
      ['nist-800-53r5: ["SI-2"]', 'nist-800-53r5: ["SI-24"]', /past the last control of family SI/],
      ['cis-v8: ["7.3"]', 'cis-v8: ["7.8"]', /is not a CIS Controls v8 safeguard/],
      ['cis-v8: ["7.3"]', 'cis-v8: ["19.1"]', /is not a CIS Controls v8 safeguard/],
      ['iso27001-2022: ["A.8.8"]', 'iso27001-2022: ["A.8.35"]', /past the last Annex A control/],
      ['iso27001-2022: ["A.8.8"]', 'iso27001-2022: ["A.12.6.1"]', /not an ISO\/IEC 27001:2022 Annex A id/],
      ['ccm-v4: ["TVM-03"]', 'ccm-v4: ["TVM-11"]', /past the last control of CCM domain TVM/],
      ['ccm-v4: ["TVM-03"]', 'ccm-v4: ["XYZ-01"]', /no CCM v4 domain 'XYZ'/],
      ['pci-dss-4: ["6.3.3"]', 'pci-dss-4: ["13.1"]', /not a PCI DSS 4.0 requirement id/],
    ];
    for (const [from, to, message] of cases) {
      const { issues, text } = problems('controls/os.yaml', from, to);
      expect(issues, to).toHaveLength(1);
      expect(issues[0]?.message, to).toMatch(message);
      expect(issues[0]?.line, to).toBe(lineOf(text, to));
    }
  });

  it('a framework id YAML reads as a number, telling the author to quote it', () => {
    const { issues } = problems('controls/os.yaml', 'cis-v8: ["7.3"]', 'cis-v8: [7.3]');
    expect(issues[0]?.message).toMatch(/expected a string but found the number 7.3; quote it/);
  });

  it('an unknown source, and an unknown field', () => {
    const a = problems('services/aws.yaml', 'source: lambda-doc', 'source: lambda-docs');
    expect(a.issues[0]?.message).toBe("unknown source 'lambda-docs'");
    expect(a.issues[0]?.line).toBe(lineOf(a.text, 'source: lambda-docs'));
    const b = problems(
      'services/aws.yaml',
      '    kinds: [storage.bucket]',
      '    kinds: [storage.bucket]\n    colour: red',
    );
    expect(b.issues[0]?.message).toBe('unknown field colour');
  });

  it('an unknown resource kind and a clashing alias', () => {
    const a = problems('services/aws.yaml', 'kinds: [storage.bucket]', 'kinds: [storage.blob]');
    expect(a.issues[0]?.path).toBe('services[2].kinds[0]');
    const b = problems('services/aws.yaml', 'aliases: [aws-lambda]', 'aliases: [s3]');
    expect(b.issues[0]?.message).toBe("service name 's3' is already used by service 'lambda'");
  });

  it('YAML syntax errors and duplicate keys, with line and column', () => {
    const a = problems(
      'controls/os.yaml',
      '    title: Guest OS patched',
      '    title: Guest OS patched\n    title: Again',
    );
    expect(a.issues[0]?.line).toBe(lineOf(a.text, 'title: Again'));
    expect(a.issues[0]?.message).toMatch(/unique/i);
    const b = problems('controls/os.yaml', 'cis-v8: ["7.3"]', 'cis-v8: ["7.3"');
    expect(b.issues.length).toBeGreaterThan(0);
    expect(b.issues[0]?.line).toBeGreaterThan(0);
  });

  it('every problem of every file at once', () => {
    const dir = writeMiniCatalog([
      { file: 'services/aws.yaml', from: 'control: OS-01', to: 'control: OS-09' },
      { file: 'controls/physical.yaml', from: 'ccm-v4: ["DCS-09"]', to: 'ccm-v4: ["DCS-99"]' },
    ]);
    expect(() => loadCatalog(dir, { relativeTo: dir })).toThrow(InputError);
    try {
      loadCatalog(dir, { relativeTo: dir });
    } catch (error) {
      const e = error as InputError;
      expect(e.code).toBe('CATALOG_INVALID');
      expect(e.message).toMatch(/has 2 problems/);
      expect(e.issues.map((i) => i.file).sort()).toEqual(['controls/physical.yaml', 'services/aws.yaml']);
    }
  });
});
