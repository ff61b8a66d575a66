import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/report/formats/index.js';
import { count, findings, input } from './fixture.js';

describe('HTML report', () => {
  const out = formatters.html(input());

  it('is self-contained: no external URL, stylesheet, script or image', () => {
    expect(out).not.toMatch(/https?:\/\//i);
    expect(out).not.toMatch(/\b(?:src|href|action|srcset)\s*=/i);
    expect(out).not.toMatch(/url\(|@import/i);
    expect(out).not.toMatch(/<link\b/i);
    expect(out).toMatch(/<style>[\s\S]+<\/style>/);
    expect(out.match(/<script\b/g)).toHaveLength(1);
    expect(out).toContain("default-src 'none'");
  });

  it('escapes finding text', () => {
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(out).not.toContain('<script>alert');
  });

  it('has one row per finding, carrying its severity, owner and status for the filters', () => {
    const body = out.slice(out.indexOf('<tbody>\n'), out.lastIndexOf('</tbody>'));
    const rows = [
      ...body.matchAll(/<tr data-severity="([^"]*)" data-owner="([^"]*)" data-status="([^"]*)">/g),
    ];
    expect(rows).toHaveLength(findings.length);
    const key = (s: string, o: string, st: string) => `${s}/${o}/${st}`;
    expect(rows.map((r) => key(r[1] as string, r[2] as string, r[3] as string)).sort()).toEqual(
      findings.map((f) => key(f.severity, f.owner, f.status)).sort(),
    );
  });

  it('summarises by severity, owner and provider, and has the filter controls', () => {
    for (const caption of ['By severity', 'By owner', 'By provider'])
      expect(out).toContain(`<caption>${caption}</caption>`);
    const providerRow = (p: string) =>
      new RegExp(`<tr><th scope="row">${p}</th>((?:<td class="n">\\d+</td>)+)</tr>`);
    const cells = (p: string) =>
      [...(providerRow(p).exec(out)?.[1] ?? '').matchAll(/>(\d+)</g)].map((m) => Number(m[1]));
    // columns: fail, error, pass, not_applicable
    expect(cells('azure')).toEqual([
      count('fail', 'azure'),
      count('error', 'azure'),
      count('pass', 'azure'),
      count('not_applicable', 'azure'),
    ]);
    expect(cells('aws')).toEqual([
      count('fail', 'aws'),
      count('error', 'aws'),
      count('pass', 'aws'),
      count('not_applicable', 'aws'),
    ]);
    for (const id of ['q', 'f-severity', 'f-owner', 'f-status']) expect(out).toContain(`id="${id}"`);
    expect(out).toMatch(/<option value="shared">shared<\/option>/);
  });
});
