// retext-equality's patterns and messages, matched through an index built once. The plugin itself rebuilds its
// phrase index for every paragraph (nlcst-search normalises every phrase on each call), which made it the largest
// single cost on drafts with many paragraphs. This reads the same data and emits the same messages.
import type { Parents, Root, RootContent, Sentence } from 'nlcst';
import { isLiteral } from 'nlcst-is-literal';
import { normalize } from 'nlcst-normalize';
import { toString } from 'nlcst-to-string';
import { quotation } from 'quotation';
import { pointEnd, pointStart } from 'unist-util-position';
import type { VFile } from 'vfile';
// The package exports only its plugin; its pattern data (id, inconsiderate and considerate phrases, notes) sits here.
import { type Pattern, patterns } from '../../node_modules/retext-equality/lib/patterns-en.js';

export interface EqualityOptions {
  /** Phrases not to warn about. */
  ignore?: readonly string[];
  /** Whether "he or she" and similar pairs are fine. */
  binary?: boolean;
}

interface Phrase {
  /** As written in the pattern: the key of `inconsiderate`. */
  text: string;
  pattern: Pattern;
  /** The words after the first, normalised the way the phrase is compared ('*' matches any word). */
  rest: string[];
  /** Phrases with capitals match only as written. */
  caseSensitive: boolean;
}

interface Match {
  type: string;
  parent: Parents;
  nodes: RootContent[];
  start: number;
  end: number;
}

/** Phrases by their normalised first word, one index per normalisation (with and without apostrophes). */
interface PhraseIndex {
  byFirst: Map<string, Phrase[]>;
  allowApostrophes: boolean;
}

function buildIndexes(ignore: readonly string[]): PhraseIndex[] {
  const indexes: PhraseIndex[] = [
    { byFirst: new Map(), allowApostrophes: false },
    { byFirst: new Map(), allowApostrophes: true },
  ];
  for (const pattern of patterns) {
    for (const text of Object.keys(pattern.inconsiderate)) {
      if (ignore.includes(text)) continue;
      const index = indexes[pattern.apostrophe ? 1 : 0]!;
      const config = { allowApostrophes: index.allowApostrophes };
      const [first, ...rest] = text.split(' ');
      const phrase: Phrase = {
        text,
        pattern,
        rest: rest.map((word) => (word === '*' ? word : normalize(word, config))),
        caseSensitive: text !== text.toLowerCase(),
      };
      const key = normalize(first!, config);
      index.byFirst.set(key, [...(index.byFirst.get(key) ?? []), phrase]);
    }
  }
  return indexes;
}

/** The words of `phrase.rest` after `position`, white space between allowed; the matched nodes, or undefined. */
function matchAt(siblings: RootContent[], position: number, phrase: Phrase, normalised: readonly string[]): RootContent[] | undefined {
  let at = position + 1;
  for (const expected of phrase.rest) {
    while (at < siblings.length && siblings[at]!.type === 'WhiteSpaceNode') at++;
    const node = siblings[at];
    if (node?.type !== 'WordNode' || (expected !== '*' && expected !== normalised[at])) return undefined;
    at++;
  }
  return siblings.slice(position, at);
}

/** Returns a transformer that adds retext-equality's messages for an nlcst tree to `file`. */
export function equalityChecker(options: EqualityOptions = {}): (tree: Root, file: VFile) => void {
  const indexes = buildIndexes(options.ignore ?? []);
  const binary = options.binary ?? false;

  return (tree, file) => {
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      const matchesById = new Map<string, { pattern: Pattern; matches: Match[] }>();
      const sentences = paragraph.children.filter((child) => child.type === 'SentenceNode');
      const forms = sentences.map(wordForms);
      for (const index of indexes) {
        for (const [k, sentence] of sentences.entries()) collect(sentence, index, forms[k]![index.allowApostrophes ? 1 : 0], matchesById);
      }
      for (const { pattern, matches } of matchesById.values()) {
        if (!binary && pattern.type === 'or') basic(matches, pattern, file);
        else if (pattern.type === 'or') or(matches, pattern, file);
        else basic(matches, pattern, file);
      }
    }
  };
}

/**
 * Each word's two normalisations (nlcst-normalize's without and with apostrophes) by its place among the sentence's
 * children, computed once for both indexes: the one without apostrophes is the other with them removed.
 */
function wordForms(sentence: Sentence): readonly [string[], string[]] {
  const plain: string[] = [];
  const withApostrophes: string[] = [];
  const { children } = sentence;
  for (let position = 0; position < children.length; position++) {
    const node = children[position]!;
    if (node.type !== 'WordNode') continue;
    // nlcst-normalize's steps (lower case, curly apostrophes straightened, hyphens dropped), each only when it applies.
    let form = toString(node).toLowerCase();
    if (form.includes('’')) form = form.replace(/’/g, "'");
    if (form.includes('-')) form = form.replace(/-/g, '');
    withApostrophes[position] = form;
    plain[position] = form.includes("'") ? form.replace(/'/g, '') : form;
  }
  return [plain, withApostrophes];
}

function collect(
  sentence: Sentence,
  index: PhraseIndex,
  normalised: readonly string[],
  matchesById: Map<string, { pattern: Pattern; matches: Match[] }>,
): void {
  const siblings = sentence.children;
  for (let position = 0; position < siblings.length; position++) {
    const node = siblings[position]!;
    if (node.type !== 'WordNode') continue;
    const candidates = index.byFirst.get(normalised[position]!);
    if (!candidates || isLiteral(sentence, position)) continue;
    for (const phrase of candidates) {
      const nodes = matchAt(siblings, position, phrase, normalised);
      if (!nodes || (phrase.caseSensitive && toString(nodes) !== phrase.text)) continue;
      let entry = matchesById.get(phrase.pattern.id);
      if (!entry) matchesById.set(phrase.pattern.id, (entry = { pattern: phrase.pattern, matches: [] }));
      entry.matches.push({
        type: phrase.pattern.inconsiderate[phrase.text]!,
        parent: sentence,
        nodes,
        start: position,
        end: position + nodes.length - 1,
      });
    }
  }
}

function basic(matches: Match[], pattern: Pattern, file: VFile): void {
  for (const match of matches) warn(file, match, pattern);
}

/** An "or" pattern ("he or she") is fine when both of its sides stand together, joined by and/or or a slash. */
function or(matches: Match[], pattern: Pattern, file: VFile): void {
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!;
    const next = matches[index + 1];
    if (next && next.parent === match.parent && next.type !== match.type) {
      const siblings = match.parent.children as RootContent[];
      let start = match.end;
      while (++start < next.start) {
        const sibling = siblings[start]!;
        if (
          sibling.type === 'WhiteSpaceNode' ||
          (sibling.type === 'WordNode' && /(and|or)/.test(normalize(sibling))) ||
          (sibling.type === 'PunctuationNode' && normalize(sibling) === '/')
        )
          continue;
        break;
      }
      if (start === next.start) {
        index++;
        continue;
      }
    }
    warn(file, match, pattern);
  }
}

function warn(file: VFile, match: Match, pattern: Pattern): void {
  const actual = toString(match.nodes);
  let expected: string[] | undefined;
  if (pattern.considerate) {
    expected = Object.keys(pattern.considerate);
    // Suggestions take the capital of what they replace.
    if (actual.charAt(0).toUpperCase() === actual.charAt(0))
      expected = expected.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  }
  const start = pointStart(match.nodes[0]);
  const end = pointEnd(match.nodes[match.nodes.length - 1]);
  const message = file.message(
    `Unexpected potentially insensitive use of ${quotation(actual, '`')}${pattern.condition ? `, ${pattern.condition}` : ''}, ${
      expected ? `in some cases ${quotation(expected, '`').join(', ')} may be better` : 'try not to use it'
    }`,
    { ancestors: [match.parent], place: start && end ? { start, end } : undefined, ruleId: pattern.id, source: 'retext-equality' },
  );
  message.actual = actual;
  message.expected = expected;
  message.note = pattern.note;
  message.url = 'https://github.com/retextjs/retext-equality#readme';
}
