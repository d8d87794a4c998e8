// Reads the lexicon's YAML files (and the data rules, rules/data/*.yml), checks them against the schema described in rules/lexicon/README.md and
// renders the generated module the pack imports. Used by `npm run lexicon` and by the test that keeps the
// generated module current; never at run time (the CLI and the extension import the generated module).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';

export const CONCEPT_KINDS = ['phrases', 'verbs', 'words', 'replacements'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export interface ConceptData {
  kind: ConceptKind;
  description: string;
  example: string;
  entries: string[];
  /** For `replacements`: each entry (a term) → the words that replace it, the preferred first. */
  replacements?: Record<string, string[]>;
}

/** Language code → concept id → the concept as that language's files define it. */
export type LexiconData = Record<string, Record<string, ConceptData>>;

/**
 * A rule that is only data: a clause that allows or requires an action (a verb concept) on a topic (a phrase
 * concept found a few words after the verb) is flagged, and the rewrite turns it into a prohibition.
 */
export interface DataRuleSpec {
  id: string;
  category: string;
  severity: 'error' | 'warning' | 'info';
  description: string;
  /** Why the language matters: the rule's doc page and Explain page show it. */
  rationale: string;
  /** The finding's message. */
  reason: string;
  /** The model clause offered with each finding. */
  model: string;
  /** A verb concept: the action. */
  action: string;
  /** A phrase concept: what the action is about, within `reach` words after the verb. */
  about: string;
  reach: number;
  /** Sentences the rule must flag and sentences it must accept. */
  flagged: string[];
  accepted: string[];
}

export interface LexiconFile {
  /** Path relative to the project root, e.g. rules/lexicon/en/status.yml; its folder names the language. */
  path: string;
  text: string;
}

/** A lexicon file that breaks the schema: the message names the file, the line and what is wrong. */
export class LexiconError extends Error {
  override name = 'LexiconError';
}

const CONCEPT_ID = /^[a-z][a-z0-9-]*$/;
const LANGUAGE = /^[a-z]{2,3}$/;
/** A single word as verbs and words lists hold it: lower case, no phrase notation. */
const SINGLE_WORD = /^[^\s|?=*A-Z]+$/;

const SEVERITIES = ['error', 'warning', 'info'];
const DATA_RULE_FIELDS = [
  'id',
  'category',
  'severity',
  'description',
  'rationale',
  'reason',
  'model',
  'action',
  'about',
  'reach',
  'flagged',
  'accepted',
];

/** Reads data rules (rules/data/*.yml: a mapping with one key, "rule"), checking that their concepts exist and are of the right kind. */
export function compileDataRules(files: readonly LexiconFile[], lexicon: LexiconData): DataRuleSpec[] {
  const ids = new Set<string>();
  return [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => {
      const { document, fail } = parse(file);
      const root = document.contents;
      const rule = isMap(root) && root.items.length === 1 ? pairValue(root, 'rule') : undefined;
      if (!isMap(rule)) return fail(root, 'expected a mapping with one key, "rule"');
      for (const item of rule.items) {
        const key = isScalar(item.key) ? String(item.key.value) : '';
        if (!DATA_RULE_FIELDS.includes(key)) fail(item.key as Node, `unknown field "${key}" (expected ${DATA_RULE_FIELDS.join(', ')})`);
      }
      const text = (field: string): string => {
        const value = pairValue(rule, field);
        if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '')
          return fail(value ?? rule, `"${field}" must be text`);
        return value.value.trim();
      };
      const sentences = (field: string): string[] => {
        const value = pairValue(rule, field);
        if (!isSeq(value) || value.items.length === 0 || value.items.some((item) => !isScalar(item) || typeof item.value !== 'string'))
          return fail(value ?? rule, `"${field}" must be a non-empty list of sentences`);
        return value.items.map((item) => String((item as { value: string }).value));
      };
      const concept = (field: string, kind: ConceptKind): string => {
        const id = text(field);
        const found = Object.values(lexicon)
          .map((concepts) => concepts[id])
          .filter((candidate) => candidate !== undefined);
        if (found.length === 0) return fail(pairValue(rule, field), `"${field}": no concept "${id}" in the lexicon`);
        if (found.some((candidate) => candidate.kind !== kind))
          return fail(pairValue(rule, field), `"${field}": concept "${id}" must list ${kind}`);
        return id;
      };
      const id = text('id');
      if (!CONCEPT_ID.test(id)) fail(pairValue(rule, 'id'), `rule id "${id}" must be lower-case words joined by hyphens`);
      if (ids.has(id)) fail(pairValue(rule, 'id'), `rule "${id}" is defined twice`);
      ids.add(id);
      const severity = text('severity');
      if (!SEVERITIES.includes(severity)) fail(pairValue(rule, 'severity'), `"severity" must be one of ${SEVERITIES.join(', ')}`);
      const reachNode = pairValue(rule, 'reach');
      const reach = reachNode === undefined ? 8 : isScalar(reachNode) ? reachNode.value : undefined;
      if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 1 || reach > 20)
        fail(reachNode, '"reach" must be a whole number of words from 1 to 20');
      return {
        id,
        category: text('category'),
        severity: severity as DataRuleSpec['severity'],
        description: text('description'),
        rationale: text('rationale'),
        reason: text('reason'),
        model: text('model'),
        action: concept('action', 'verbs'),
        about: concept('about', 'phrases'),
        reach: reach as number,
        flagged: sentences('flagged'),
        accepted: sentences('accepted'),
      };
    });
}

export function compileLexicon(files: readonly LexiconFile[]): LexiconData {
  const lexicon: LexiconData = {};
  const definedIn = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const language = file.path.split('/').at(-2) ?? '';
    if (!LANGUAGE.test(language)) throw new LexiconError(`${file.path}: a lexicon file belongs in a folder named by its language (en, es)`);
    const concepts = (lexicon[language] ??= {});
    for (const [id, concept] of readFile(file)) {
      const key = `${language}:${id}`;
      if (definedIn.has(key)) throw new LexiconError(`${file.path}: concept "${id}" is already defined in ${definedIn.get(key)}`);
      definedIn.set(key, file.path);
      concepts[id] = concept;
    }
  }
  // A concept keeps one kind in every language: Spanish entries for "status" are phrases, as the English ones are.
  for (const [language, concepts] of Object.entries(lexicon)) {
    for (const [id, concept] of Object.entries(concepts)) {
      for (const [other, others] of Object.entries(lexicon)) {
        const twin = others[id];
        if (twin && twin.kind !== concept.kind)
          throw new LexiconError(
            `${definedIn.get(`${language}:${id}`)}: concept "${id}" lists ${concept.kind} here but ${twin.kind} in ${definedIn.get(`${other}:${id}`)}`,
          );
      }
    }
  }
  return lexicon;
}

function parse(file: LexiconFile) {
  const lines = new LineCounter();
  const document = parseDocument(file.text, { lineCounter: lines, prettyErrors: false });
  const at = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? file.path : `${file.path}:${lines.linePos(offset).line}`;
  };
  const fail = (node: Node | null | undefined, message: string): never => {
    throw new LexiconError(`${at(node)}: ${message}`);
  };
  const [error] = document.errors;
  if (error) throw new LexiconError(`${file.path}:${lines.linePos(error.pos[0]).line}: not valid YAML (${error.code})`);
  return { document, fail };
}

function readFile(file: LexiconFile): [string, ConceptData][] {
  const { document, fail } = parse(file);
  const root = document.contents;
  if (!isMap(root)) return fail(root, 'expected a mapping with one key, "concepts"');
  const concepts = pairValue(root, 'concepts');
  if (!isMap(concepts) || root.items.length !== 1) return fail(root, 'expected a mapping with one key, "concepts"');
  return concepts.items.map((pair): [string, ConceptData] => {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!CONCEPT_ID.test(id)) fail(pair.key as Node, `concept id "${id}" must be lower-case words joined by hyphens`);
    return [id, readConcept(id, pair, fail)];
  });
}

function readConcept(id: string, pair: Pair, fail: (node: Node | null | undefined, message: string) => never): ConceptData {
  const node = pair.value as Node | null;
  const where = `concept "${id}"`;
  if (!isMap(node)) return fail(pair.key as Node, `${where} must be a mapping with description, example and one list`);
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (key !== 'description' && key !== 'example' && !(CONCEPT_KINDS as readonly string[]).includes(key))
      fail(item.key as Node, `${where}: unknown field "${key}" (expected description, example and one of ${CONCEPT_KINDS.join(', ')})`);
  }
  const text = (field: string): string => {
    const value = pairValue(node, field);
    if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '')
      return fail(value ?? node, `${where}: "${field}" must be a sentence`);
    return value.value.trim();
  };
  const kinds = CONCEPT_KINDS.filter((kind) => pairValue(node, kind) !== undefined);
  if (kinds.length !== 1) return fail(node, `${where} must have exactly one of ${CONCEPT_KINDS.join(', ')}`);
  const kind = kinds[0]!;
  const list = pairValue(node, kind);
  if (kind === 'replacements')
    return { kind, description: text('description'), example: text('example'), ...readReplacements(where, list, fail) };
  if (!isSeq(list) || list.items.length === 0) return fail(list ?? node, `${where}: "${kind}" must be a non-empty list`);
  const entries: string[] = [];
  for (const [index, item] of list.items.entries()) {
    const value = isScalar(item) ? item.value : undefined;
    const entry = typeof value === 'string' ? value.trim() : '';
    const problem =
      entry === ''
        ? typeof value === 'boolean' || typeof value === 'number'
          ? 'is read by YAML as a value, not a word: put it in quotes'
          : 'must be a word or phrase'
        : kind === 'phrases'
          ? phraseProblem(entry)
          : wordProblem(entry);
    if (problem) fail(item as Node, `${where}: ${kind}[${index}] "${String(value)}" ${problem}`);
    if (entries.includes(entry)) fail(item as Node, `${where}: ${kind}[${index}] "${entry}" is listed twice`);
    entries.push(entry);
  }
  return { kind, description: text('description'), example: text('example'), entries };
}

/** `replacements`: a mapping from a term (plain lower-case words) to the list of words that replace it. */
function readReplacements(
  where: string,
  map: Node | undefined,
  fail: (node: Node | null | undefined, message: string) => never,
): { entries: string[]; replacements: Record<string, string[]> } {
  if (!isMap(map) || map.items.length === 0) return fail(map, `${where}: "replacements" must map each term to the words that replace it`);
  const replacements: Record<string, string[]> = {};
  for (const pair of map.items) {
    const term = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value.trim() : '';
    const words = term.split(' ');
    if (term === '' || words.some((word) => wordProblem(word) !== undefined))
      fail(pair.key as Node, `${where}: term "${term}" must be lower-case words without phrase notation`);
    if (Object.hasOwn(replacements, term)) fail(pair.key as Node, `${where}: term "${term}" is listed twice`);
    const value = pair.value as Node | null;
    if (
      !isSeq(value) ||
      value.items.length === 0 ||
      value.items.some((item) => !isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '')
    )
      fail(value ?? (pair.key as Node), `${where}: term "${term}" needs a list of replacements, the preferred first`);
    replacements[term] = (value as { items: { value: string }[] }).items.map((item) => item.value.trim());
  }
  return { entries: Object.keys(replacements), replacements };
}

function pairValue(map: { items: Pair[] }, key: string): Node | undefined {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair ? ((pair.value as Node | null) ?? undefined) : undefined;
}

function wordProblem(entry: string): string | undefined {
  return SINGLE_WORD.test(entry) ? undefined : 'must be one lower-case word (phrase notation belongs in a phrases list)';
}

/** What is wrong with a phrase pattern, if anything (the notation `phrases` in rules/lib/words.ts compiles). */
export function phraseProblem(pattern: string): string | undefined {
  const slots = pattern.split(/\s+/);
  if (slots.every((slot) => slot.startsWith('?'))) return 'has only optional words';
  if (slots[0] === '*' || slots[0] === '?*') return 'cannot open with *, which matches any word';
  for (const slot of slots) {
    const alternatives = (slot.startsWith('?') ? slot.slice(1) : slot).split('|');
    if (alternatives.some((alternative) => alternative === '' || alternative === '=')) return `has an empty alternative in "${slot}"`;
    if (alternatives.some((alternative) => alternative.slice(1).includes('?') || alternative.slice(1).includes('=')))
      return `puts ? or = inside a word in "${slot}" (? opens a slot, = opens an alternative)`;
    if (
      alternatives.some(
        (alternative) => alternative.slice(0, -1).includes('*') || (alternative.startsWith('=') && alternative.endsWith('*')),
      )
    )
      return `puts * inside a word in "${slot}" (* alone is any word; at the end of a lower-case word, any ending)`;
    if (alternatives.some((alternative) => !alternative.startsWith('=') && alternative !== alternative.toLowerCase()))
      return `has capitals in "${slot}": write words in lower case, or =Word to match only as written`;
  }
  return undefined;
}

/** The generated module: the data as a constant, and the concept ids as a type the rules are checked against. */
export function renderLexicon(lexicon: LexiconData, dataRules: readonly DataRuleSpec[]): string {
  const ids = [...new Set(Object.values(lexicon).flatMap((concepts) => Object.keys(concepts)))].sort();
  return [
    '// Generated by `npm run lexicon` from rules/lexicon/*/*.yml. Do not edit: edit the YAML and run it again.',
    "import type { DataRuleSpec, LexiconData } from './compile.ts';",
    '',
    `export type ConceptId = ${ids.map((id) => `'${id}'`).join(' | ')};`,
    '',
    `export const LEXICON: LexiconData = ${JSON.stringify(lexicon, null, 2)};`,
    '',
    `export const DATA_RULES: DataRuleSpec[] = ${JSON.stringify(dataRules, null, 2)};`,
    '',
  ].join('\n');
}
