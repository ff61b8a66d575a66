import type { InputIssue, ResourceInput } from '../../core/index.js';
import { type CollectContext, type CollectResult, emptyResult } from '../types.js';
import { canonicalIp } from './ip.js';

/** One CSV record with the physical line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** Records that could not be read (unterminated quote, text after a closing quote), with their line. */
  errors: { line: number; message: string }[];
}

/**
 * Parses CSV text as RFC 4180 describes it, tolerant where real exports differ: CRLF, LF or CR line breaks; a
 * leading UTF-8 byte-order mark; fields in double quotes may hold commas, line breaks and doubled quotes (`""`).
 * A quote inside an unquoted field is kept as text. Blank lines are skipped. Each record keeps the line it starts
 * on, so line numbers stay right after a quoted field that spans lines. A record with a character after a closing
 * quote, or a quote that never closes, is reported and left out; the records after it are still read.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const errors: CsvParseResult['errors'] = [];
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted (and closed)
  let bad: string | undefined;
  let quoteLine = 0;

  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    const blank = fields.length === 1 && fields[0] === '';
    if (bad) errors.push({ line: recordLine, message: bad });
    else if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    bad = undefined;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          wasQuoted = true;
        }
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"' && field.trim() === '' && !wasQuoted) {
      // Spaces before an opening quote (`a, "b"`) are dropped, as most spreadsheet tools do.
      field = '';
      quoted = true;
      quoteLine = line;
    } else if (wasQuoted && (c === ' ' || c === '\t')) {
      // Spaces after a closing quote are dropped too.
    } else {
      if (wasQuoted && !bad) bad = `unexpected character ${JSON.stringify(c)} after a closing quote`;
      field += c;
    }
  }
  if (quoted) {
    errors.push({
      line: recordLine,
      message: `the quoted field opened on line ${quoteLine} never closes; the rest of the file was read as part of it`,
    });
  } else if (field !== '' || fields.length > 0 || wasQuoted) {
    endRecord();
  }
  return { records, errors };
}

/** The columns of the on-prem inventory, in their documented order (src/inventory/onprem/README.md). */
export const INVENTORY_COLUMNS = [
  'host',
  'ip',
  'os',
  'owner',
  'environment',
  'site',
  'role',
  'tags',
] as const;

const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Whether an inventory role says the host is a virtual machine (`vm`, `VM guest`, `virtual machine`). */
export function isVirtualRole(role: string): boolean {
  return /(^|[^a-z0-9])vm([^a-z0-9]|$)|virtual[ -]?machine/i.test(role);
}

/** `k=v;k2=v2` → record. An entry without `=` becomes a tag with an empty value. */
export function parseTags(text: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const entry of text.split(';')) {
    const e = entry.trim();
    if (e === '') continue;
    const eq = e.indexOf('=');
    if (eq < 0) tags[e] = '';
    else tags[e.slice(0, eq).trim()] = e.slice(eq + 1).trim();
  }
  return tags;
}

/** Reads one inventory CSV (its text) into `host.server` resources. Never throws. */
export function readInventoryCsv(file: string, text: string, ctx: CollectContext): CollectResult {
  const result = emptyResult();
  result.files.push(file);
  const issue = (line: number | undefined, message: string) =>
    result.issues.push({ file, ...(line !== undefined ? { line } : {}), message } satisfies InputIssue);

  const { records, errors } = parseCsv(text);
  for (const e of errors) issue(e.line, e.message);
  const headerRecord = records[0];
  if (!headerRecord) {
    if (errors.length === 0) issue(undefined, 'the file is empty: expected a header row (host, ip, os, …)');
    return result;
  }
  const header = headerRecord.fields.map((h) => h.trim().toLowerCase());
  const hostCol = header.indexOf('host');
  if (hostCol < 0) {
    issue(
      headerRecord.line,
      `no "host" column in the header (found: ${header.join(', ')}); the file was skipped`,
    );
    return result;
  }
  for (let i = 0; i < header.length; i++) {
    const name = header[i] as string;
    if (name === '')
      issue(headerRecord.line, `column ${i + 1} has no name in the header; its values are ignored`);
    else if (header.indexOf(name) !== i)
      issue(headerRecord.line, `column "${name}" appears twice; the first is used`);
  }

  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    const { line, fields } = record;
    if (fields.length !== header.length) {
      issue(
        line,
        `the row has ${fields.length} fields but the header has ${header.length}; the row was skipped`,
      );
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name !== '' && !(name in row)) row[name] = (fields[i] ?? '').trim();
    });
    const get = (name: string): string | undefined => (row[name] ? row[name] : undefined);

    const host = get('host');
    if (!host) {
      issue(line, 'the row has no host; the row was skipped');
      continue;
    }
    if (!HOST_NAME.test(host)) {
      issue(
        line,
        `"${host}" is not a host name (letters, digits, dot, hyphen, underscore); the row was skipped`,
      );
      continue;
    }
    const id = `onprem:${host.toLowerCase()}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issue(line, `host "${host}" is already listed on line ${earlier}; the row was skipped`);
      continue;
    }

    const ips: string[] = [];
    let badIp: string | undefined;
    for (const part of (get('ip') ?? '').split(';')) {
      const p = part.trim();
      if (p === '') continue;
      const ip = canonicalIp(p);
      if (!ip) {
        badIp = p;
        break;
      }
      if (!ips.includes(ip)) ips.push(ip);
    }
    if (badIp !== undefined) {
      issue(line, `"${badIp}" is not an IPv4 or IPv6 address (host ${host}); the row was skipped`);
      continue;
    }
    seen.set(id, line);

    const properties: Record<string, unknown> = {};
    const unknown: { path: string; reason: string }[] = [];
    if (ips.length > 0) properties.ips = ips;
    else unknown.push({ path: 'ips', reason: 'no ip in the inventory' });
    for (const name of ['os', 'owner', 'environment'] as const) {
      const v = get(name);
      if (v) properties[name] = v;
      else unknown.push({ path: name, reason: `no ${name} in the inventory` });
    }
    unknown.push(
      { path: 'openPorts', reason: 'an inventory does not list open ports; collect a network scan (Nmap)' },
      { path: 'services', reason: 'an inventory does not list services; collect a network scan (Nmap)' },
    );
    const role = get('role');
    if (role) properties.role = role;
    const site = get('site');
    if (site) properties.site = site;

    result.resources.push({
      id,
      provider: 'onprem',
      service: role && isVirtualRole(role) ? 'virtualization' : 'physical-server',
      kind: 'host.server',
      account: site ?? 'onprem',
      name: host,
      tags: parseTags(get('tags') ?? ''),
      properties,
      relations: [],
      unknown,
      raw: row,
      source: {
        type: 'inventory',
        collector: 'csv',
        location: `${file}:${line}`,
        collectedAt: ctx.collectedAt,
      },
    } satisfies ResourceInput);
  }
  return result;
}
