// The browser-safe reporters and the redline on hand-built findings (the extension feeds them the same way).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_THRESHOLD } from '../../core/node/progress.ts';
import { formatHtml, formatSarif, formatStylish, redline, type ReportedFile } from '../../core/reporters/index.ts';
import type { FindingJSON, Point } from '../../core/types.ts';
import { packMeta, ruleMeta, trustPolicyPack } from '../../index.ts';

/** The pack's rules and categories as the reporters receive them. */
const meta = packMeta(trustPolicyPack);

const TEXT = 'Deputies may ask about immigration status.\nThe illegal alien was held.\n';

function point(offset: number): Point {
  const before = TEXT.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset };
}

function finding(start: number, end: number, overrides: Partial<FindingJSON>): FindingJSON {
  return {
    ruleId: 'status-inquiry',
    source: 'trustlint',
    category: 'status-inquiry',
    severity: 'error',
    reason: 'Asks about immigration status.',
    line: point(start).line,
    column: point(start).column,
    start: point(start),
    end: point(end),
    actual: TEXT.slice(start, end),
    expected: [],
    url: 'rules/docs/status-inquiry.md',
    suggestions: [],
    citations: [],
    ...overrides,
  };
}

const sentenceEnd = TEXT.indexOf('.') + 1;
const termStart = TEXT.indexOf('illegal alien');
const FILE: ReportedFile = {
  path: 'order.md',
  text: TEXT,
  format: 'markdown',
  kind: 'general-order',
  kindReason: 'the title names a general order (“General Order 3”)',
  findings: [
    finding(0, sentenceEnd, {
      suggestions: [{ title: 'Prohibit the question', range: [0, sentenceEnd], text: 'Deputies shall not ask about immigration status.' }],
      citations: [{ title: 'California Government Code § 7284.6', note: 'No inquiry into status.' }],
    }),
    finding(termStart, termStart + 'illegal alien'.length, {
      ruleId: 'dehumanizing-term',
      category: 'dehumanizing-term',
      severity: 'warning',
      reason: 'Uses a dehumanizing term.',
      suggestions: [{ title: 'Use "undocumented immigrant"', range: [termStart, termStart + 13], text: 'undocumented immigrant' }],
    }),
  ],
};

describe('redline', () => {
  it('marks only the words a suggestion changes', () => {
    const result = redline(
      TEXT,
      FILE.findings.flatMap((entry) => entry.suggestions),
    );
    expect(result.text).toBe('Deputies shall not ask about immigration status.\nThe undocumented immigrant was held.\n');
    expect(result.parts).toEqual([
      { kind: 'same', text: 'Deputies ' },
      { kind: 'del', text: 'may' },
      { kind: 'ins', text: 'shall not' },
      { kind: 'same', text: ' ask about immigration status.\nThe ' },
      { kind: 'del', text: 'illegal alien' },
      { kind: 'ins', text: 'undocumented immigrant' },
      { kind: 'same', text: ' was held.\n' },
    ]);
  });

  it('leaves out a suggestion that overlaps an applied one', () => {
    const overlapping = { title: 'Other', range: [9, 12] as [number, number], text: 'must' };
    const result = redline(TEXT, [FILE.findings[0]!.suggestions[0]!, overlapping]);
    expect(result.skipped).toEqual([overlapping]);
    expect(
      result.parts
        .filter((part) => part.kind !== 'del')
        .map((part) => part.text)
        .join(''),
    ).toBe(result.text);
    expect(
      result.parts
        .filter((part) => part.kind !== 'ins')
        .map((part) => part.text)
        .join(''),
    ).toBe(TEXT);
  });

  it('keeps whitespace that a suggestion removes', () => {
    expect(redline('    >  ', [{ title: 'fix', range: [0, 5], text: '>' }]).parts).toEqual([
      { kind: 'del', text: '    ' },
      { kind: 'same', text: '>  ' },
    ]);
  });

  it('always rebuilds the draft from kept and deleted runs, and the fixed text from kept and inserted runs', () => {
    const suggestion = (length: number) =>
      fc
        .record({ start: fc.nat(length), size: fc.nat(12), text: fc.oneof(fc.string({ maxLength: 20 }), words) })
        .map(({ start, size, text }) => ({
          title: 'fix',
          range: [start, Math.min(length, start + size)] as [number, number],
          text,
        }));
    const words = fc.string({ unit: fc.constantFrom(' ', '  ', '\n', '\t', 'may', 'shall', 'not', '.', '>', 'é'), maxLength: 60 });
    const draftWithSuggestions = fc
      .oneof(fc.string({ maxLength: 200 }), words)
      .chain((text) => fc.tuple(fc.constant(text), fc.array(suggestion(text.length), { maxLength: 8 })));
    fc.assert(
      fc.property(draftWithSuggestions, ([text, suggestions]) => {
        const result = redline(text, suggestions);
        expect(
          result.parts
            .filter((part) => part.kind !== 'ins')
            .map((part) => part.text)
            .join(''),
        ).toBe(text);
        expect(
          result.parts
            .filter((part) => part.kind !== 'del')
            .map((part) => part.text)
            .join(''),
        ).toBe(result.text);
      }),
    );
  });
});

describe('stylish', () => {
  it('aligns columns, counts by severity and strips control characters from draft text', () => {
    const hostile = { ...FILE, findings: [{ ...FILE.findings[1]!, reason: 'Quotes \u001b[2J"term"\u0007 here.' }] };
    const output = formatStylish([hostile], { kinds: meta.kinds });
    expect(output).toBe(
      'order.md  general order: the title names a general order (“General Order 3”)\n  2:5  warning  Quotes [2J"term" here.  dehumanizing-term\n\n✖ 1 problem (0 errors, 1 warning, 0 info)\n',
    );
  });

  it('names the kind as the pack does, or by its id when it is given no names', () => {
    expect(formatStylish([FILE], { kinds: meta.kinds })).toContain('order.md  general order: ');
    expect(formatStylish([FILE])).toContain('order.md  general-order: ');
  });

  it('colours severities only when asked', () => {
    expect(formatStylish([FILE], { color: true })).toContain('\u001b[31merror');
    expect(formatStylish([FILE])).not.toContain('\u001b');
  });
});

describe('html', () => {
  const page = formatHtml([FILE], { toolVersion: '1.2.3', meta, generated: '2025-01-02' });

  it('shows each finding in its sentence with its reason, its sources and the suggestion', () => {
    expect(page).toContain('<blockquote class="context"><mark>Deputies may ask about immigration status.</mark></blockquote>');
    // A sentence rewrite reads before → after; a swap is redlined in place, in the one quote of its sentence.
    expect(page).toContain(
      '<p class="suggestion rewrite"><span class="label">Prohibit the question:</span> <span class="arrow" aria-label="becomes">→</span> Deputies shall not ask about immigration status.</p>',
    );
    expect(page).toContain('The <mark><del>illegal alien</del></mark><ins>undocumented immigrant</ins> was held.');
    expect(page).not.toContain('<blockquote class="context">The <mark>illegal alien</mark>');
    expect(page).toContain('Sources <a href="#source-1" title="California Government Code § 7284.6">1</a>');
    expect(page).toContain('<li id="source-1"><cite>California Government Code § 7284.6</cite> — No inquiry into status.</li>');
    expect(page).toContain('2 findings: <span class="count error">1 error</span>, <span class="count warning">1 warning</span>');
  });

  it('summarises by category, and leaves the whole-draft redline to the reviewed .docx', () => {
    expect(page).toMatch(/<th scope="row">Immigration status inquiries<\/th><td>1<\/td>/);
    expect(page).toMatch(/<th scope="row">Dehumanizing terms<\/th><td><\/td><td>1<\/td>/);
    expect(page).not.toContain('class="redline"');
  });

  it('puts findings in document order, then each missing section once with only its own sources', () => {
    const model = 'Members shall not ask about immigration status.';
    const missing = finding(0, 8, {
      ruleId: 'missing-provision',
      category: 'missing-provision',
      severity: 'warning',
      reason: 'No prohibition on status inquiries.',
      note: `${model} Sources: California Government Code § 7284.6.`,
      expected: [model],
      suggestions: [
        {
          title: 'Insert a “Status inquiries” section',
          range: [TEXT.length, TEXT.length],
          text: `\n## Status inquiries\n\n${model}\n`,
          insertion: true,
        },
      ],
      citations: [{ title: 'California Government Code § 7284.6' }, { title: 'Washington RCW 10.93.160' }],
    });
    const again = finding(termStart, termStart + 13, {
      ruleId: 'dehumanizing-term',
      category: 'dehumanizing-term',
      reason: 'Asks about immigration status.',
    });
    const file: ReportedFile & { kindReason: string } = {
      ...FILE,
      kindReason: 'the title names a general order',
      findings: [missing, FILE.findings[1]!, FILE.findings[0]!, again],
    };
    const html = formatHtml([file], { toolVersion: '1', meta });
    expect(html).toContain('Document kind: General order <span class="why">(the title names a general order)</span>');
    const order = [
      'Deputies may ask',
      'The <mark><del>illegal alien',
      '<h3 id="draft-1-missing">Missing provisions',
      'Status inquiries</span>',
    ].map((text) => html.indexOf(text));
    expect(order.every((at) => at !== -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html.split(model)).toHaveLength(2);
    expect(html).not.toContain('Washington RCW 10.93.160');
    // A reason said once already points back instead of repeating.
    expect(html).toContain('Why: as for <a href="#draft-1-f1">finding 1</a>.');
  });

  it('shows the whole sentence of a finding across hard-wrapped lines but not past its list item', () => {
    const text =
      'Members shall:\n\n- keep records of each stop,\n  including the immigration status\n  of each passenger.\n- file reports.\n';
    const start = text.indexOf('immigration status');
    const file: ReportedFile = { ...FILE, text, findings: [finding(start, start + 18, { actual: 'immigration status' })] };
    expect(formatHtml([file], { toolVersion: '1', meta })).toContain(
      '<blockquote class="context">keep records of each stop,\n  including the <mark>immigration status</mark>\n  of each passenger.</blockquote>',
    );
  });

  it('forbids every outside resource with a content security policy', () => {
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });
});

describe('sarif', () => {
  it('omits fixes for .docx, whose offsets are into extracted text', () => {
    const log = JSON.parse(formatSarif([{ ...FILE, path: 'order.docx', format: 'docx' }], { toolVersion: '1.0.0', rules: ruleMeta }));
    const [run] = log.runs;
    expect(run.results).toHaveLength(2);
    expect(run.results.every((result: { fixes?: unknown }) => result.fixes === undefined)).toBe(true);
    expect(run.artifacts[0].properties.regionsReferTo).toMatch(/extracted/);
  });

  it('carries each file’s kind and how it was decided in the artifact’s properties', () => {
    const [run] = JSON.parse(formatSarif([FILE], { toolVersion: '1.0.0', rules: ruleMeta })).runs;
    expect(run.artifacts[0].properties).toEqual({ kind: 'general-order', kindReason: FILE.kindReason });
  });

  it('uses file: URIs for absolute paths and escapes the rest', () => {
    const log = JSON.parse(
      formatSarif(
        [
          { ...FILE, path: '/srv/drafts/order #2.md' },
          { ...FILE, path: 'a b.md' },
        ],
        { toolVersion: '1.0.0', rules: ruleMeta, baseUri: 'file:///srv/' },
      ),
    );
    expect(log.runs[0].artifacts.map((artifact: { location: unknown }) => artifact.location)).toEqual([
      { uri: 'file:///srv/drafts/order%20%232.md' },
      { uri: 'a%20b.md', uriBaseId: 'SRCROOT' },
    ]);
  });
});

describe('progress', () => {
  function fakeStream(isTTY: boolean, columns = 40) {
    const writes: string[] = [];
    return { stream: { isTTY, columns, write: (chunk: string) => writes.push(chunk) }, writes };
  }

  it('writes a progress line per file on a terminal for long runs, then clears it', () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgress(stream, PROGRESS_THRESHOLD);
    progress.tick('drafts/a.md');
    progress.done();
    expect(writes).toEqual([`\r\u001b[2KLinting 1/${PROGRESS_THRESHOLD} drafts/a.md`, '\r\u001b[2K']);
  });

  it('fits the line to the terminal, assuming 80 columns when the terminal reports none', () => {
    for (const [columns, width] of [
      [20, 19],
      [0, 79],
    ]) {
      const { stream, writes } = fakeStream(true, columns);
      createProgress(stream, PROGRESS_THRESHOLD).tick(`drafts/${'x'.repeat(100)}.md`);
      expect(writes[0]!.replace('\r\u001b[2K', '')).toHaveLength(width!);
    }
  });

  it('stays silent when stderr is not a terminal or the run is short', () => {
    for (const [isTTY, total] of [
      [false, 100],
      [true, PROGRESS_THRESHOLD - 1],
    ] as const) {
      const { stream, writes } = fakeStream(isTTY);
      const progress = createProgress(stream, total);
      progress.tick('a.md');
      progress.done();
      expect(writes).toEqual([]);
    }
  });
});
