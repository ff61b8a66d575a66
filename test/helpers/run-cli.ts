import type { Io } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as a pipe (no TTY) unless `tty` is set. */
export async function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; tty?: boolean; columns?: number; cwd?: string } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
      isTTY: options.tty ?? false,
      ...(options.columns !== undefined ? { columns: options.columns } : {}),
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
    env: { ...options.env },
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(['node', 'verity', ...args], io);
  return { code, stdout, stderr };
}
