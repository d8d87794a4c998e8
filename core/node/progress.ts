// Progress for long runs, on stderr and only when stderr is a terminal (never in pipes, files or CI logs).
import { printable } from '../reporters/stylish.ts';

export const PROGRESS_THRESHOLD = 20;

interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface Progress {
  tick(path: string): void;
  done(): void;
}

export function createProgress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total < PROGRESS_THRESHOLD) return { tick() {}, done() {} };
  let count = 0;
  const clear = '\r\u001b[2K';
  return {
    tick(path) {
      count++;
      const line = `Linting ${count}/${total} ${printable(path)}`;
      stream.write(`${clear}${line.slice(0, Math.max(10, (stream.columns || 80) - 1))}`);
    },
    done() {
      stream.write(clear);
    },
  };
}
