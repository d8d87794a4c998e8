// The review page checks its draft in the page, with the same settings, kinds and ignore lists as web pages.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lint } from '../../index.ts';
import { findingsOf } from '../../extension/lib/findings.ts';
import { ReviewChecker } from '../../extension/lib/review-checker.ts';
import { readDraft } from '../../extension/lib/review-file.ts';
import { defaultSettings, loadIgnored } from '../../extension/lib/settings.ts';
import { WorkerState } from '../../extension/lib/worker-state.ts';
import { LocalEngine } from '../../extension/lib/local-engine.ts';
import { makeDocx } from '../cli/docx.ts';

beforeEach(() => fakeBrowser.reset());

const draft = [
  '# General Order 4.12',
  '',
  'Officers may ask the driver about their immigration status during a traffic stop.',
  '',
  'Booking staff shall notify ICE of the release date of any illegal alien in custody.',
  '',
].join('\n');
const ids = (findings: Array<{ ruleId: string; start: { offset: number }; end: { offset: number } }>) =>
  findings.map((f) => `${f.ruleId}@${f.start.offset}-${f.end.offset}`);

test('a text draft gets exactly what lint() gives for its bytes', async () => {
  const opened = await readDraft('order.md', new TextEncoder().encode(draft));
  const state = await new ReviewChecker(opened, new WorkerState(new LocalEngine()), new LocalEngine()).check(opened.original);
  const expected = findingsOf(await lint(new TextEncoder().encode(draft), { filename: 'order.md' }));
  expect(expected.length).toBeGreaterThan(1);
  expect(state.findings).toEqual(expected);
  expect(state).toMatchObject({
    title: 'order.md',
    documentKey: 'review:order.md',
    format: 'markdown',
    kindChosen: false,
    ignored: 0,
    canApply: true,
  });
});

test('a .docx as opened is checked from its bytes; once edited, its text is checked as plain text', async () => {
  const paragraphs = draft
    .split('\n\n')
    .map((paragraph) => paragraph.replace(/^# /, '').trim())
    .filter(Boolean);
  const bytes = makeDocx(paragraphs);
  const opened = await readDraft('order.docx', bytes);
  const checker = new ReviewChecker(opened, new WorkerState(new LocalEngine()), new LocalEngine());
  const first = await checker.check(opened.original);
  const fromBytes = await lint(bytes, { filename: 'order.docx' });
  expect(first.text).toBe(fromBytes.text);
  expect(first.format).toBe('docx');
  expect(ids(first.findings)).toEqual(ids(findingsOf(fromBytes)));
  const edited = opened.original.replace('may ask', 'shall not ask');
  const second = await checker.check(edited);
  expect(second.format).toBe('text');
  expect(ids(second.findings)).toEqual(ids(findingsOf(await lint(edited, { format: 'text' }))));
});

test('settings, a chosen kind and ignored findings apply, for a .docx too', async () => {
  for (const opened of [
    await readDraft('order.md', new TextEncoder().encode(draft)),
    await readDraft('order.docx', makeDocx(draft.split('\n\n'))),
  ]) {
    fakeBrowser.reset();
    const state = new WorkerState(new LocalEngine());
    const checker = new ReviewChecker(opened, state, new LocalEngine());
    const before = await checker.check(opened.original);
    const category = before.findings[0]!.category;
    state.settingsChanged({ ...defaultSettings, rules: { [category]: 'off' } });
    const off = await checker.check(opened.original);
    expect(off.findings.length).toBeGreaterThan(0);
    expect(off.findings.some((finding) => finding.category === category)).toBe(false);

    state.settingsChanged(defaultSettings);
    const kind = before.kind === 'outreach' ? 'bulletin' : 'outreach';
    checker.chooseKind(kind);
    expect(await checker.check(opened.original)).toMatchObject({ kind, kindChosen: true });
    checker.chooseKind('auto');
    expect(await checker.check(opened.original)).toMatchObject({ kind: before.kind, kindChosen: false });

    const ignored = before.findings[0]!;
    await checker.ignore(ignored.fingerprint);
    expect((await loadIgnored())[`review:${opened.name}`]).toEqual([ignored.fingerprint]);
    const after = await checker.check(opened.original);
    expect(after.findings.map((finding) => finding.fingerprint)).not.toContain(ignored.fingerprint);
    expect(after.ignored).toBeGreaterThan(0);
  }
});

test('findings that share a rule and a range still get ids of their own', async () => {
  const findings = findingsOf(await lint('# Community contacts\n\nOfficers help people.', { kind: 'general-order' }));
  const missing = findings.filter((finding) => finding.category === 'missing-provision');
  expect(missing.length).toBeGreaterThan(1);
  expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
});

test('a draft opened again starts afresh: the automatic kind, a new engine session', async () => {
  const opened = await readDraft('order.md', new TextEncoder().encode(draft));
  const state = new WorkerState(new LocalEngine());
  const first = new ReviewChecker(opened, state, new LocalEngine());
  const automatic = (await first.check(opened.original)).kind;
  first.chooseKind(automatic === 'outreach' ? 'bulletin' : 'outreach');
  expect(await first.check(opened.original)).toMatchObject({ kindChosen: true });
  const again = new ReviewChecker(opened, state, new LocalEngine());
  expect(await again.check(opened.original)).toMatchObject({ kind: automatic, kindChosen: false });
});
