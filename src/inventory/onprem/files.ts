import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Files under `path` (itself when a file) whose extension is one of `exts`, sorted; hidden entries skipped. */
export function filesWithExtension(path: string, exts: readonly string[]): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(path, name);
    if (statSync(full).isDirectory()) out.push(...filesWithExtension(full, exts));
    else if (exts.includes(extname(name).toLowerCase())) out.push(full);
  }
  return out;
}
