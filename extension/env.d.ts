// Build-time variables read by the extension (WXT passes WXT_-prefixed environment variables through).
interface ImportMetaEnv {
  /** '1' in builds made by the end-to-end tests: see lib/e2e-hooks.ts. */
  readonly WXT_E2E_HOOKS?: string;
}
