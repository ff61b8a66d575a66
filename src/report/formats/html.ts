import { compareSeverity, SEVERITIES } from '../../core/index.js';
import type { StoredFinding } from '../../store/store.js';
import type { ReportInput } from './types.js';
import { ALL_STATUSES, selectFindings } from './util.js';

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;

const STYLE = `
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1d232a;background:#fff}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.meta{color:#59636e;margin:0 0 1rem}
.cards{display:flex;flex-wrap:wrap;gap:1rem}
.cards table{border-collapse:collapse;min-width:14rem}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
#findings th{cursor:pointer;user-select:none;white-space:nowrap}
#findings th[aria-sort=ascending]::after{content:" \\25B2"}#findings th[aria-sort=descending]::after{content:" \\25BC"}
#findings td{word-break:break-word}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;margin:.5rem 0}
.sev-critical{color:#fff;background:#8b0000}.sev-high{color:#fff;background:#c0392b}
.sev-medium{background:#f5b041}.sev-low{background:#d6eaf8}.sev-info{background:#eaeded}
.st-fail{color:#b42318;font-weight:600}.st-error{color:#9a6700;font-weight:600}
`;

const SCRIPT = `
(function(){
  var table=document.getElementById('findings');var body=table.tBodies[0];
  var rows=Array.prototype.slice.call(body.rows);
  var q=document.getElementById('q'),sev=document.getElementById('f-severity'),own=document.getElementById('f-owner'),st=document.getElementById('f-status');
  var shown=document.getElementById('shown');
  function apply(){
    var text=q.value.toLowerCase(),n=0;
    rows.forEach(function(r){
      var ok=(!sev.value||r.dataset.severity===sev.value)&&(!own.value||r.dataset.owner===own.value)&&(!st.value||r.dataset.status===st.value)&&(!text||r.textContent.toLowerCase().indexOf(text)>=0);
      r.hidden=!ok;if(ok)n++;
    });
    shown.textContent=String(n);
  }
  [q,sev,own,st].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var key=function(r){var c=r.cells[i];return c.dataset.sort!==undefined?c.dataset.sort:c.textContent;};
      rows.sort(function(a,b){var x=key(a),y=key(b);var c=x<y?-1:x>y?1:0;return asc?c:-c;});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  apply();
})();
`;

function countBy(
  findings: StoredFinding[],
  key: (f: StoredFinding) => string,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const f of findings) {
    const k = key(f);
    const row = out.get(k) ?? new Map<string, number>();
    row.set(f.status, (row.get(f.status) ?? 0) + 1);
    out.set(k, row);
  }
  return out;
}

function summaryTable(title: string, counts: Map<string, Map<string, number>>, order: string[]): string {
  const statuses = ALL_STATUSES;
  const head = `<tr><th>${e(title)}</th>${statuses.map((s) => `<th>${e(s)}</th>`).join('')}</tr>`;
  const body = order
    .filter((k) => counts.has(k))
    .map((k) => {
      const row = counts.get(k);
      return `<tr><th scope="row">${e(k)}</th>${statuses.map((s) => `<td class="n">${row?.get(s) ?? 0}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table><caption>${e(`By ${title.toLowerCase()}`)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function select(id: string, label: string, values: string[]): string {
  return `<label>${e(label)} <select id="${e(id)}"><option value="">all</option>${values
    .map((v) => `<option value="${e(v)}">${e(v)}</option>`)
    .join('')}</select></label>`;
}

/**
 * One self-contained HTML page: inline CSS and script, no external URL (a Content-Security-Policy forbids any
 * fetch), summaries by severity, owner and provider, and a findings table sortable by clicking a header and
 * filterable by text, severity, owner and status.
 */
export function html(input: ReportInput): string {
  const findings = selectFindings(input, ALL_STATUSES);
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  const severities = [...SEVERITIES].reverse();
  const owners = sorted(findings.map((f) => f.owner));
  const providers = sorted(findings.map((f) => f.provider));
  const rows = findings.map((f) => {
    const check = input.checks.get(f.check);
    const sevRank = String(SEVERITIES.length - 1 - SEVERITIES.indexOf(f.severity));
    return (
      `<tr data-severity="${e(f.severity)}" data-owner="${e(f.owner)}" data-status="${e(f.status)}">` +
      `<td data-sort="${sevRank}" class="sev-${e(f.severity)}">${e(f.severity)}</td>` +
      `<td class="st-${e(f.status)}">${e(f.status)}</td>` +
      `<td>${e(f.owner)}${f.team ? ` (${e(f.team)})` : ''}</td>` +
      `<td>${e(f.provider)}</td>` +
      `<td title="${e(check?.title ?? '')}">${e(f.check)}</td>` +
      `<td>${e(f.resource)}</td>` +
      `<td>${e(f.controls.join(', '))}</td>` +
      `<td>${e(f.message)}</td>` +
      '</tr>'
    );
  });
  const failing = findings.filter((f) => f.status === 'fail');
  const worst = failing.map((f) => f.severity).sort((a, b) => compareSeverity(b, a))[0];
  const title = `${input.tool.name} scan ${input.scan.id.slice(0, 8)}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p class="meta">Scan ${e(input.scan.id)} of snapshot ${e(input.scan.snapshotId)} at ${e(input.scan.createdAt)}, ${e(
    `${input.tool.name} ${input.tool.version}`,
  )}: ${input.scan.checks} checks, ${findings.length} findings, ${failing.length} failing${
    worst ? ` (worst: ${e(worst)})` : ''
  }.</p>
<h2>Summary</h2>
<div class="cards">
${summaryTable(
  'Severity',
  countBy(findings, (f) => f.severity),
  severities,
)}
${summaryTable(
  'Owner',
  countBy(findings, (f) => f.owner),
  owners,
)}
${summaryTable(
  'Provider',
  countBy(findings, (f) => f.provider),
  providers,
)}
</div>
<h2>Findings (<span id="shown">${findings.length}</span> of ${findings.length})</h2>
<div class="filters">
<label>Filter <input id="q" type="search" placeholder="text in any column"></label>
${select(
  'f-severity',
  'Severity',
  severities.filter((s) => findings.some((f) => f.severity === s)),
)}
${select('f-owner', 'Owner', owners)}
${select('f-status', 'Status', sorted(findings.map((f) => f.status)))}
</div>
<table id="findings">
<thead><tr><th>Severity</th><th>Status</th><th>Owner</th><th>Provider</th><th>Check</th><th>Resource</th><th>Controls</th><th>Message</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
