import type { Token } from '../../core/analysis/sentences.ts';

const IRREGULAR: Record<string, string[]> = {
  hold: ['held'],
  keep: ['kept'],
  tell: ['told'],
  make: ['made'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  find: ['found'],
  send: ['sent'],
  bring: ['brought'],
  seek: ['sought'],
  show: ['shown'],
  let: [],
  put: [],
};

/** The inflected forms of a regular (or listed irregular) English verb: ask → asks, asked, asking. */
export function verbForms(base: string): string[] {
  const forms = new Set([base]);
  if (/[^aeiou]y$/.test(base)) {
    forms.add(base.slice(0, -1) + 'ies').add(base.slice(0, -1) + 'ied').add(base + 'ing');
  } else if (base.endsWith('e')) {
    forms.add(base + 's').add(base + 'd').add(base.slice(0, -1) + 'ing');
  } else {
    forms.add(/(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's');
    forms.add(base + 'ed').add(base + 'ing');
    // Stems ending consonant-vowel-consonant may double (stop → stopped, admit → admitted); the
    // undoubled spellings are kept too, since stress decides and a spare form costs nothing.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) forms.add(base + base.slice(-1) + 'ed').add(base + base.slice(-1) + 'ing');
  }
  for (const form of IRREGULAR[base] ?? []) forms.add(form);
  return [...forms];
}

/** A family of verbs (and fixed words) matched in any inflection: form → base. */
export function verbFamily(...bases: string[]): ReadonlyMap<string, string> {
  const family = new Map<string, string>();
  for (const base of bases) for (const form of verbForms(base)) family.set(form, base);
  return family;
}

/** Index of the first word in [from, to) that belongs to `family`, or -1. */
export function findWord(words: readonly Token[], family: ReadonlyMap<string, string> | ReadonlySet<string>, from: number, to: number): number {
  for (let i = from; i < to; i++) if (family.has(words[i]!.lower)) return i;
  return -1;
}

/** Lower-cased words of a range joined by single spaces, for phrase tests. */
export function phrase(words: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += (i > from ? ' ' : '') + words[i]!.lower;
  return out;
}
