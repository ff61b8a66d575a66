import type { StoredFinding } from '../../store/store.js';
import type { ReportInput } from './types.js';
import { ALL_STATUSES, remediationOf, selectFindings } from './util.js';

/** Drops the characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F). */
function xmlChars(s: string): string {
  return s.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove.
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Text content: `&` and `<` must be escaped, `>` too so `]]>` never appears. */
export function xmlText(s: string): string {
  return xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute value in double quotes; whitespace is kept as character references so it survives normalisation. */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function details(f: StoredFinding, remediation: string | undefined): string {
  return [
    `Resource: ${f.resource}`,
    `Severity: ${f.severity}`,
    `Owner: ${f.owner}${f.team ? ` (${f.team})` : ''}`,
    `Controls: ${f.controls.join(', ') || '-'}`,
    `Message: ${f.message}`,
    ...(remediation ? [`Remediation: ${remediation}`] : []),
  ].join('\n');
}

/**
 * JUnit XML: a testsuite per check, a testcase per resource; `fail` is a <failure>, `error` an <error>,
 * `not_applicable` a <skipped/>, `pass` an empty testcase.
 */
export function junit(input: ReportInput): string {
  const findings = selectFindings(input, ALL_STATUSES);
  const byCheck = new Map<string, StoredFinding[]>();
  for (const f of findings) {
    const list = byCheck.get(f.check) ?? [];
    list.push(f);
    byCheck.set(f.check, list);
  }
  const count = (list: StoredFinding[], status: StoredFinding['status']) =>
    list.filter((f) => f.status === status).length;
  const suites: string[] = [];
  for (const check of [...byCheck.keys()].sort()) {
    const list = byCheck.get(check) ?? [];
    const def = input.checks.get(check);
    const cases = list.map((f) => {
      const open = `    <testcase name="${xmlAttr(f.resource)}" classname="${xmlAttr(check)}" time="0"`;
      const body = xmlText(details(f, remediationOf(f, def)));
      switch (f.status) {
        case 'fail':
          return `${open}>\n      <failure message="${xmlAttr(f.message)}" type="${xmlAttr(f.severity)}">${body}</failure>\n    </testcase>`;
        case 'error':
          return `${open}>\n      <error message="${xmlAttr(f.message)}" type="could-not-verify">${body}</error>\n    </testcase>`;
        case 'not_applicable':
          return `${open}>\n      <skipped message="${xmlAttr(f.message)}"/>\n    </testcase>`;
        default:
          return `${open}/>`;
      }
    });
    suites.push(
      `  <testsuite name="${xmlAttr(check)}" tests="${list.length}" failures="${count(list, 'fail')}" errors="${count(list, 'error')}" skipped="${count(list, 'not_applicable')}" time="0" timestamp="${xmlAttr(input.scan.createdAt.slice(0, 19))}">\n` +
        (def
          ? `    <properties>\n      <property name="title" value="${xmlAttr(def.title)}"/>\n      <property name="severity" value="${xmlAttr(def.severity)}"/>\n    </properties>\n`
          : '') +
        cases.map((c) => `${c}\n`).join('') +
        '  </testsuite>',
    );
  }
  const head =
    `<testsuites name="${xmlAttr(`${input.tool.name} ${input.tool.version} scan ${input.scan.id}`)}" tests="${findings.length}" ` +
    `failures="${count(findings, 'fail')}" errors="${count(findings, 'error')}" skipped="${count(findings, 'not_applicable')}" time="0">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.map((s) => `${s}\n`).join('')}</testsuites>\n`;
}
