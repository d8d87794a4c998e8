import { defineConfig } from 'wxt';

// The extension's sources live in extension/ (entrypoints/, components/...).
export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'trustlint',
    description: 'Checks police policy drafts for language that undermines immigrant community trust.',
  },
});
