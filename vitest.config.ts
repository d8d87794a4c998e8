import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    // A browser test's poll waits on the extension's worker, which a loaded machine can slow past the default 1 s.
    expect: { poll: { timeout: 5_000 } },
  },
});
