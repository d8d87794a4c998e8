import { affirmsAt, type Clause } from '../core/analysis/clause.ts';
import type { Token } from '../core/analysis/sentences.ts';
import { defineRule, type Edit } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { spanText, type SpanText } from './lib/span-text.ts';
import { prohibitionEdit } from './lib/suggest.ts';
import { canNegateInPlace, clauseForVerb } from './lib/verb-clause.ts';
import { phrase } from './lib/words.ts';
import { conceptPhrases, conceptVerbs } from './lib/lexicon.ts';

/** Verbs of choosing or using a person to interpret. */
const SOURCING = conceptVerbs('interpreter-sourcing');
const languageKnowledge = conceptPhrases('language-knowledge');

const TOPIC_WORDS = /interpret|translat|english|lep$|language|^speaks?$/;

// People who must not serve as interpreters.
const AD_HOC =
  /\b(?:child|children|minors?|kids?|sons?|daughters?|juveniles?|teen(?:ager)?s?|family(?: members?)?|relatives?|spouses?|husbands?|wives|wife|partners?|parents?|siblings?|brothers?|sisters?|cousins?|neighbou?rs?|household members?|members? of the household|bystanders?|passers-?by|passersby|onlookers?|friends?|acquaintances?|co-?workers?|(?:alleged )?(?:abusers?|batterers?|perpetrators?|offenders?|suspects?|aggressors?)|(?:ice|immigration|border patrol|homeland security|federal immigration) (?:agents?|officers?|officials?|personnel)|(?:other )?(?:inmates?|detainees?|passengers?|occupants?|arrestees?|customers?|strangers?|patrons?)|anyone (?:present|nearby|at the scene)|whoever is (?:present|available|nearby)|(?:other )?(?:individuals?|persons?|people|civilians?) (?:who are )?(?:present (?:at|on) (?:the|a) scene|at (?:the|a) scene|present))\b/g;
// Interpreters named by what they lack: "non-certified sources of interpretation", "informal interpreters".
const UNQUALIFIED = /\b(?:non-?certified|uncertified|unqualified|untrained|informal|ad hoc|ad-hoc|unofficial|volunteer|lay)\b/;
const AIDED = /\b(?:help|assistance|aid) (?:of|from)\b|\b(?:through|via)\b/;
const BILINGUAL = /\b(?:bilingual|spanish-speaking|english-speaking|multilingual|english speaking)\b/;
const SPEAKS_BOTH = /^(?:who |that )?(?:speaks?|knows?) (?:both languages|(?:\S+ and )?english|the (?:victim's |caller's )?language)\b/;
const INTERPRETING = /^(?:interpret\w*|translat\w*)$/;
// Words that may sit between the person and the interpreting: "use a neighbor to interpret", "serve as interpreters".
const LINKING = new Set([
  'to',
  'as',
  'an',
  'a',
  'the',
  'may',
  'can',
  'could',
  'will',
  'shall',
  'should',
  'serve',
  'act',
  'be',
  'used',
  'asked',
  'for',
  'help',
  'assist',
  'ad',
  'hoc',
  'ad-hoc',
  'informal',
  'informally',
  'sometimes',
  'also',
  'temporarily',
  'briefly',
  'requested',
  'allowed',
  'permitted',
  'with',
  'in',
  'providing',
  'provide',
  'do',
]);
const EMERGENCY = /\b(?:emergenc\w*|exigent|immediate (?:danger|threat|risk)|life[- ]threatening|imminent)\b/;

// "…shall be taken in the English language, and in no other language": an official-language ordinance's exclusivity.
const ENGLISH_ONLY =
  /\b(?:english[- ]only|only in (?:the )?english(?: language)?|(?:solely|exclusively|only) (?:in )?(?:the )?english(?: language)?|in (?:the )?english(?: language)? only|in (?:the )?english(?: language)?,? and in no other language)\b/g;
const IN_ENGLISH = /\bin english\b/g;
// Things the public gives or fills in, as opposed to officers' own reports.
const PUBLIC_SIDE =
  /\b(?:statements?|complaints?|forms?|applications?|requests?|interviews?|victims?|witnesses?|callers?|residents?|complainants?|applicants?|persons?|people|public|members of the public|community|calls?|affidavits?|declarations?|questions?)\b/;

const LIMITED_ENGLISH =
  /\b(?:(?:do|does|did|can|could) not (?:speak|understand|read) (?:[^ ]+ )?english|(?:don't|doesn't|cannot|can't) (?:speak|understand|read) (?:[^ ]+ )?english|unable to (?:speak|understand|read) english|(?:speak|speaks|spoke) (?:only|little|no) english|(?:speak|speaks) only (?!english)[^ ]+|limited english|non-english|lep|english is not|(?:languages?|anything) other than english|(?:a |any )?(?:foreign|other) languages?)\b/;
const SERVICE_DENIED =
  /\b(?:(?:told|asked|instructed|directed|required) to (?:(?:call|come) back|leave a (?:message|voicemail)|find (?:someone|somebody|a (?:friend|relative)) (?:who|that) speaks)|(?:transfer|send|rout|forward|direct|refer|pass|switch)\w* (?:[^ ]+ ){0,3}to (?:a |an |the )?(?:voice ?mail|recorded message|recording|answering machine|message line|mailbox)|(?:not|never|no longer) (?:be )?(?:accept|accepted|take|taken|respond|responded|assist|assisted|help|helped|serve|served|process|processed|investigate|investigated|answer|answered|handle|handled|dispatch|dispatched|record|recorded)|refus\w*|declin\w*|den(?:y|ies|ied)|turn\w* (?:[^ ]+ )?away|reject\w*|disconnect\w*|hang up|hung up|(?:end|ends|ended|terminate|terminates|terminated) (?:the )?(?:call|conversation|interview))\b/g;
const OWN_INTERPRETER =
  /\b(?:bring|provide|find|arrange|supply|obtain|pay for)\w* (?:their|his|her|your|his or her) own (?:interpreters?|translators?)\b/g;
const INTERPRETER_FEE =
  /\b(?:pay|pays|paid|charged?|fees?|costs?|bill(?:ed)?|reimburse\w*) (?:[^ ]+ ){0,4}(?:interpret\w*|translat\w*)|(?:interpret\w*|translat\w*) (?:[^ ]+ ){0,5}(?:at (?:the|their|his|her|your) (?:own )?(?:expense|cost)|for a fee|charged|billed)\b/g;

type Barrier = 'ad-hoc' | 'english-only' | 'refusal' | 'cost';

const REASONS: Record<Barrier, string> = {
  'ad-hoc':
    'Children, relatives, bystanders, the alleged abuser and immigration agents are not qualified or neutral interpreters: victims stay silent and statements come out wrong.',
  'english-only': 'Requiring English shuts out people with limited English proficiency from reporting crime and giving statements.',
  refusal: 'Refusing service to people who do not speak English denies them police protection; the department must provide an interpreter.',
  cost: 'Interpreters must be free to the person; a cost keeps people with limited English proficiency from calling.',
};

const MODEL =
  'Members shall use a qualified interpreter, free of charge to the person, for every contact with a person with limited English proficiency; children, family members, bystanders, the alleged offender and immigration agents shall not be used as interpreters, except briefly in an emergency until a qualified interpreter is available. Vital forms and notices shall be translated.';

export default defineRule({
  meta: {
    id: 'language-access',
    category: 'language-access',
    severity: 'error',
    description:
      'Children, family, bystanders, the alleged abuser or immigration agents as interpreters; English-only statements, forms or reports; refusing service or charging for interpreters.',
    messages: REASONS,
    url: 'rules/docs/language-access.md',
    coversItems: true,
    citations: [citations.languageAccess, citations.caValuesAct, citations.sfGo515],
  },
  docs: {
    rationale:
      'A resident who cannot make themselves understood cannot report a crime. Using a child or the alleged abuser to interpret silences victims and garbles evidence; immigration agents as interpreters turn a call for help into an immigration contact. Federal civil-rights law expects qualified interpreters at no cost and translated vital documents.',
    compliant: [
      'Officers shall obtain a qualified interpreter for every interview with a person with limited English proficiency.',
      'Members shall not use children or family members as interpreters, except briefly in an emergency.',
      'Complaint forms are available in every language spoken in the county, and interpreters are free.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    const { sentence } = context;
    const words = sentence.words;
    if (!words.some((word) => TOPIC_WORDS.test(word.lower))) return;
    const whole = phrase(words, 0, words.length);
    // An emergency excuses an ad-hoc interpreter; a refusal of service matters only to people with limited English.
    const emergency = EMERGENCY.test(whole);
    const limitedEnglish = LIMITED_ENGLISH.test(whole);
    for (const clause of context.clauses) {
      const text = spanText(words, clause.from, clause.to);
      const found =
        (emergency ? undefined : findAdHoc(clause, words, text, limitedEnglish)) ??
        findEnglishOnly(clause, text) ??
        (limitedEnglish ? findRefusal(clause, words, text) : undefined) ??
        findCost(clause, text);
      if (!found) continue;
      context.report({
        start: words[found.from]!.start,
        end: words[found.to - 1]!.end,
        messageId: found.barrier,
        note: MODEL,
        suggestions: found.edit ? [found.edit] : [],
      });
    }
  },
  examples: {
    flagged: [
      {
        text: 'Officers who arrive at a call where the victim speaks only Spanish are to rely on whichever bystander speaks both languages to interpret.',
        output:
          'Officers who arrive at a call where the victim speaks only Spanish are not to rely on whichever bystander speaks both languages to interpret.',
      },
      {
        text: 'Deputies may ask a neighbor to interpret when the language line is busy.',
        output: 'Deputies shall not ask a neighbor to interpret when the language line is busy.',
      },
      {
        text: 'Family members can serve as interpreters during domestic violence calls.',
        output: 'Family members shall not serve as interpreters during domestic violence calls.',
      },
    ],
    accepted: [
      {
        text: 'Officers who arrive at a call where the victim speaks only Spanish are to request a qualified interpreter and are not to use bystanders.',
      },
      { text: 'Officers shall rely on the dispatcher, who speaks both languages, only to schedule a certified interpreter.' },
      { text: 'Officers shall not use minors or relatives as interpreters.' },
    ],
  },
});

interface Found {
  barrier: Barrier;
  from: number;
  to: number;
  edit?: Edit;
}

// The people who need the language help, as a subject: "Non-English speakers often rely on relatives to translate".
const LANGUAGE_PUBLIC = /\b(?:speakers?|residents?|immigrants?|people|persons|families|callers|newcomers|they)\b/;

function findAdHoc(clause: Clause, words: readonly Token[], text: SpanText, limitedEnglish: boolean): Found | undefined {
  for (const person of text.matches(AD_HOC)) {
    // Without a modal, what the public does on its own is a description of need, not a practice of the department's.
    const opening = phrase(words, clause.from, Math.min(person.from, clause.from + 4));
    if (!clause.modal && (LANGUAGE_PUBLIC.test(opening) || LIMITED_ENGLISH.test(opening))) continue;
    if (/'s$/.test(words[person.to - 1]!.lower)) continue;
    // "rather than a relative", "not a family member": the person is the one not to use ("is not available, another
    // inmate…" ends its own phrase at the comma).
    if (
      /\b(?:not|never|no|instead of|rather than|other than)(?: \S+){0,2}$/.test(
        phrase(words, afterComma(clause, Math.max(clause.from, person.from - 4), person.from), person.from),
      )
    )
      continue;
    // "rather than rely on a bilingual passenger"
    if (/\b(?:instead of|rather than|other than)(?: \S+){0,4}$/.test(phrase(words, Math.max(clause.from, person.from - 7), person.from)))
      continue;
    let interpreting = interpretingAfter(clause, person.to);
    // "whether a neighbor or relative is home who can interpret": the person named by a relative clause.
    if (interpreting === -1) {
      const relative = words.findIndex(
        (word, index) => index >= person.to && index < Math.min(clause.to, person.to + 5) && /^(?:who|that)$/.test(word.lower),
      );
      if (relative !== -1) interpreting = interpretingAfter(clause, relative + 1);
    }
    // The person as the subject, whatever modifies it: "A relative of the victim may interpret", "An ICE
    // agent present at the scene may act as the interpreter".
    const subject = clause.subject;
    if (interpreting === -1 && subject && clause.modal && person.from >= subject.from && person.to <= subject.to)
      interpreting = interpretingAfter(clause, clause.modal.from);
    // "another inmate with knowledge of the language may be utilized": a person picked for their language, used in the passive.
    if (interpreting === -1 && subject && clause.modal && person.from >= subject.from && person.to <= subject.to) {
      const knows = languageKnowledge(words, person.to, Math.min(subject.to, person.to + 8))?.start === person.to;
      const used = clause.modal.to + (/^(?:be|been)$/.test(words[clause.modal.to]?.lower ?? '') ? 1 : 0);
      if (knows && used > clause.modal.to && SOURCING.has(words[used]?.lower ?? '')) interpreting = used;
    }
    // "conducted with the help of the victim's daughter" in a sentence about limited English: the person is the go-between.
    if (interpreting === -1 && limitedEnglish && AIDED.test(phrase(words, Math.max(clause.from, person.from - 5), person.from)))
      interpreting = person.from;
    // "rely on a bilingual passenger": a person chosen for speaking both languages is being used to interpret.
    const chooser = verbBefore(clause, Math.max(clause.from, person.from - 1));
    // …or described after the noun: "whichever bystander speaks both languages".
    const bilingual =
      BILINGUAL.test(phrase(words, Math.max(clause.from, person.from - 2), person.from)) ||
      SPEAKS_BOTH.test(phrase(words, person.to, Math.min(clause.to, person.to + 5)));
    if (interpreting === -1 && bilingual && chooser < person.from - 1) interpreting = chooser;
    // "placed on hold until an English-speaking family member can come to the phone": waiting for a relative to speak for the caller.
    if (interpreting === -1 && bilingual && /\buntil\b/.test(phrase(words, Math.max(clause.from, person.from - 4), person.from)))
      interpreting = person.from;
    // "use discretion with non-certified sources of interpretation, such as family members or children": the
    // people are named as examples of the interpreters the sentence lets members use.
    if (interpreting === -1 && person.from - 2 >= clause.from && /^such as$/.test(phrase(words, person.from - 2, person.from))) {
      const named = words.findLastIndex(
        (word, index) => index >= Math.max(clause.from, person.from - 8) && index < person.from - 2 && INTERPRETING.test(word.lower),
      );
      if (named !== -1 && UNQUALIFIED.test(phrase(words, Math.max(clause.from, named - 4), named))) {
        const own = clauseForVerb(clause, named);
        if (!affirmsAt(own, named)) continue;
        return { barrier: 'ad-hoc', from: own.modal ? own.modal.to : named, to: person.to, edit: prohibitOrModel(own, named) };
      }
    }
    if (interpreting === -1) continue;
    const own = clauseForVerb(clause, interpreting);
    const using = verbBefore(own, person.from);
    // The verb that takes the person is read too: "Members using a child as an interpreter shall be counseled".
    if (!affirmsAt(own, interpreting) || (using > own.from && !affirmsAt(own, using))) continue;
    return {
      barrier: 'ad-hoc',
      from: Math.max(clause.from, using),
      to: interpreting + 1,
      edit: prohibitOrModel(own, interpreting),
    };
  }
  return undefined;
}

/** What can be given in translation: "English-only forms" become "translated forms". */
const TRANSLATABLE =
  /^(?:forms?|documents?|notices?|materials?|signs?|signage|brochures?|pamphlets?|flyers?|handouts?|applications?|instructions?|letters?|information|messages?|recordings?|websites?|pages?|statements?|warnings?|advisements?)$/;

function findEnglishOnly(clause: Clause, text: SpanText): Found | undefined {
  const words = clause.sentence.words;
  let match = text.first(ENGLISH_ONLY);
  if (!match) {
    const plain = text.first(IN_ENGLISH);
    // "in English" alone counts only for what the public gives (not officers' own reports).
    if (!plain || !PUBLIC_SIDE.test(text.text) || clause.modality === 'permission') return undefined;
    match = plain;
  }
  // "Drivers who cannot answer questions in English" describes limited English; it requires nothing.
  if (
    /\b(?:cannot|can't|unable|not able|(?:do|does|did) not|don't|doesn't)\b(?: \S+){0,4}$/.test(
      phrase(words, Math.max(clause.from, match.from - 6), match.from),
    )
  )
    return undefined;
  // "A person who speaks only the English language" says what a person speaks; "who is not fluent in English" how well.
  if (
    /^(?:speak|speaks|spoke|speaking|understand|understands|read|reads|know|knows|fluent|proficient|literate|conversant|competent|comfortable)$/.test(
      words[match.from - 1]?.lower ?? '',
    )
  )
    return undefined;
  // "in English, Spanish and Somali" lists languages; it restricts nothing.
  if (/^\s*(?:,|\/|and\b|or\b)/i.test(clause.sentence.block.text.slice(words[match.to - 1]!.end))) return undefined;
  if (!affirmsAt(clauseForVerb(clause, match.from), match.from)) return undefined;
  const adjective = /^english[- ]only$/.test(match.text);
  const block = clause.sentence.block.text;
  const start = words[match.from]!.start;
  const end = words[match.to - 1]!.end;
  // "in English only" → "in the person’s preferred language"; "English-only forms" → "translated forms".
  const withPreposition =
    !adjective && !/^in\b/.test(match.text) && /\bin $/.test(block.slice(0, start)) ? block.lastIndexOf('in ', start) : start;
  // "an English-only form" → "a translated form": the article goes with the new word.
  const article = adjective ? /\b(an) $/i.exec(block.slice(Math.max(0, start - 4), start)) : null;
  // "English-only forms" can be translated; an "English-only rule" or "policy" has no translated counterpart.
  const noun = match.to < clause.to ? words[match.to]!.lower : undefined;
  if (adjective && noun !== undefined && !/^(?:and|or|for|in|at|to|by|with|except|unless)$/.test(noun) && !TRANSLATABLE.test(noun))
    return { barrier: 'english-only', from: match.from, to: match.to };
  return {
    barrier: 'english-only',
    from: match.from,
    to: match.to,
    edit: {
      title: 'Use the person’s language',
      start: article ? start - article[0].length : withPreposition,
      end,
      // An ordinance's "…, and in no other language" is about the county's own records and acts, not one person.
      text: adjective
        ? `${article ? `${article[1] === 'An' ? 'A' : 'a'} ` : ''}translated`
        : /no other language$/.test(match.text)
          ? 'in English and in the other languages residents speak'
          : 'in the person’s preferred language',
    },
  };
}

function findRefusal(clause: Clause, words: readonly Token[], text: SpanText): Found | undefined {
  for (const denial of text.matches(SERVICE_DENIED)) {
    const negationBased = /^(?:not|never|no longer)\b/.test(denial.text);
    if (negationBased) {
      // "…will not be taken": the refusal itself; flip it.
      if (clause.frame && !clause.modal && clause.frame.negated) continue;
      const block = clause.sentence.block.text;
      const start = words[denial.from]!.start;
      const end = words[denial.to - 1]!.end;
      const positive = block.slice(start, end).replace(/^(?:not|never|no longer)\s+/i, '');
      return {
        barrier: 'refusal',
        from: denial.from,
        to: denial.to,
        edit: {
          title: 'Serve the person with an interpreter',
          start,
          end,
          // The insert is set off by commas unless it ends the clause ("does accept, with …, statements").
          text: `${positive}, with a qualified interpreter at no cost,`.replace(
            /,$/,
            denial.to >= clause.to && clause.to === words.length ? '' : ',',
          ),
        },
      };
    }
    // "shall refuse to take reports": the refusing verb is the barrier here, not a negation of the clause.
    const refusing = clause.negations.includes(denial.from);
    // "No member shall refuse…": a negation before the refusing verb still forbids it.
    const others = clause.negations.filter((index) => index !== denial.from);
    const unrefused = refusing ? { ...clause, negated: others.some((index) => index < denial.from), negations: others } : clause;
    const own = clauseForVerb(unrefused, denial.from);
    // "will be told to call back": a passive whose actor is the department, whoever the subject is.
    const sentAway = /^(?:told|asked|instructed|directed|required)\b/.test(denial.text);
    if (!affirmsAt(own, denial.from) || (!sentAway && !isServiceActor(words, clause.from, denial.from))) continue;
    return { barrier: 'refusal', from: denial.from, to: denial.to, edit: prohibitOrModel(own, denial.from) };
  }
  return undefined;
}

function findCost(clause: Clause, text: SpanText): Found | undefined {
  const match = text.first(OWN_INTERPRETER) ?? text.first(INTERPRETER_FEE);
  if (!match) return undefined;
  if (/\b(?:no|free|without|not)\b/.test(text.text)) return undefined;
  const own = clauseForVerb(clause, match.from);
  if (!affirmsAt(own, match.from)) return undefined;
  const sentence = clause.sentence;
  return {
    barrier: 'cost',
    from: match.from,
    to: match.to,
    edit: {
      title: 'Replace with model wording',
      start: sentence.start,
      end: sentence.end,
      text: 'The Department provides a qualified interpreter at no cost to the person.',
    },
  };
}

/** The interpreting word reached from `from` over linking words only ("to interpret", "serve as interpreters"), or -1. */
function interpretingAfter(clause: Clause, from: number): number {
  const words = clause.sentence.words;
  for (let i = from; i < Math.min(clause.to, from + 6); i++) {
    if (INTERPRETING.test(words[i]!.lower)) return i;
    if (!LINKING.has(words[i]!.lower)) return -1;
  }
  return -1;
}

/** The first word of [from, to) after the last comma in that range, or `from`. */
function afterComma(clause: Clause, from: number, to: number): number {
  const { words, text, start } = clause.sentence;
  let first = from;
  for (let i = from + 1; i < to; i++) if (text.slice(words[i - 1]!.end - start, words[i]!.start - start).includes(',')) first = i;
  return first;
}

/** The verb that introduces the person ("ask a neighbor", "use children"), when it is close before. */
function verbBefore(clause: Clause, person: number): number {
  const words = clause.sentence.words;
  for (let i = person - 1; i >= Math.max(clause.from, person - 3); i--) {
    if (SOURCING.has(words[i]!.lower)) return i;
  }
  return person;
}

/** A refusing verb is the department's act, not the person's ("the suspect refused to answer"). */
function isServiceActor(words: readonly Token[], from: number, verb: number): boolean {
  const before = phrase(words, from, verb);
  return (
    !/\b(?:suspects?|victims?|witness(?:es)?|callers?|persons?|people|residents?|drivers?|he|she|they)\b/.test(before) ||
    /\b(?:officers?|members?|deputies|dispatchers?|call-takers?|department|staff|personnel)\b/.test(before)
  );
}

/** The prohibition written into the clause where its verb group allows, else the model clause. */
function prohibitOrModel(clause: Clause, index: number): Edit | undefined {
  const words = clause.sentence.words;
  const edit = canNegateInPlace(clause) ? prohibitionEdit(clause, index, words[index]!.lower, { aboutLanguage: true }) : undefined;
  const sentence = clause.sentence;
  // A list item keeps its list's grammar, and a heading is never rewritten: no whole model sentence goes there.
  if (edit || (clause.frame && !clause.modal) || sentence.block.kind === 'heading') return edit;
  return { title: 'Replace with model wording', start: sentence.start, end: sentence.end, text: MODEL };
}
