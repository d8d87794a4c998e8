import { answerLabelLength, subjectText, type Clause } from '../../core/analysis/clause.ts';
import type { Edit } from '../../core/rules/api.ts';

const TITLE = 'Rewrite as a prohibition';
const PRESENT_BE = new Set(['is', 'are', 'am']);
const NEGATIONS = new Set(['not', 'never', "n't"]);

/**
 * The smallest rewrite that turns a clause allowing or requiring an action into one that forbids it,
 * keeping its subject: "Deputies may ask…" → "Deputies shall not ask…", "Bring your papers" →
 * "Do not bring your papers", "The Department verifies…" → "The Department does not verify…",
 * and for a list item under a permissive lead-in, a stand-alone prohibition.
 * `verbIndex` and `verbBase` name the action's verb (needed for statements).
 */
export function prohibitionEdit(clause: Clause, verbIndex: number, verbBase: string): Edit | undefined {
  const { sentence } = clause;
  const words = sentence.words;
  const text = sentence.block.text;
  // Already a prohibition ("shall not ask … unless it is relevant"): the broad exception is what lets the
  // action through, so the fix is to drop it; with none to drop, no rewrite of the verb group can help.
  if (clause.negated || (clause.frame && !clause.modal && clause.frame.negated)) return withoutBroadException(clause, verbIndex);
  if (clause.modal && clause.modality !== 'statement') {
    const first = words[clause.modal.from]!;
    const last = words[clause.modal.to - 1]!;
    const lower = first.lower;
    const replacement = lower === 'will' || lower === "'ll" ? 'will not' : lower === 'would' ? 'would not' : 'shall not';
    return { title: TITLE, start: first.start, end: last.end, text: replacement };
  }
  if (clause.frame && !clause.modal) {
    // A list item: the lead-in's frame cannot be negated inside the item, so state the prohibition in full.
    const subject = subjectText(clause) ?? 'Members';
    const body = text.slice(words[clause.from]!.start, sentence.end).replace(/[\s.;,]+$/, '');
    const ending = /;\s*$/.test(text.slice(sentence.start, sentence.end)) ? ';' : '.';
    return {
      title: TITLE,
      start: words[clause.from]!.start,
      end: sentence.end,
      text: `${subject} shall not ${lowerFirst(body)}${ending}`.replace(/\s+$/, ''),
    };
  }
  if (clause.modality === 'imperative' && clause.from === 0) {
    const first = words[answerLabelLength(sentence)]!;
    return { title: TITLE, start: first.start, end: first.end, text: `Do not ${first.text.toLowerCase()}` };
  }
  const verb = words[verbIndex];
  const before = words[verbIndex - 1];
  // "ICE holds are not eligible for bail": the be-form is negated already, and a second "not" is no prohibition.
  const be = verb && PRESENT_BE.has(verb.lower) ? verbIndex : before && PRESENT_BE.has(before.lower) ? verbIndex - 1 : -1;
  if (be !== -1 && NEGATIONS.has(words[be + 1]?.lower ?? '')) return undefined;
  if (verb && PRESENT_BE.has(verb.lower)) {
    // A description: "Accent is an indicator…" → "Accent is not an indicator…".
    return { title: TITLE, start: verb.start, end: verb.end, text: `${verb.text} not` };
  }
  if (verb && before && PRESENT_BE.has(before.lower)) {
    // A passive statement: "Victims are reported…" → "Victims are not reported…".
    return { title: TITLE, start: before.start, end: before.end, text: `${before.text} not` };
  }
  if (verb && verb.lower !== verbBase) {
    // A present-tense statement: "verifies" → "does not verify".
    const auxiliary = verb.lower.endsWith('s') ? 'does not' : 'do not';
    return { title: TITLE, start: verb.start, end: verb.end, text: `${auxiliary} ${verbBase}` };
  }
  return undefined;
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

const DROP_TITLE = 'Drop the broad exception';

/** Removes a clause's broad exception: "… status unless relevant." → "… status.", "Unless relevant, members…" → "Members…". */
function withoutBroadException(clause: Clause, verbIndex: number): Edit | undefined {
  const broad = clause.exceptions.find((exception) => !exception.narrow);
  // An action inside the exception ("shall not take a report unless the victim shows papers") goes with it.
  if (!broad || (verbIndex >= broad.from && verbIndex < broad.to)) return undefined;
  const words = clause.sentence.words;
  const next = words[broad.to];
  if (broad.from === 0 && next) {
    // An opening exception: remove it with its comma and capitalise what follows.
    return { title: DROP_TITLE, start: words[0]!.start, end: next.start + 1, text: next.text.charAt(0).toUpperCase() };
  }
  const previous = words[broad.from - 1];
  if (!previous) return undefined;
  // A set-off exception ("shall not, unless necessary, ask") takes both its commas with it.
  const text = clause.sentence.block.text;
  if (next && text.slice(words[broad.to - 1]!.end, next.start).includes(','))
    return { title: DROP_TITLE, start: previous.end, end: next.start, text: ' ' };
  return { title: DROP_TITLE, start: previous.end, end: words[broad.to - 1]!.end, text: '' };
}
