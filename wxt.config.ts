import { defineConfig } from 'wxt';

// Extension pages may load only the extension's own files and may not connect anywhere: drafts stay local.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The bundle that loads the engine: it runs in a dedicated worker, with no DOM and no `require`. */
const runsEngine = new Set(['engine-worker']);

// The extension's sources live in extension/ (entrypoints/, adapters/, content/, components/, lib/).
export default defineConfig({
  srcDir: 'extension',
  // Files copied as they are: the toolbar and store icons (icon/16.png … icon/128.png, drawn by scripts/make-icons.sh).
  publicDir: 'extension/public',
  // The e2e harness builds into a folder per test process (see test/e2e/harness.ts).
  outDir: process.env.TRUSTLINT_OUT_DIR || '.output',
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The engine runs in the service worker, which has no DOM: prefer packages' worker builds there
    // (decode-named-character-reference's browser build decodes entities through a DOM element).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => runsEngine.has(entrypoint.name))) return;
      config.resolve ??= {};
      config.resolve.conditions = ['worker', 'module', 'browser', 'production'];
      config.build ??= {};
      // An ES module, not the IIFE WXT makes of unlisted scripts (an IIFE has every dynamic import inlined): what the
      // worker imports on demand — the .docx reader and Word writer (mammoth, fflate, docx), half its code — is split
      // into chunks of its own, loaded only when a .docx is read or written. The pool starts it as a module worker
      // (lib/engine-pool.ts); every chunk is a file of the extension package. test/extension/page-weight.test.ts
      // checks that the worker's start loads none of those libraries.
      if (config.build.lib) config.build.lib.formats = ['es'];
      config.build.rollupOptions ??= {};
      config.build.rollupOptions.output = {
        ...config.build.rollupOptions.output,
        chunkFileNames: 'chunks/engine-[name]-[hash].js',
        // UMD packages need `require` to take their CommonJS branch: without it pluralize (syllable →
        // retext-readability) exported nothing and every text read as outreach failed to check. Rolldown's ES output
        // has a `require` polyfill that calls a global `require` if there is one; this is that one. Bundled modules
        // are already linked, so it only throws for a module that is not in the bundle.
        intro: 'var require = function (id) { throw new Error("trustlint: " + id + " is not bundled"); };',
        // ASCII only (non-ASCII characters in strings and regular expressions as \u escapes): one character outside
        // ASCII makes the browser hold and scan the whole script as two-byte text, which cost the worker's
        // start about a sixth (`npm run bench:startup`).
        minify: { compress: true, mangle: true, codegen: { asciiOnly: true } },
      };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'trustlint',
    description: 'Checks police policy drafts for language that undermines immigrant community trust.',
    // storage: settings and ignore lists; sidePanel: the Problems view (Firefox uses sidebar_action instead);
    // offscreen: a document that runs the engine's workers, which Chrome's service worker cannot start;
    // scripting: the Google Docs id script is registered only while trustlint is on for Docs.
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'sidePanel', 'offscreen', 'scripting'],
    content_security_policy: manifestVersion === 3 ? { extension_pages: contentSecurityPolicy } : contentSecurityPolicy,
    action: { default_title: 'trustlint' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'trustlint@trustlint.invalid' } } } : {}),
  }),
});
