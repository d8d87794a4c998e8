// Steps the e2e suites share: open a fixture with its panel, read the worker's state, apply a fix from the panel.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openPanel, tabIdOf, type Harness } from './harness.ts';
import type { DocumentState, Finding } from '../../extension/lib/messages.ts';
import type { Suggestion } from '../../core/index.ts';

export async function stateOf(panel: Page, tabId: number): Promise<DocumentState | null> {
  return panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-state', tabId: id }), tabId);
}

/**
 * Opens a page, waits for its first check and opens the panel on its tab. `focus` names a field that is checked
 * only once the user enters it (one-line inputs are not checked on page load).
 */
export async function openChecked(harness: Harness, url: string, focus?: string) {
  const page = await harness.context.newPage();
  await page.goto(url.startsWith('/') ? harness.origin + url : url);
  if (focus) await page.locator(focus).focus();
  const tabId = await tabIdOf(harness, page);
  const panel = await openPanel(harness, tabId);
  await expect.poll(() => panel.locator('.row[data-finding-id]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const state = (await stateOf(panel, tabId))!;
  return { page, tabId, panel, state };
}

export function firstFix(state: DocumentState): { finding: Finding; fix: Suggestion } {
  for (const finding of state.findings) {
    const fix = finding.suggestions.find((suggestion) => !suggestion.insertion);
    if (fix) return { finding, fix };
  }
  throw new Error('the draft has no fixable finding');
}

export const applied = (text: string, fix: Suggestion) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);

export async function applyFromPanel(panel: Page, finding: Finding) {
  await panel.locator(`.row[data-finding-id="${finding.id}"]`).getByRole('button', { name: 'Apply', exact: true }).click();
}
