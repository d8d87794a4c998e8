// The worker pool behind `trustlint --concurrency`: jobs spread over threads, results in input order, a failing
// worker fails the run with its one-line reason.
import { describe, expect, test } from 'vitest';
import { poolSize, runPool } from '../../core/node/pool.ts';

const worker = new URL('./fixtures/echo-worker.mjs', import.meta.url);
type Echo = { value: number; threadId: number; tag: string };

describe('runPool', () => {
  test('runs every job on the threads it starts and returns results in input order', async () => {
    const jobs = Array.from({ length: 30 }, (_, index) => index);
    const done: number[] = [];
    const results = await runPool<number, Echo>(worker, { tag: 'run' }, jobs, 3, (index) => done.push(index));
    expect(results.map((result) => result.value)).toEqual(jobs.map((job) => job * 2));
    expect(new Set(results.map((result) => result.threadId)).size).toBe(3);
    expect(results.every((result) => result.tag === 'run')).toBe(true);
    expect([...done].sort((a, b) => a - b)).toEqual(jobs);
  });

  test('no jobs, no threads', async () => {
    expect(await runPool(worker, {}, [], 4, () => undefined)).toEqual([]);
  });

  test('a job that breaks its worker rejects with the reason', async () => {
    await expect(runPool(worker, {}, [1, 2, 'boom', 4], 2, () => undefined)).rejects.toThrow('the worker broke on purpose');
  });
});

describe('poolSize', () => {
  test('one thread per free core, with at least ten files each', () => {
    expect(poolSize({ cores: 8, load: 0.2, files: 200 })).toBe(8);
    expect(poolSize({ cores: 8, load: 3.4, files: 200 })).toBe(5);
    expect(poolSize({ cores: 8, load: 0, files: 45 })).toBe(4);
  });

  test('the main thread alone when fewer than two threads could run: busy cores, one core, few files', () => {
    expect(poolSize({ cores: 2, load: 5.2, files: 200 })).toBe(1);
    expect(poolSize({ cores: 2, load: 0.7, files: 200 })).toBe(1);
    expect(poolSize({ cores: 1, load: 0, files: 200 })).toBe(1);
    expect(poolSize({ cores: 16, load: 0, files: 19 })).toBe(1);
    expect(poolSize({ cores: 2, load: 0.3, files: 200 })).toBe(2);
  });
});
