// @vitest-environment jsdom
// The Problems list after an edit (an Apply on the review page): a row whose finding only moved keeps its element (its
// key is the finding's fingerprint, not its offsets), so React updates it in place; the row of the fixed finding leaves.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { lint } from '../../index.ts';
import { findingsOf } from '../../extension/lib/findings.ts';
import { ProblemsView } from '../../extension/components/ProblemsView.tsx';
import type { Finding } from '../../extension/lib/messages.ts';

const draft = [
  'Officers may ask the driver about their immigration status during a traffic stop.',
  '',
  'Booking staff shall notify ICE of the release date of any illegal alien in custody.',
  '',
  'Deputies may ask the passenger about their immigration status during a traffic stop.',
].join('\n');

const findingsFor = async (text: string) => findingsOf(await lint(text, { format: 'text' }));

test('after an edit, every other row keeps its element and its fix preview; the fixed finding’s row leaves', async () => {
  Object.assign(globalThis, {
    IS_REACT_ACT_ENVIRONMENT: true,
    ResizeObserver: class {
      observe() {}
      disconnect() {}
    },
  });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const render = (text: string, findings: Finding[]) =>
    act(() =>
      root.render(
        <ProblemsView
          text={text}
          findings={findings}
          canApply
          onReveal={() => undefined}
          onApply={() => undefined}
          onIgnore={() => undefined}
          onCopy={() => undefined}
        />,
      ),
    );
  const before = await findingsFor(draft);
  render(draft, before);
  const rows = () => [...container.querySelectorAll<HTMLElement>('.row[data-finding-id]')];
  const first = rows();
  expect(first.length).toBeGreaterThan(2);

  // The first sentence's finding fixed: its row leaves, every other row is the element it was.
  const fixed = before.find((finding) => finding.start.offset < 80 && finding.suggestions.some((suggestion) => !suggestion.insertion))!;
  const fix = fixed.suggestions.find((suggestion) => !suggestion.insertion)!;
  const edited = draft.slice(0, fix.range[0]) + fix.text + draft.slice(fix.range[1]);
  const after = await findingsFor(edited);
  expect(after.some((finding) => finding.id === fixed.id)).toBe(false);
  const kept = first.filter((row) => row.dataset.findingId !== fixed.id);
  // A row's fix preview is the same nodes.
  const fixTexts = new Map(kept.map((row) => [row, [...row.querySelectorAll('.fix-preview, .actual')].map((node) => node.firstChild)]));
  render(edited, after);
  const second = rows();
  for (const row of kept) {
    expect(second, `row of ${row.dataset.findingId} kept`).toContain(row);
    const texts = [...row.querySelectorAll('.fix-preview, .actual')].map((node) => node.firstChild);
    expect(texts).toEqual(fixTexts.get(row));
  }
  // Every row is one of the new findings, each once: the moved ones carry their new places.
  expect(second.map((row) => row.dataset.findingId).sort()).toEqual(
    after
      .filter((finding) => second.some((row) => row.dataset.findingId === finding.id))
      .map((finding) => finding.id)
      .sort(),
  );
  expect(second).toHaveLength(first.length - 1);
  expect(new Set(second.map((row) => row.dataset.findingId)).size).toBe(second.length);
  act(() => root.unmount());
});
