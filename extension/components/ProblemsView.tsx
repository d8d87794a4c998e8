// The Problems list shared by the side panel and the review page: VS Code's Problems view for one document. A long
// list renders only the rows in view (useVirtualWindow); the arrow keys move through all of them.
import { type KeyboardEvent, memo, useMemo, useRef, useState } from 'react';
import { applySuggestions } from '../../core/suggestions.ts';
import type { MessageCategory, Severity, Suggestion } from '../../core/types.ts';
import { countBySeverity } from '../../core/reporters/index.ts';
import { type Edit, type Finding, isDocumentLevel } from '../lib/messages.ts';
import { categoryLabels, severityLabels, severityOrder } from '../lib/categories.ts';
import { Chevron, SeverityIcon } from './icons.tsx';
import { WordDiff, contextAround } from './WordDiff.tsx';
import { correctedWording, type FixContext, fixContext, pasteOver } from '../lib/fix-context.ts';
import { openRuleDoc } from '../lib/rule-doc.ts';
import { useVirtualWindow } from './useVirtualWindow.ts';

export interface ProblemsViewProps {
  text: string;
  findings: Finding[];
  canApply: boolean;
  /** false when the page cannot show a finding (the rows then do not offer to). */
  canReveal?: boolean;
  onReveal(finding: Finding): void;
  onApply(edits: Edit[]): void;
  onIgnore(finding: Finding): void;
  /** `where` tells the user where the copied text goes, for editors trustlint cannot write to. */
  onCopy(text: string, where: string): void;
}

type Grouping = 'category' | 'location';

interface Group {
  key: string;
  label: string;
  category?: MessageCategory;
  findings: Finding[];
}

const fixOf = (finding: Finding): Suggestion | undefined => finding.suggestions.find((suggestion) => !suggestion.insertion);

function matches(finding: Finding, filter: string): boolean {
  if (filter === '') return true;
  const haystack = [finding.reason, finding.actual, finding.ruleId, finding.category, categoryLabels[finding.category], finding.severity]
    .join(' ')
    .toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/** A line of the tree: a group's head, or one of its rows (rows of a collapsed group are not items). */
type TreeItem = { group: Group; finding?: Finding };

/** Heights before an item was ever drawn: a head is one line, a row three (message, fix, actions). */
const estimatedHeight = (items: TreeItem[]) => (index: number) => (items[index]?.finding ? 76 : 26);

/**
 * Group labels in the user's language order, as `localeCompare` gives it. Made as the page loads: the first
 * comparison otherwise loads the browser's collation data while a draft's first rows wait (about 40 ms, profiled).
 */
const byLabel = new Intl.Collator().compare;

function groupFindings(findings: Finding[], grouping: Grouping): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const key = grouping === 'category' ? finding.category : String(finding.line);
    const label = grouping === 'category' ? (categoryLabels[finding.category] ?? finding.category) : `Line ${finding.line}`;
    const group = groups.get(key) ?? { key, label, findings: [], ...(grouping === 'category' ? { category: finding.category } : {}) };
    group.findings.push(finding);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  if (grouping === 'category') {
    const rank = (group: Group) => Math.min(...group.findings.map((finding) => severityOrder.indexOf(finding.severity)));
    list.sort((a, b) => rank(a) - rank(b) || byLabel(a.label, b.label));
  }
  return list;
}

export function ProblemsView({ text, findings, canApply, canReveal = true, onReveal, onApply, onIgnore, onCopy }: ProblemsViewProps) {
  const [grouping, setGrouping] = useState<Grouping>('category');
  const [filter, setFilter] = useState('');
  const [hidden, setHidden] = useState<Set<Severity>>(new Set());
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<Group | undefined>();

  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const visible = findings.filter((finding) => !hidden.has(finding.severity) && matches(finding, filter.trim()));
  const problems = visible.filter((finding) => !isDocumentLevel(finding));
  const missing = visible.filter(isDocumentLevel);
  const groups = groupFindings(problems, grouping);
  const items: TreeItem[] = groups.flatMap((group) => [
    { group },
    ...(collapsed.has(group.key) ? [] : group.findings.map((finding) => ({ group, finding }))),
  ]);
  const keys = itemKeys(items);
  const treeRef = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the estimate depends only on which items are rows, as the keys say.
  const estimate = useMemo(() => estimatedHeight(items), [keys.join('\n')]);
  const rendered = useVirtualWindow(treeRef, keys, estimate);
  // The rows' actions, the same functions from render to render (rows are drawn again only when what they show changes).
  const latest = useRef({ text, onReveal, onApply, onIgnore, onCopy });
  latest.current = { text, onReveal, onApply, onIgnore, onCopy };
  const actions = useMemo<RowActions>(
    () => ({
      reveal: (finding) => latest.current.onReveal(finding),
      apply: (edits) => latest.current.onApply(edits),
      ignore: (finding) => latest.current.onIgnore(finding),
      copyFix: (finding, fix) => copyCorrected(latest.current.text, finding, fix, latest.current.onCopy),
    }),
    [],
  );

  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };

  /** Up and down move through heads and rows (rendering them as they come), Home and End to either end; left and
   * right on a group's head collapse and expand it. */
  const moveFocus = (event: KeyboardEvent) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!item || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const index = Number(item.dataset.index);
    const group = items[index]?.group;
    const isHead = items[index]?.finding === undefined;
    const targets: Record<string, number | undefined> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (isHead && group && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      if (collapsed.has(group.key) === (event.key === 'ArrowRight')) setCollapsed(toggle(collapsed, group.key));
      return;
    }
    const target = targets[event.key];
    if (target === undefined || target < 0 || target >= items.length) return;
    event.preventDefault();
    rendered.focusItem(target);
  };

  return (
    <div className="problems">
      <div className="toolbar" role="toolbar" aria-label="Problems">
        <input
          className="filter"
          type="search"
          placeholder="Filter (e.g. detainer, error)"
          aria-label="Filter problems"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <div className="severity-toggles">
          {severityOrder.map((severity) => (
            <button
              key={severity}
              type="button"
              className={`count ${severity}${hidden.has(severity) ? ' off' : ''}`}
              aria-pressed={!hidden.has(severity)}
              aria-label={`${severityLabels[severity]}s: ${counts[severity]}${hidden.has(severity) ? ' (hidden)' : ''}`}
              title={`Show or hide ${severity}s`}
              onClick={() => setHidden(toggle(hidden, severity))}
            >
              <SeverityIcon severity={severity} />
              <span className="count-number">{counts[severity]}</span>
            </button>
          ))}
        </div>
        <label className="grouping">
          <span>Group by</span>
          <select aria-label="Group by" value={grouping} onChange={(event) => setGrouping(event.target.value as Grouping)}>
            <option value="category">Category</option>
            <option value="location">Location</option>
          </select>
        </label>
      </div>

      {findings.length === 0 ? <p className="empty">No problems found in this document.</p> : null}
      {findings.length > 0 && visible.length === 0 ? <p className="empty">No problems match the filter.</p> : null}

      <div className="tree" role="tree" aria-label="Problems by group" ref={treeRef} onKeyDown={(event) => moveFocus(event)}>
        {groupSlices(groups, items, rendered.start, rendered.end).map((slice, sliceIndex) => {
          if ('before' in slice)
            return <div key={`space-${sliceIndex}`} aria-hidden="true" style={{ height: rendered.height(...slice.before) }} />;
          const { group, head, rows } = slice;
          const open = !collapsed.has(group.key);
          const fixable = group.findings.filter(fixOf);
          const shown = items.slice(...rows);
          return (
            <div className="group" key={group.key} role="treeitem" aria-expanded={open} aria-selected={false}>
              <div className="group-head" data-index={head}>
                <button
                  type="button"
                  className="group-toggle"
                  aria-label={`${open ? 'Collapse' : 'Expand'} ${group.label}`}
                  onClick={() => setCollapsed(toggle(collapsed, group.key))}
                >
                  <Chevron open={open} />
                  <span className="group-label">{group.label}</span>
                  <span className="badge">{group.findings.length}</span>
                </button>
                {canApply && group.category && fixable.length > 1 ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Apply all in ${group.label}`}
                    onClick={() => setPreview(group)}
                  >
                    Apply all ({fixable.length})
                  </button>
                ) : null}
              </div>
              {open ? (
                <ul className="rows" role="group">
                  {rows[0] > head + 1 ? <li aria-hidden="true" style={{ height: rendered.height(head + 1, rows[0]) }} /> : null}
                  {shown.map(({ finding }, offset) => {
                    if (!finding) return null;
                    const fix = fixOf(finding);
                    return (
                      <ProblemRow
                        key={keys[rows[0] + offset]}
                        index={rows[0] + offset}
                        finding={finding}
                        preview={fix && fixContext(text, [finding.start.offset, finding.end.offset], fix)}
                        canApply={canApply}
                        canReveal={canReveal}
                        actions={actions}
                      />
                    );
                  })}
                  {rows[1] < slice.last ? <li aria-hidden="true" style={{ height: rendered.height(rows[1], slice.last) }} /> : null}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>

      {missing.length > 0 ? (
        <section className="missing" aria-label="Missing provisions">
          <h2>Missing provisions</h2>
          <ul className="rows">
            {missing.map((finding) => {
              const insertion = finding.suggestions.find((suggestion) => suggestion.insertion) ?? finding.suggestions[0];
              return (
                <li className="row missing-row" key={finding.id}>
                  <div className="row-main">
                    <SeverityIcon severity={finding.severity} />
                    <span className="message">{finding.reason}</span>
                  </div>
                  {insertion ? <pre className="model-text">{insertion.text.trim()}</pre> : null}
                  <div className="row-actions visible">
                    {insertion && canApply ? (
                      <button type="button" className="primary" onClick={() => onApply([{ range: insertion.range, text: insertion.text }])}>
                        Insert model section
                      </button>
                    ) : null}
                    {insertion ? (
                      <button
                        type="button"
                        onClick={() => onCopy(insertion.text.trim(), 'Paste it into the document where the section belongs.')}
                      >
                        Copy
                      </button>
                    ) : null}
                    <button type="button" onClick={() => onIgnore(finding)}>
                      Ignore
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {preview ? (
        <ApplyAllPreview
          group={preview}
          text={text}
          onCancel={() => setPreview(undefined)}
          onConfirm={(edits) => {
            setPreview(undefined);
            onApply(edits);
          }}
        />
      ) : null}
    </div>
  );
}

/** What a row's buttons do: the same functions for every row and render. */
interface RowActions {
  reveal(finding: Finding): void;
  apply(edits: Edit[]): void;
  ignore(finding: Finding): void;
  copyFix(finding: Finding, fix: Suggestion): void;
}

interface RowProps {
  finding: Finding;
  /** The fix as it reads in the text, when the finding has one. */
  preview: FixContext | undefined;
  canApply: boolean;
  canReveal: boolean;
  actions: RowActions;
  /** The row's place among the tree's items (keyboard moves and measuring). */
  index: number;
}

/**
 * The tree's keys: a row's stays with its finding when an edit above moves it (its id holds its offsets), so React
 * keeps the row's element and the list keeps its measured height; a finding's key is its fingerprint (rule and
 * wording) and how many findings with that fingerprint come before it.
 */
function itemKeys(items: TreeItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ group, finding }) => {
    if (!finding) return `group:${group.key}`;
    const count = seen.get(finding.fingerprint) ?? 0;
    seen.set(finding.fingerprint, count + 1);
    return `row:${finding.fingerprint}:${count}`;
  });
}

/** A run of groups not rendered (their items' range), or a group with its head and the range of its rows rendered. */
type GroupSlice = { before: [number, number] } | { group: Group; head: number; rows: [number, number]; last: number };

/**
 * The groups as rendered for the items [start, end): a group any of whose items is in range is drawn with its head
 * and those rows (spacers stand for the others); runs of groups out of range become one spacer each.
 */
function groupSlices(groups: Group[], items: TreeItem[], start: number, end: number): GroupSlice[] {
  const slices: GroupSlice[] = [];
  let head = 0;
  for (const group of groups) {
    let last = head + 1;
    while (last < items.length && items[last]?.group === group) last++;
    if (last <= start || head >= end) {
      const previous = slices.at(-1);
      if (previous && 'before' in previous) previous.before[1] = last;
      else slices.push({ before: [head, last] });
    } else slices.push({ group, head, rows: [Math.max(head + 1, start), Math.min(last, end)], last });
    head = last;
  }
  return slices;
}

function FixPreview({ preview: { before, removed, added, after } }: { preview: FixContext }) {
  return (
    <span className="fix-preview">
      {before}
      <WordDiff before={removed} after={added} />
      {after}
    </span>
  );
}

/**
 * For editors trustlint cannot write to: copies the flagged wording as corrected (not just the inserted words, which
 * could not be placed by hand) and says which words it replaces.
 */
function copyCorrected(text: string, finding: Finding, fix: Suggestion, onCopy: ProblemsViewProps['onCopy']): void {
  const { original, corrected } = correctedWording(text, [finding.start.offset, finding.end.offset], fix);
  onCopy(corrected, pasteOver(original));
}

/**
 * A row is drawn again only when what it shows or does changes: after an Apply, most rows of the list are the same
 * (profiled on the review page, redrawing every row in view was most of the time until the list was current).
 */
const ProblemRow = memo(function ProblemRow({ finding, preview, index, canApply, canReveal, actions }: RowProps) {
  const fix = fixOf(finding);
  const summary = (
    <>
      <SeverityIcon severity={finding.severity} />
      <span className="message">{finding.reason}</span>
      <span className="location">
        [Ln {finding.line}, Col {finding.column}]
      </span>
    </>
  );
  return (
    <li className={`row ${finding.severity}`} data-finding-id={finding.id} data-index={index}>
      {canReveal ? (
        <button
          type="button"
          className="row-main"
          onClick={() => actions.reveal(finding)}
          aria-label={`${severityLabels[finding.severity]}: ${finding.reason} (line ${finding.line}, column ${finding.column}). Show in page`}
        >
          {summary}
        </button>
      ) : (
        <div className="row-main">{summary}</div>
      )}
      <div className="fix">{fix && preview ? <FixPreview preview={preview} /> : <span className="actual">“{finding.actual}”</span>}</div>
      <div className="row-actions">
        {fix && canApply ? (
          <button type="button" className="primary" onClick={() => actions.apply([{ range: fix.range, text: fix.text }])}>
            Apply
          </button>
        ) : null}
        {fix && !canApply ? (
          <button type="button" onClick={() => actions.copyFix(finding, fix)}>
            Copy
          </button>
        ) : null}
        <button type="button" onClick={() => actions.ignore(finding)}>
          Ignore
        </button>
        <button type="button" onClick={() => openRuleDoc(finding.ruleId)} title={`Open the ${finding.ruleId} rule page`}>
          Explain
        </button>
        <span className="rule-id">{finding.ruleId}</span>
      </div>
      {/* The note is the rule's model wording: shown where there is no fix to preview; the rule page has it too. */}
      {finding.note && !fix ? <p className="row-note">{finding.note}</p> : null}
    </li>
  );
}, sameRow);

/** The finding's fields a row shows or acts on, and the parts of its fix's preview. */
const SHOWN_FIELDS = ['id', 'severity', 'reason', 'line', 'column', 'ruleId', 'note', 'actual'] as const;
const PREVIEW_PARTS = ['before', 'removed', 'added', 'after'] as const;

/** Whether a row would be drawn the same (the finding's fields it shows or acts on, its fix as it reads). */
function sameRow(a: RowProps, b: RowProps): boolean {
  const [fa, fb] = [fixOf(a.finding), fixOf(b.finding)];
  return (
    a.index === b.index &&
    a.canApply === b.canApply &&
    a.canReveal === b.canReveal &&
    a.actions === b.actions &&
    SHOWN_FIELDS.every((field) => a.finding[field] === b.finding[field]) &&
    fa?.text === fb?.text &&
    fa?.range[0] === fb?.range[0] &&
    fa?.range[1] === fb?.range[1] &&
    PREVIEW_PARTS.every((part) => a.preview?.[part] === b.preview?.[part])
  );
}

function ApplyAllPreview({
  group,
  text,
  onCancel,
  onConfirm,
}: {
  group: Group;
  text: string;
  onCancel(): void;
  onConfirm(edits: Edit[]): void;
}) {
  const suggestions = group.findings.flatMap((finding) => fixOf(finding) ?? []);
  const { applied, skipped } = applySuggestions(text, suggestions);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={`Preview: apply all in ${group.label}`}>
        <h2>
          Apply {applied.length} fixes in {group.label}
        </h2>
        {skipped.length > 0 ? <p className="note">{skipped.length} overlapping fixes are left for later.</p> : null}
        <ol className="preview-list">
          {applied.map((suggestion) => {
            const context = contextAround(text, ...suggestion.range);
            return (
              <li key={suggestion.range.join(':')}>
                <span className="context">{context.before}</span>
                <WordDiff before={text.slice(...suggestion.range)} after={suggestion.text} />
                <span className="context">{context.after}</span>
              </li>
            );
          })}
        </ol>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            aria-label="Confirm apply all"
            onClick={() => onConfirm(applied.map(({ range, text: replacement }) => ({ range, text: replacement })))}
          >
            Apply {applied.length} fixes
          </button>
        </div>
      </div>
    </div>
  );
}
