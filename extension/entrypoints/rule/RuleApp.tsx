// The rule documentation page that Explain opens: the same sections as rules/docs/<id>.md, from the rule module.
import { useEffect } from 'react';
import type { DocSection } from '../../../rules/docs.ts';
import { ruleDocs } from '../../../rules/pack-docs.ts';
import { ruleMeta } from '../../../rules/pack-meta.ts';
import { categoryLabels, severityLabels } from '../../lib/categories.ts';
import { SeverityIcon } from '../../components/icons.tsx';

export function RuleApp({ ruleId }: { ruleId: string }) {
  const meta = ruleMeta.find((candidate) => candidate.id === ruleId);
  useEffect(() => {
    document.title = meta ? `${meta.id} · trustlint` : 'Unknown rule · trustlint';
  }, [meta]);
  if (!meta) {
    return (
      <main className="rule-page">
        <h1 className="rule-title">Unknown rule</h1>
        <p role="alert">
          trustlint has no rule named “{ruleId}”. The rules are: {ruleMeta.map((candidate) => candidate.id).join(', ')}.
        </p>
      </main>
    );
  }
  return (
    <main className="rule-page">
      <header>
        <p className="rule-kicker">trustlint rule</p>
        <h1 className="rule-title">{meta.id}</h1>
        <p className="rule-facts">
          <span className="fact">
            <SeverityIcon severity={meta.severity} /> {severityLabels[meta.severity]} by default
          </span>
          <span className="fact">{categoryLabels[meta.category] ?? meta.category}</span>
          {meta.kinds ? <span className="fact">Applies to: {meta.kinds.join(', ')}</span> : null}
        </p>
        <p className="rule-description">{meta.description}</p>
      </header>
      {(ruleDocs[meta.id] ?? []).map((section) => (
        <section key={section.heading} aria-labelledby={headingId(section)}>
          <h2 id={headingId(section)}>{section.heading}</h2>
          <SectionBody section={section} />
        </section>
      ))}
    </main>
  );
}

const headingId = (section: DocSection) => `section-${section.heading.toLowerCase().replace(/\W+/g, '-')}`;

function SectionBody({ section }: { section: DocSection }) {
  switch (section.type) {
    case 'text':
      return <p>{section.text}</p>;
    case 'quote':
      return <blockquote>{section.text}</blockquote>;
    case 'list':
      return (
        <ul>
          {section.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'examples':
      return (
        <ul className={`examples ${section.heading === 'Flagged' ? 'flagged' : 'accepted'}`}>
          {section.examples.map((example) => (
            <li key={example.text}>
              <q className="example">{example.text}</q>
              {example.output ? (
                <span className="fixed">
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden">suggested: </span>
                  <q className="example">{example.output}</q>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      );
  }
}
