// The trust-policy pack's document kinds, and how a draft's kind is decided when neither the user nor the config
// names it. The kind decides which provisions a draft should contain (rules/lib/provisions.ts).
import type { DocumentKindMeta, DocumentKinds, KindBlock, KindDecision } from '../core/pack.ts';

/** The kinds, in the order the CLI, the options page and the kind selector list them. */
export const DOCUMENT_KINDS = ['general-order', 'bulletin', 'outreach'] as const;
export type TrustDocumentKind = (typeof DOCUMENT_KINDS)[number];

const LABELS: Record<TrustDocumentKind, string> = {
  'general-order': 'general order',
  bulletin: 'bulletin',
  outreach: 'outreach material',
};
export const DOCUMENT_KIND_META: readonly DocumentKindMeta[] = DOCUMENT_KINDS.map((id) => ({ id, label: LABELS[id] }));

// What a title calls the document. Bulletins first: "Training Bulletin on the General Order" is a bulletin.
const TITLE_WORDS: readonly (readonly [TrustDocumentKind, RegExp, string])[] = [
  [
    'bulletin',
    /\b(?:bulletin|training key|roll[- ]call|memo(?:randum)?\b(?! of (?:agreement|understanding))|presentation|slides|lesson plan)/i,
    'a bulletin',
  ],
  [
    'outreach',
    /\b(?:flyer|handout|brochure|know your rights|faqs?\b|frequently asked questions|(?:news|press|media) release|for immediate release|fact sheet|facts\b|(?<!policy )statement\b|for (?:residents|the community|families|victims)|community guide|what (?:is|are) )/i,
    'material for the public',
  ],
  [
    'general-order',
    /\b(?:general order|special order|department order|policy|policies|procedures?|manual|directive|standard operating|memorandum of (?:agreement|understanding)|statutes?\b|code of\b|§)/i,
    'a general order',
  ],
];

// Section headings of a standing order: "I. Purpose", "428.2 Procedure", "Definitions".
const ORDER_SECTION =
  /^(?:[\dIVXivx]+(?:\.\d+)*[.)]?\s+)?(?:purpose(?: and scope)?|scope|policy(?: statement)?|definitions?|procedures?|responsibilit(?:y|ies)|applicability|authority|training(?: and distribution)?|distribution|references|effective date|rescission|general)\b/i;
const QUESTION_HEADING = /\?\s*$/;
const FAQ_HEADING = /\b(?:faqs?|frequently asked questions|questions and answers)\b/i;
// A directive to members: modal obligations and prohibitions.
const DIRECTIVE = /\b(?:shall|must|is to|are to|will not|may not)\b/gi;
const SECOND_PERSON = /\b(?:you|your|yours)\b/gi;
const FIRST_PERSON_PLURAL = /\b(?:we|our|us)\b/gi;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A draft shorter than this, with no title or sections of an order, reads as a bulletin (short instructions). */
const SHORT_DRAFT_WORDS = 600;
/** Below this, a draft is too short for the share of its directives to say anything. */
const MIN_WORDS_FOR_VOICE = 100;
/** How many blocks at the top may hold the title: a department name or a date line often comes first. */
const TITLE_BLOCKS = 4;

function count(text: string, pattern: RegExp): number {
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) found++;
  return found;
}

interface VoiceCounts {
  words: number;
  you: number;
  we: number;
  directives: number;
}

/**
 * A block's words, second- and first-person words and directives. No pattern reaches across a line break, so a
 * draft's counts are the sums of its blocks'; a session's unchanged blocks are the same objects and are counted once.
 */
const voiceCounts = new WeakMap<KindBlock, VoiceCounts>();
function countsOf(block: KindBlock): VoiceCounts {
  let counts = voiceCounts.get(block);
  if (!counts) {
    const { text } = block;
    counts = {
      words: count(text, WORD),
      you: count(text, SECOND_PERSON),
      we: count(text, FIRST_PERSON_PLURAL),
      directives: count(text, DIRECTIVE),
    };
    voiceCounts.set(block, counts);
  }
  return counts;
}

/**
 * Decides a draft's kind from the whole draft: what its title calls it, the sections it has (an order's
 * Purpose/Policy/Procedures, an FAQ's questions), the voice it speaks in (to residents as "you", for the agency as
 * "we", or to members in "shall"), and its length. The first line alone misleads: a bulletin often opens with
 * the department's name.
 */
function decideKind(blocks: readonly KindBlock[]): KindDecision {
  const title = titleEvidence(blocks);
  const headings = blocks.filter((block) => block.kind === 'heading').map((block) => block.text.trim());
  let words = 0;
  let you = 0;
  let we = 0;
  let directives = 0;
  for (const block of blocks) {
    const counts = countsOf(block);
    words += counts.words;
    you += counts.you;
    we += counts.we;
    directives += counts.directives;
  }
  const per100 = (n: number): number => (words === 0 ? 0 : (n * 100) / words);
  const sections = headings.filter((heading) => ORDER_SECTION.test(heading));
  const questions = headings.filter((heading) => QUESTION_HEADING.test(heading)).length;
  const faq = headings.some((heading) => FAQ_HEADING.test(heading)) || questions >= 2;

  // Form and voice say more than a title word: a department's "Policy on Immigration" page written as an FAQ for
  // residents is outreach; a bulletin laid out in Purpose and Policy sections is still a bulletin by its title.
  if (faq && title?.kind !== 'bulletin')
    return { kind: 'outreach', reason: 'written as questions and answers for the public (an FAQ)', certain: true };
  if (per100(you) >= 1.5 && title?.kind !== 'general-order' && title?.kind !== 'bulletin')
    return { kind: 'outreach', reason: `speaks to residents as “you” (${you} times in ${words} words)`, certain: true };
  if (title) return { kind: title.kind, reason: `the title names ${title.label} (“${title.text}”)`, certain: true };
  if (sections.length >= 2)
    return { kind: 'general-order', reason: `has the sections of a general order (${sections.slice(0, 3).join(', ')})`, certain: true };
  // Web pages and news releases describe what the agency does; orders and bulletins direct members.
  if (words >= MIN_WORDS_FOR_VOICE && per100(directives) < 0.5)
    return {
      kind: 'outreach',
      reason: `describes the agency's work${we > 0 ? ' as “we”' : ''} with ${directives === 0 ? 'no' : 'few'} directives to members`,
      certain: false,
    };
  if (words < SHORT_DRAFT_WORDS)
    return { kind: 'bulletin', reason: `short (${words} words), with no title or sections of a general order`, certain: false };
  return { kind: 'general-order', reason: `long (${words} words) with no title naming another kind`, certain: false };
}

/** What the title calls the draft: the first of the top blocks that names a kind. */
function titleEvidence(blocks: readonly KindBlock[]): { kind: TrustDocumentKind; label: string; text: string } | undefined {
  let seen = 0;
  for (const block of blocks) {
    if (seen++ >= TITLE_BLOCKS) break;
    // A title is a heading or a short line that is not a sentence; the first sentence starts the body.
    if (block.kind !== 'heading' && (count(block.text, WORD) > 16 || /[.;!?]\s*$/.test(block.text))) break;
    const text = block.text.trim();
    for (const [kind, pattern, label] of TITLE_WORDS) if (pattern.test(text)) return { kind, label, text: shorten(text) };
  }
  return undefined;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= 80 ? line : `${line.slice(0, 79)}…`;
}

/** What the pack hands the engine about document kinds. */
export const documentKinds: DocumentKinds = { list: DOCUMENT_KIND_META, decide: decideKind };
