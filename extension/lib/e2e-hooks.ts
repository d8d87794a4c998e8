// Failures on demand for the end-to-end tests, which must show what the user sees when a check throws or runs
// past its budget whatever the engine's own robustness. Only builds made with WXT_E2E_HOOKS=1 (test/e2e, test/
// firefox) contain this; in every other build the condition is a constant false and the bundler drops the body.
export const throwMarker = 'trustlint-e2e-throw';
export const spinMarker = 'trustlint-e2e-spin';
/** A long text with this holds its whole answer (after the first one) a few seconds: the first can be seen alone. */
export const holdWholeMarker = 'trustlint-e2e-hold-whole';
/** A long text with this holds its first answer a few seconds: the text can change before it arrives. */
export const holdFirstMarker = 'trustlint-e2e-hold-first';
const holdMs = 3000;

export function e2eHook(text: string): void {
  if (import.meta.env.WXT_E2E_HOOKS !== '1') return;
  if (text.includes(throwMarker)) throw new RangeError('Maximum call stack size exceeded');
  if (text.includes(spinMarker)) for (;;);
}

/** Waits when a long text holds its first or whole answer (see the markers). */
export async function e2eHold(text: string, answer: 'first' | 'whole'): Promise<void> {
  if (import.meta.env.WXT_E2E_HOOKS !== '1') return;
  if (text.includes(answer === 'first' ? holdFirstMarker : holdWholeMarker)) await new Promise((resolve) => setTimeout(resolve, holdMs));
}
