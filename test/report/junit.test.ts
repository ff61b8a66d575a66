import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/formats/index.js';
import { count, findings, input, XSS } from './fixture.js';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(s)) throw new Error(`bare & in ${s}`);
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e] ?? `&${e};`),
  );
}

/** A tiny XML reader for what the formatter writes: declaration, elements, attributes, text. */
function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [{ name: '#document', attrs: {}, children: [], text: '' }];
  const token =
    /<\?[^?]*\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const top = stack.at(-1) as XmlElement;
    if (m[6]) throw new Error(`stray < at ${m.index}`);
    if (m[5] !== undefined) {
      if (stack.length === 1 && m[5].trim() !== '') throw new Error('text outside the root');
      if (m[5].includes('>')) throw new Error(`unescaped > in text at ${m.index}`);
      top.text += decode(m[5]);
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      const closed = stack.pop();
      if (closed?.name !== m[2]) throw new Error(`</${m[2]}> closes <${closed?.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      if ((a[1] as string) in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1] as string] = decode(a[2] as string);
    }
    const el: XmlElement = { name: m[2], attrs, children: [], text: '' };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  const roots = stack[0]?.children ?? [];
  if (roots.length !== 1) throw new Error('not one root element');
  return roots[0] as XmlElement;
}

describe('JUnit XML', () => {
  const out = formatters.junit(input());
  const doc = parseXml(out);

  it('parses back, with totals equal to the findings', () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.name).toBe('testsuites');
    expect(Number(doc.attrs.tests)).toBe(findings.length);
    expect(Number(doc.attrs.failures)).toBe(count('fail'));
    expect(Number(doc.attrs.errors)).toBe(count('error'));
    expect(Number(doc.attrs.skipped)).toBe(count('not_applicable'));
  });

  it('has one testsuite per check and one testcase per resource, with matching counts', () => {
    const checks = [...new Set(findings.map((f) => f.check))].sort();
    expect(doc.children.map((s) => s.attrs.name)).toEqual(checks);
    for (const suite of doc.children) {
      const mine = findings.filter((f) => f.check === suite.attrs.name);
      const cases = suite.children.filter((c) => c.name === 'testcase');
      expect(cases.map((c) => c.attrs.name).sort()).toEqual(mine.map((f) => f.resource).sort());
      expect(Number(suite.attrs.tests)).toBe(mine.length);
      const kids = (n: string) => cases.filter((c) => c.children.some((k) => k.name === n)).length;
      expect(kids('failure')).toBe(mine.filter((f) => f.status === 'fail').length);
      expect(kids('error')).toBe(mine.filter((f) => f.status === 'error').length);
      expect(kids('skipped')).toBe(mine.filter((f) => f.status === 'not_applicable').length);
      expect(Number(suite.attrs.failures)).toBe(kids('failure'));
      expect(Number(suite.attrs.errors)).toBe(kids('error'));
      expect(Number(suite.attrs.skipped)).toBe(kids('skipped'));
      for (const c of cases) expect(c.attrs.classname).toBe(suite.attrs.name);
    }
  });

  it('escapes markup, quotes and ampersands, and drops characters XML cannot carry', () => {
    const failure = doc.children
      .flatMap((s) => s.children)
      .flatMap((c) => c.children)
      .find((k) => k.name === 'failure' && k.attrs.message?.includes('<script>'));
    const clean = XSS.replace('\u0001', '');
    expect(failure?.attrs.message).toBe(clean);
    expect(failure?.text).toContain(`Message: ${clean}`);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('\u0001');
    expect(out).not.toContain(']]>');
  });

  it('the reader rejects malformed XML', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml('<a>1 < 2</a>')).toThrow();
  });
});
