import type { Io } from './context.js';

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (never in pipes or CI logs), so
 * long work shows it is moving without polluting output meant for machines.
 */
export class Progress {
  #last = 0;
  #drawn = false;
  constructor(
    private readonly io: Io,
    private readonly label: string,
  ) {}

  get enabled(): boolean {
    return this.io.stderr.isTTY === true && !this.io.env.CI;
  }

  update(done: number, total: number, what = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < total && now - this.#last < 80) return;
    this.#last = now;
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const tail = what.length > 36 ? `…${what.slice(-35)}` : what;
    this.io.stderr.write(`\r\u001b[2K${this.label} ${bar} ${done}/${total} ${tail}`);
    this.#drawn = true;
  }

  done(): void {
    if (this.#drawn) this.io.stderr.write('\r\u001b[2K');
    this.#drawn = false;
  }
}
