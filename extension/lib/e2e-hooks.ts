// Failures on demand for the end-to-end tests, which must show what the user sees when a check throws or runs
// past its budget whatever the engine's own robustness. Only builds made with WXT_E2E_HOOKS=1 (test/e2e, test/
// firefox) contain this; in every other build the condition is a constant false and the bundler drops the body.
export const throwMarker = 'trustlint-e2e-throw';
export const spinMarker = 'trustlint-e2e-spin';

export function e2eHook(text: string): void {
  if (import.meta.env.WXT_E2E_HOOKS !== '1') return;
  if (text.includes(throwMarker)) throw new RangeError('Maximum call stack size exceeded');
  if (text.includes(spinMarker)) for (;;);
}
