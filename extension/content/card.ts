// The card shown for a mark: message, category, suggestions as word diffs, Apply / Ignore / Explain (the rule page).
// Everything is built with DOM APIs and textContent: page text is never parsed as HTML.
import { wordChanges } from '../../core/reporters/redline.ts';
import type { Suggestion } from '../../core/index.ts';
import type { Finding } from '../lib/messages.ts';
import { addShadowStyle, uiRoot } from './ui-root.ts';
import { correctedWording, fixContext, pasteOver } from '../lib/fix-context.ts';
import { openRuleDoc } from '../lib/rule-doc.ts';

const cardCss = `
.card, .notice { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 8px 24px rgba(140, 149, 159, 0.3); }
.card { position: fixed; width: 360px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow-y: auto;
  padding: 10px 12px; box-sizing: border-box; }
.summary { font-weight: 600; margin-bottom: 6px; }
.finding + .finding { border-top: 1px solid #d0d7de; margin-top: 10px; padding-top: 8px; }
.head { display: flex; align-items: center; gap: 6px; font-size: 12px; color: #57606a; margin-bottom: 4px; }
.sev { text-transform: capitalize; font-weight: 600; border-radius: 10px; padding: 0 7px; font-size: 11px; }
.sev.error { background: #ffebe9; color: #cf222e; } .sev.warning { background: #fff8c5; color: #9a6700; }
.sev.info { background: #ddf4ff; color: #0969da; }
.message { font-weight: 600; margin: 2px 0 8px; }
.suggestion { border: 1px solid #d8dee4; border-radius: 4px; padding: 6px 8px; margin: 6px 0; background: #f6f8fa; }
.suggestion-title { font-size: 12px; color: #57606a; margin-bottom: 3px; }
del { background: #ffebe9; color: #82071e; text-decoration: line-through; }
ins { background: #dafbe1; color: #116329; text-decoration: none; }
.actions { display: flex; gap: 6px; margin-top: 8px; flex-wrap: wrap; }
button { font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 5px; border: 1px solid #d0d7de; background: #f6f8fa;
  color: #1f2328; cursor: pointer; }
button:hover { background: #eaeef2; }
button.primary { background: #1f883d; border-color: #1a7f37; color: #fff; }
button.primary:hover { background: #1a7f37; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.note { font-size: 12px; color: #424a53; margin: -4px 0 6px; }
del + ins { margin-left: 3px; }
.notice { position: fixed; right: 16px; bottom: 16px; max-width: 380px; padding: 10px 14px; border-left: 4px solid #cf222e; }
.notice.ok { border-left-color: #1f883d; }
@media (prefers-color-scheme: dark) {
  .card, .notice { color: #e6edf3; background: #161b22; border-color: #30363d; box-shadow: 0 8px 24px rgba(1, 4, 9, 0.8); }
  .head, .suggestion-title { color: #8d96a0; } .suggestion { background: #0d1117; border-color: #30363d; }
  button { background: #21262d; border-color: #363b42; color: #e6edf3; } button:hover { background: #30363d; }
  .note { color: #c9d1d9; }
  del { background: rgba(248, 81, 73, 0.25); color: #ffa198; } ins { background: rgba(46, 160, 67, 0.25); color: #7ee787; }
}
`;

export interface CardActions {
  /** false where the editor cannot be written: the card offers Copy instead of Apply. */
  canApply: boolean;
  apply(suggestion: Suggestion): void;
  /** Copies `text`; `where` tells the user where to paste it. */
  copy(text: string, where: string): void;
  ignore(finding: Finding): void;
}

let openCard: HTMLElement | undefined;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label: string, onClick: () => void, className?: string, accessibleName?: string): HTMLButtonElement {
  const node = element('button', className, label);
  node.type = 'button';
  if (accessibleName) node.setAttribute('aria-label', accessibleName);
  // Only the user's own clicks: a page's script can reach the card and dispatch events to its buttons.
  node.addEventListener('click', (event) => event.isTrusted && onClick());
  return node;
}

/** The change from `before` to `after`, word by word, as del/ins elements. */
function wordDiff(before: string, after: string): HTMLElement {
  const line = element('div', 'diff');
  for (const part of wordChanges(before, after)) {
    line.append(part.kind === 'same' ? document.createTextNode(part.text) : element(part.kind, undefined, part.text));
  }
  return line;
}

/** One finding: severity, category, message, model wording or rewrites, and its actions. */
function findingSection(finding: Finding, linted: string, actions: CardActions): HTMLElement {
  const section = element('section', 'finding');
  section.dataset.findingId = finding.id;
  const head = element('div', 'head');
  head.append(element('span', `sev ${finding.severity}`, finding.severity), element('span', undefined, finding.categoryLabel));
  section.append(head, element('div', 'message', finding.reason));
  // The rule's model wording, where there is no rewrite to show instead.
  if (finding.note && !finding.suggestions.some((suggestion) => !suggestion.insertion))
    section.append(element('div', 'note', finding.note));

  for (const suggestion of finding.suggestions) {
    const box = element('div', 'suggestion');
    box.append(element('div', 'suggestion-title', suggestion.title));
    if (suggestion.insertion) box.append(element('div', undefined, suggestion.text.trim()));
    else {
      const { before, removed, added, after } = fixContext(linted, [finding.start.offset, finding.end.offset], suggestion);
      const line = wordDiff(removed, added);
      line.prepend(before);
      line.append(after);
      box.append(line);
    }
    section.append(box);
  }

  const actionRow = element('div', 'actions');
  finding.suggestions.forEach((suggestion, index) => {
    const label = !actions.canApply ? 'Copy' : suggestion.insertion ? 'Insert model section' : 'Apply';
    const name = finding.suggestions.length > 1 ? `${label} ${index + 1}: ${suggestion.title}` : label;
    const act = actions.canApply
      ? () => actions.apply(suggestion)
      : suggestion.insertion
        ? () => actions.copy(suggestion.text.trim(), 'Paste it into the document where the section belongs.')
        : () => {
            const { original, corrected } = correctedWording(linted, [finding.start.offset, finding.end.offset], suggestion);
            actions.copy(corrected, pasteOver(original));
          };
    actionRow.append(button(name === label ? label : `${label} ${index + 1}`, act, index === 0 ? 'primary' : undefined, name));
  });
  actionRow.append(button('Ignore', () => actions.ignore(finding)));
  actionRow.append(button('Explain', () => openRuleDoc(finding.ruleId)));
  section.append(actionRow);
  return section;
}

/**
 * The card for a mark. `findings` are the findings on the mark's words: one, or every document-level finding
 * on the title (all missing provisions), each in its own section.
 */
export function showCard(findings: readonly Finding[], linted: string, anchor: DOMRect, actions: CardActions): HTMLElement {
  const [first] = findings;
  if (!first) throw new Error('A card needs a finding.');
  addShadowStyle('card', cardCss);
  closeCard();
  const card = element('div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute(
    'aria-label',
    findings.length === 1 ? `trustlint: ${first.reason}` : `trustlint: ${findings.length} findings on the document`,
  );
  card.dataset.findingId = first.id;
  if (findings.length > 1) card.append(element('div', 'summary', `${findings.length} findings on the whole document`));
  for (const finding of findings) card.append(findingSection(finding, linted, actions));

  card.addEventListener('keydown', (event) => event.key === 'Escape' && closeCard());
  uiRoot().append(card);
  place(card, anchor);
  openCard = card;
  return card;
}

/** Below the mark if it fits, else above; always inside the viewport. */
function place(card: HTMLElement, anchor: DOMRect): void {
  const { width, height } = card.getBoundingClientRect();
  const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
  const below = anchor.bottom + 6;
  const top = below + height <= innerHeight - 8 ? below : Math.max(8, anchor.top - height - 6);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

export function closeCard(): void {
  openCard?.remove();
  openCard = undefined;
}

export function currentCard(): HTMLElement | undefined {
  return openCard;
}

/** A visible message on the page, for refused or failed fixes. */
export function showNotice(text: string, ok = false): void {
  addShadowStyle('card', cardCss);
  const notice = element('div', ok ? 'notice ok' : 'notice', text);
  notice.setAttribute('role', ok ? 'status' : 'alert');
  uiRoot().append(notice);
  setTimeout(() => notice.remove(), 6000);
}
