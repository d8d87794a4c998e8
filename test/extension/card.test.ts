// @vitest-environment jsdom
// The card's buttons answer the user's clicks only: a page's script can dispatch clicks to them.
import { describe, expect, it, vi } from 'vitest';
import { showCard } from '../../extension/content/card.ts';
import type { Finding } from '../../extension/lib/messages.ts';

const finding = {
  id: 'f1',
  fingerprint: 'fp',
  ruleId: 'status-inquiry',
  category: 'status-inquiry',
  categoryLabel: 'Status inquiry',
  severity: 'error',
  reason: 'Asks about immigration status.',
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 4, offset: 3 },
  suggestions: [],
} as unknown as Finding;

describe('the card', () => {
  it("lives in a closed shadow root: the page's scripts cannot reach it", () => {
    const card = showCard([finding], 'Ask', new DOMRect(0, 0, 10, 10), { canApply: true, apply: vi.fn(), copy: vi.fn(), ignore: vi.fn() });
    const host = document.querySelector('trustlint-ui')!;
    expect(card.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect((card.getRootNode() as ShadowRoot).host).toBe(host);
    expect(host.shadowRoot).toBeNull();
  });

  it('ignores clicks a page script dispatches', () => {
    const actions = { canApply: true, apply: vi.fn(), copy: vi.fn(), ignore: vi.fn() };
    const card = showCard([finding], 'Ask', new DOMRect(0, 0, 10, 10), actions);
    const ignore = [...card.querySelectorAll('button')].find((button) => button.textContent === 'Ignore')!;
    ignore.click();
    ignore.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(actions.ignore).not.toHaveBeenCalled();
  });

  it('lists every document-level finding on the title, each with its own actions', () => {
    const missing = ['Does not say interpreters are free.', 'Does not say how to reach the department.'].map(
      (reason, index) =>
        ({
          ...finding,
          id: `m${index}`,
          ruleId: 'missing-provision',
          category: 'missing-provision',
          reason,
          suggestions: [{ title: 'Insert a section', range: [3, 3], text: '\n\nModel.\n', insertion: true }],
        }) as unknown as Finding,
    );
    const actions = { canApply: true, apply: vi.fn(), copy: vi.fn(), ignore: vi.fn() };
    const card = showCard(missing, 'Ask', new DOMRect(0, 0, 10, 10), actions);
    expect([...card.querySelectorAll('.finding .message')].map((node) => node.textContent)).toEqual(missing.map((each) => each.reason));
    expect([...card.querySelectorAll('button')].filter((button) => button.textContent === 'Insert model section')).toHaveLength(2);
    expect(card.getAttribute('aria-label')).toBe('trustlint: 2 findings on the document');
  });
});
