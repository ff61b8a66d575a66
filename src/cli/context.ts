import type { Catalog } from '../catalog/index.js';
import { loadCatalog } from '../catalog/index.js';
import { resolveDbPath, Store } from '../store/index.js';

/** What a command needs from the process: where to write, whether to colour, where the catalog is. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface GlobalOptions {
  catalog?: string;
  db?: string;
  color?: boolean;
}

export class Context {
  #catalog: Catalog | undefined;
  constructor(
    readonly io: Io,
    readonly options: GlobalOptions,
  ) {}

  /** Colour only for a terminal, only for human formats, never when NO_COLOR is set or --no-color given. */
  color(format = 'table'): boolean {
    if (format !== 'table' || this.options.color === false) return false;
    if (this.io.env.NO_COLOR !== undefined && this.io.env.NO_COLOR !== '') return false;
    if (this.io.env.FORCE_COLOR !== undefined && this.io.env.FORCE_COLOR !== '0') return true;
    return this.io.stdout.isTTY === true;
  }

  get width(): number {
    const cols = this.io.stdout.columns;
    return cols && cols >= 40 ? Math.min(cols, 160) : 80;
  }

  get catalog(): Catalog {
    this.#catalog ??= loadCatalog(this.options.catalog ?? this.io.env.VERITY_CATALOG ?? undefined, {
      relativeTo: this.io.cwd,
    });
    return this.#catalog;
  }

  /** Opens the store (creating and migrating it on first use), runs `fn`, and always closes it. */
  async withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    const store = await Store.open(resolveDbPath(this.options.db, this.io.env));
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  }

  print(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  warn(text: string): void {
    this.io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}
