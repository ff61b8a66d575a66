import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/formats/index.js';
import { AWS_SG, AZURE_STORAGE, findings, input } from './fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed output, walked freely by the assertions.
type Json = Record<string, any>;

/**
 * A checker for OCSF's own definition format (not JSON Schema): resolves a class through `extends`, merges
 * attributes, and checks required attributes, attribute names, types from dictionary.json, enum ids, and
 * that enum siblings carry the caption of their id.
 */
const root = new URL('../../vendor/schemas/ocsf/', import.meta.url);
const load = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

interface AttrDef {
  requirement?: string;
  type?: string;
  is_array?: boolean;
  sibling?: string;
  enum?: Record<string, { caption: string }>;
}
interface Definition {
  name: string;
  extends?: string;
  uid?: number;
  category?: string;
  attributes: Record<string, AttrDef>;
}

const dictionary = load('dictionary.json') as {
  attributes: Record<string, AttrDef>;
  types: { attributes: Record<string, { type?: string; regex?: string; max_len?: number }> };
};
const DEFINITIONS: Record<string, string> = {
  base_event: 'events/base_event.json',
  finding: 'events/findings/finding.json',
  compliance_finding: 'events/findings/compliance_finding.json',
  compliance: 'objects/compliance.json',
  finding_info: 'objects/finding_info.json',
  remediation: 'objects/remediation.json',
  resource_details: 'objects/resource_details.json',
  _resource: 'objects/_resource.json',
  metadata: 'objects/metadata.json',
  product: 'objects/product.json',
};
/** Roots of the inheritance chains that are not vendored and define no attributes we use. */
const ABSTRACT_ROOTS = new Set(['object', '_entity']);

function resolve(name: string): Record<string, AttrDef> {
  const path = DEFINITIONS[name];
  if (!path) throw new Error(`no vendored OCSF definition for '${name}'`);
  const def = load(path) as Definition;
  const parent = def.extends && !ABSTRACT_ROOTS.has(def.extends) ? resolve(def.extends) : {};
  const merged: Record<string, AttrDef> = { ...parent };
  for (const [attr, spec] of Object.entries(def.attributes)) {
    if (attr === '$include') continue;
    const base = merged[attr] ?? {};
    merged[attr] = {
      ...base,
      ...spec,
      ...(base.enum || spec.enum ? { enum: { ...base.enum, ...spec.enum } } : {}),
    };
  }
  return merged;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkScalar(type: string, value: unknown, at: string, errors: string[]): void {
  const t = dictionary.types.attributes[type];
  if (!t) throw new Error(`unknown OCSF type ${type}`);
  const base = t.type ?? type;
  if (base !== type) checkScalar(base, value, at, errors);
  switch (type) {
    case 'string_t':
      if (typeof value !== 'string') errors.push(`${at}: expected string, got ${JSON.stringify(value)}`);
      break;
    case 'integer_t':
    case 'long_t':
      if (!Number.isInteger(value)) errors.push(`${at}: expected integer, got ${JSON.stringify(value)}`);
      break;
    case 'float_t':
      if (typeof value !== 'number') errors.push(`${at}: expected number`);
      break;
    case 'boolean_t':
      if (typeof value !== 'boolean') errors.push(`${at}: expected boolean`);
      break;
  }
  if (t.regex && typeof value === 'string' && !new RegExp(t.regex).test(value))
    errors.push(`${at}: does not match ${type}`);
  if (t.max_len && typeof value === 'string' && value.length > t.max_len)
    errors.push(`${at}: longer than ${t.max_len}`);
}

function checkValue(name: string, def: AttrDef, value: unknown, at: string, errors: string[]): void {
  const dict = dictionary.attributes[name];
  if (!dict?.type) {
    errors.push(`${at}: '${name}' is not in the dictionary`);
    return;
  }
  if (dict.is_array) {
    if (!Array.isArray(value)) errors.push(`${at}: expected an array`);
    else
      value.forEach((v, i) => {
        checkOne(dict.type as string, name, def, v, `${at}[${i}]`, errors);
      });
    return;
  }
  checkOne(dict.type, name, def, value, at, errors);
}

function checkOne(
  type: string,
  name: string,
  def: AttrDef,
  value: unknown,
  at: string,
  errors: string[],
): void {
  if (type === 'json_t') return;
  if (type === 'object') {
    if (!isObject(value)) errors.push(`${at}: expected an object`);
    return;
  }
  if (type.endsWith('_t')) {
    checkScalar(type, value, at, errors);
    const enumeration = { ...dictionary.attributes[name]?.enum, ...def.enum };
    if (Object.keys(enumeration).length > 0 && !Object.hasOwn(enumeration, String(value)))
      errors.push(`${at}: ${JSON.stringify(value)} is not one of ${Object.keys(enumeration).join(', ')}`);
    return;
  }
  if (!isObject(value)) errors.push(`${at}: expected a ${type} object`);
  else checkObject(resolve(type), value, at, errors);
}

function checkObject(
  attrs: Record<string, AttrDef>,
  value: Record<string, unknown>,
  at: string,
  errors: string[],
) {
  for (const [name, def] of Object.entries(attrs)) {
    if (def.requirement === 'required' && (value[name] === undefined || value[name] === null))
      errors.push(`${at}.${name}: required but missing`);
  }
  for (const [name, v] of Object.entries(value)) {
    const def = attrs[name];
    if (!def) {
      errors.push(`${at}.${name}: not an attribute of this class/object`);
      continue;
    }
    checkValue(name, def, v, `${at}.${name}`, errors);
    const sibling = dictionary.attributes[name]?.sibling;
    const enumeration = { ...dictionary.attributes[name]?.enum, ...def.enum };
    if (sibling && value[sibling] !== undefined && v !== 99) {
      const caption = enumeration[String(v)]?.caption;
      if (caption !== undefined && value[sibling] !== caption)
        errors.push(
          `${at}.${sibling}: '${String(value[sibling])}' is not the caption '${caption}' of ${name} ${String(v)}`,
        );
    }
  }
}

function checkComplianceFinding(event: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(event)) return ['event is not an object'];
  const cls = load(DEFINITIONS.compliance_finding as string) as Definition & { caption: string };
  // As OCSF's schema compiler does, a concrete class's own uids replace base_event's placeholder enums
  // (category "findings" is uid 2 in OCSF's categories.json, which is not vendored).
  const attrs = resolve('compliance_finding');
  attrs.category_uid = { ...attrs.category_uid, enum: { '2': { caption: 'Findings' } } };
  attrs.class_uid = {
    ...attrs.class_uid,
    enum: { [String(2000 + (cls.uid ?? 0))]: { caption: cls.caption } },
  };
  checkObject(attrs, event, '$', errors);
  if (event.class_uid !== 2 * 1000 + (cls.uid ?? -1))
    errors.push('$.class_uid: not category*1000 + class uid');
  if (event.type_uid !== (event.class_uid as number) * 100 + (event.activity_id as number))
    errors.push('$.type_uid: not class_uid*100 + activity_id');
  return errors;
}

const events = JSON.parse(formatters.ocsf(input())) as Json[];

describe('OCSF Compliance Finding', () => {
  it('writes one event per finding', () => {
    expect(events).toHaveLength(findings.length);
    expect(new Set(events.map((e) => e.finding_info.uid))).toEqual(new Set(findings.map((f) => f.id)));
  });

  it('every event satisfies the vendored class and object definitions', () => {
    for (const e of events) expect(checkComplianceFinding(e)).toEqual([]);
  });

  it('the checker catches missing required attributes, bad types, bad enum ids and unknown attributes', () => {
    const bad = structuredClone(events[0]) as Json;
    delete bad.finding_info.uid;
    delete bad.metadata.product;
    bad.time = '2026-03-01';
    bad.severity_id = 7;
    bad.colour = 'red';
    bad.compliance.requirements = 'not an array';
    bad.compliance.status = 'Fail';
    bad.compliance.status_id = 1;
    bad.class_uid = 2004;
    const errors = checkComplianceFinding(bad);
    for (const want of [
      '$.finding_info.uid: required',
      '$.metadata.product: required',
      '$.time: expected integer',
      '$.severity_id: 7 is not one of',
      "$.compliance.status: 'Fail' is not the caption 'Pass'",
      '$.class_uid: 2004 is not one of',
      '$.colour: not an attribute',
      '$.compliance.requirements: expected an array',
    ])
      expect(
        errors.some((e) => e.startsWith(want)),
        `${want} in ${errors.join('\n')}`,
      ).toBe(true);
    const noCompliance = structuredClone(events[0]) as Record<string, unknown>;
    delete noCompliance.compliance;
    expect(checkComplianceFinding(noCompliance)).toContain('$.compliance: required but missing');
  });

  it('maps severity, compliance status and resources from the findings', () => {
    const sev = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };
    const st = { pass: 1, error: 2, fail: 3, not_applicable: 99 };
    for (const f of findings) {
      const e = events.find((x) => x.finding_info.uid === f.id);
      expect(e?.severity_id).toBe(sev[f.severity]);
      expect(e?.compliance.status_id).toBe(st[f.status]);
      expect(e?.type_uid).toBe(200301);
      expect(e?.time).toBe(Date.parse('2026-03-01T10:00:00.000Z'));
      expect(e?.resources[0].uid).toBe(f.resource);
      expect(e?.remediation.desc).toBeTruthy();
    }
    const sg = events.find((x) => x.resources[0].uid === AWS_SG);
    expect(sg?.resources[0]).toMatchObject({
      cloud_partition: 'aws',
      region: 'eu-west-1',
      type: 'network.security-group',
    });
    const az = events.find((x) => x.resources[0].uid === AZURE_STORAGE);
    expect(az?.resources[0].cloud_partition).toBeUndefined();
    expect(az?.resources[0].region).toBe('westeurope');
    const pub = events.find((x) => x.finding_info.types[0] === 'storage-bucket-public');
    expect(pub?.compliance.requirements).toEqual(['cis-aws-foundations 2.1.4', 'nist-800-53 AC-3']);
    expect(pub?.compliance.standards).toEqual(['cis-aws-foundations', 'nist-800-53']);
    expect(pub?.compliance.control).toBe('DATA-01');
  });
});
