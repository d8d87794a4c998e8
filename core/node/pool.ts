// A pool of worker threads for many drafts (ESLint's --concurrency is the model): each worker loads the engine once
// and takes the next draft as soon as it is free; results come back in input order.
import { Worker } from 'node:worker_threads';

/** Files per worker below which starting threads costs more than it saves (each loads and compiles the engine again). */
const FILES_PER_THREAD = 10;

/**
 * How many worker threads can lint `files` files faster than one thread: one per free core (the cores less the
 * one-minute load average, as `make -l` reads it), with at least FILES_PER_THREAD files each. Below two, the main
 * thread lints alone: on cores other work keeps busy, threads only add their start-up (on a 2-core machine at load 5,
 * two workers took 18.9 s where one thread took 13.3 s).
 */
export function poolSize({ cores, load, files }: { cores: number; load: number; files: number }): number {
  const threads = Math.min(Math.round(cores - load), Math.floor(files / FILES_PER_THREAD));
  return threads >= 2 ? threads : 1;
}

export interface PoolTask<Job> {
  index: number;
  job: Job;
}

export interface PoolAnswer<Result> {
  index: number;
  result?: Result;
  /** A failure the worker could not turn into a result (a bug): one line. */
  error?: string;
}

/**
 * Runs `jobs` on `size` workers started from `file` with `workerData`; calls `onDone` as each finishes (for progress)
 * and resolves with the results in the order of `jobs`. A worker that dies takes the run down with a one-line error.
 */
export function runPool<Job, Result>(
  file: URL,
  workerData: unknown,
  jobs: readonly Job[],
  size: number,
  onDone: (index: number) => void,
): Promise<Result[]> {
  const results: Result[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    if (jobs.length === 0) return resolve(results);
    const workers: Worker[] = [];
    const stopAll = () => Promise.all(workers.map((worker) => worker.terminate()));
    const feed = (worker: Worker) => {
      if (next < jobs.length) {
        const task: PoolTask<Job> = { index: next, job: jobs[next]! };
        next++;
        worker.postMessage(task);
      }
    };
    for (let i = 0; i < Math.min(size, jobs.length); i++) {
      const worker = new Worker(file, { workerData });
      workers.push(worker);
      worker.on('message', (answer: PoolAnswer<Result>) => {
        if (answer.error !== undefined) {
          void stopAll().then(() => reject(new Error(answer.error)));
          return;
        }
        results[answer.index] = answer.result!;
        onDone(answer.index);
        if (++finished === jobs.length) void stopAll().then(() => resolve(results));
        else feed(worker);
      });
      worker.on('error', (error) => void stopAll().then(() => reject(error)));
      feed(worker);
    }
  });
}
