// The common shape of a rule, once: for each clause, an action (a verb concept) on a topic (a phrase concept a
// few words after the verb) that the clause allows or requires is flagged, and the rewrite makes it a
// prohibition. A rule of this shape needs no code: it is a YAML file in rules/data/ (see rules/lexicon/README.md).
import { affirmsAt, insideException } from '../../core/analysis/clause.ts';
import { defineRule, type Rule } from '../../core/rules/api.ts';
import type { DataRuleSpec } from '../lexicon/compile.ts';
import type { ConceptId } from '../lexicon/lexicon.generated.ts';
import { conceptPhrases, conceptVerbs } from './lexicon.ts';
import type { Clause } from '../../core/analysis/clause.ts';
import { actionVerbs, type ActionMatch, reportAction } from './match.ts';
import { isDisclaimed } from './topics.ts';

export function dataRule(spec: DataRuleSpec): Rule {
  const action = conceptVerbs(spec.action as ConceptId);
  const topic = conceptPhrases(spec.about as ConceptId);
  const find = (clause: Clause): ActionMatch | undefined => {
    const words = clause.sentence.words;
    for (const verb of actionVerbs(clause, action)) {
      if (insideException(clause, verb)) continue;
      const found = topic(words, verb + 1, Math.min(clause.to, verb + 1 + spec.reach));
      if (!found || isDisclaimed(words, verb + 1, found.start) || !affirmsAt(clause, verb)) continue;
      return { verb, base: action.get(words[verb]!.lower)!, start: verb, end: found.end };
    }
    return undefined;
  };
  return defineRule({
    meta: {
      id: spec.id,
      category: spec.category,
      severity: spec.severity,
      description: spec.description,
      messages: { action: spec.reason },
      url: `rules/docs/${spec.id}.md`,
      citations: [],
    },
    docs: { rationale: spec.rationale, compliant: [], modelClause: spec.model },
    sentence(context) {
      for (const clause of context.clauses) {
        const match = find(clause);
        if (match) reportAction(context, clause, match, 'action', spec.model);
      }
    },
    examples: { flagged: spec.flagged.map((text) => ({ text })), accepted: spec.accepted.map((text) => ({ text })) },
  });
}
