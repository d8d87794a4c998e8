// What the trust-policy pack lends the clause reader: the legal knowledge of which exceptions keep a
// prohibition intact and what a citation of law looks like, and the verbs that open an instruction.
import type { ClauseVocabulary } from '../core/analysis/clause.ts';
import { conceptVerbs, conceptWords } from './lib/lexicon.ts';

// Exceptions that confine a prohibition to criminal matters: status as an element of the crime, trafficking,
// smuggling, a judicial warrant or order. "…unless it is such an element" points back to an element of the crime
// named in the sentence before; "except under that same exception" points back to one stated (and judged) in an
// earlier clause.
// A duty imposed by law, a suspect description from credible information linking a specific person to a specific
// crime, and contact only to report a crime, as anyone may, are narrow too.
const NARROW_EXCEPTION =
  /\belements?\b.{0,40}\b(?:crime|offen[cs]e|violation|charge)|\bsuch an? element\b|\b(?:human )?trafficking\b|\bsmuggling\b|\bjudicial (?:warrant|order)|\bsigned by a (?:judge|magistrate)|\bcourt order|\b(?:judge|magistrate|court)\b.{0,30}\b(?:warrants?|orders?|ordered|requires?|required)\b|\b(?:warrant|order)\b.{0,30}\b(?:judge|magistrate)\b|\b(?:required|mandated|compelled) by (?:(?:federal|state|applicable)(?: (?:or|and) (?:federal|state))? )?laws?\b|\blegally (?:necessary|required|mandated|compelled)\b|\bcredible (?:information|description)\b|\bspecific (?:person|persons|suspect|suspects|individual)\b.{0,40}\bspecific (?:crime|crimes|offen[cs]es?|incident)\b|\b(?:suspect'?s?|specific) description\b|\bcriminal (?:warrant|investigation)|\b(?:court|judicial) subpoenas?\b|\b(?:laws?|regulations?|statutes?|judicial decisions?|court decisions?)\b[^.;]{0,40}\brequires?\b|\b(?:that|the|this) same exception\b|\bas (?:a |any )?(?:other )?members? of the (?:general )?public\b|\bas any (?:other )?(?:person|resident|citizen|victim) (?:could|would|might|may)\b|\bto report an? (?:crime|criminal (?:act|offen[cs]e))\b|\bsame (?:terms|rules|access) as (?:the )?(?:general )?public\b|\b(?:consents?|agrees?) in writing\b|\bwritten consent\b|\b(?:life|lives|safety)\b[^.;]{0,30}\b(?:danger|threat|risk)\b|\bemergenc(?:y|ies)\b|\bexigent\b|\bimminent (?:danger|threat|harm)\b/;

// A sentence opening with a statute citation: "A.R.S. § 11-1051(B) directs…", "8 U.S.C. § 1373 provides…",
// "Section 287(g) of the Act, as amended, authorizes…" (but not "Section 4.2 of this order requires…").
const LAW_CITATION =
  /^[\s*_]*(?:(?:Section|Sec\.|§)\s*\d[\w().-]*[\s,](?![\s,]*of this\b)|(?:(?:[A-Z][\w.]*|\d+)\s+){0,4}(?:§|U\.S\.C\.|C\.F\.R\.|(?:Code|Act|Statutes?|Stat\.)\s+(?:§|sec|section|ch|chapter|art|\d)))/;

export const CLAUSE_VOCABULARY: ClauseVocabulary = {
  imperativeVerbs: new Set([...conceptWords('instruction-verbs'), ...conceptVerbs('inquiry').values()]),
  narrowException: NARROW_EXCEPTION,
  lawCitation: LAW_CITATION,
};
