import { describe, expect, it } from 'vitest';
import { formatters, isReportFormat, REPORT_FORMATS } from '../../src/report/formats/index.js';
import { findings, input } from './fixture.js';

describe('formatters', () => {
  it('offers every format as a pure function of the input', () => {
    expect(REPORT_FORMATS.sort()).toEqual(['asff', 'csv', 'html', 'json', 'junit', 'ocsf', 'sarif']);
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('toString')).toBe(false);
    for (const format of REPORT_FORMATS) {
      const a = input();
      const before = JSON.stringify(a.findings);
      const out = formatters[format](a);
      expect(out.length).toBeGreaterThan(0);
      expect(formatters[format](input())).toBe(out);
      expect(JSON.stringify(a.findings)).toBe(before);
    }
  });

  it('json has every finding; csv one row per finding plus a header', () => {
    const json = JSON.parse(formatters.json(input())) as { findings: unknown[]; tool: { name: string } };
    expect(json.findings).toHaveLength(findings.length);
    expect(json.tool.name).toBe('Verity');
    const csv = formatters.csv(input());
    // the XSS message has no newline, so records are lines
    expect(csv.trimEnd().split('\r\n')).toHaveLength(findings.length + 1);
  });

  it('the HTML inline script is valid JavaScript', () => {
    const html = formatters.html(input());
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(script.length).toBeGreaterThan(100);
    expect(() => new Function(script)).not.toThrow();
  });
});
