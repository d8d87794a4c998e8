// Options: pause, default kind, rules and categories (off or a severity), allow list, per-site switches,
// clearing ignored findings.
import { useEffect, useState } from 'react';
import type { CategoryId, DocumentKind, SeveritySetting } from '../../../core/types.ts';
import { DOCUMENT_KINDS } from '../../../rules/document-kind.ts';
import { CATEGORY_IDS } from '../../../rules/categories.ts';
import { ruleMeta } from '../../../rules/pack-meta.ts';
import { categoryLabels, kindLabels } from '../../lib/categories.ts';
import { useSettings } from '../../components/useSettings.ts';
import { IGNORE_LIMITS, ignoredItem, loadIgnored, parseIgnored, type Settings } from '../../lib/settings.ts';

const choices: Array<{ value: SeveritySetting | ''; label: string }> = [
  { value: '', label: 'Default' },
  { value: 'off', label: 'Off' },
  { value: 'info', label: 'Info' },
  { value: 'warning', label: 'Warning' },
  { value: 'error', label: 'Error' },
];

function SettingSelect({
  id,
  label,
  settings,
  save,
}: {
  id: string;
  label: string;
  settings: Settings;
  save: ReturnType<typeof useSettings>[1];
}) {
  return (
    <select
      aria-label={label}
      value={settings.rules[id] ?? ''}
      onChange={(event) => {
        const value = event.target.value as SeveritySetting | '';
        save((current) => {
          const rules = { ...current.rules };
          if (value === '') delete rules[id];
          else rules[id] = value;
          return { ...current, rules };
        });
      }}
    >
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

export function OptionsApp() {
  const [settings, save] = useSettings();
  const [allowDraft, setAllowDraft] = useState<string | undefined>();
  if (!settings) return null;
  const categories = CATEGORY_IDS.filter((category) => ruleMeta.some((rule) => rule.category === category));
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  return (
    <main className="options">
      <h1 className="page-title">trustlint settings</h1>
      <p className="lede">Changes apply at once in every tab. Everything stays in this browser.</p>

      <section aria-labelledby="general">
        <h2 id="general">General</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(event) => {
              const chosen = event.target.checked;
              save((current) => ({ ...current, paused: chosen }));
            }}
          />
          Pause checking everywhere
        </label>
        <label className="field">
          <span>Default document kind</span>
          <select
            aria-label="Default document kind"
            value={settings.defaultKind}
            onChange={(event) => {
              const chosen = event.target.value as DocumentKind | 'auto';
              save((current) => ({ ...current, defaultKind: chosen }));
            }}
          >
            <option value="auto">Guess from the title</option>
            {DOCUMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section aria-labelledby="rules">
        <h2 id="rules">Rules</h2>
        <p className="hint">A setting on a category applies to all its rules; a rule's own setting wins.</p>
        {categories.map((category: CategoryId) => (
          <div className="category" key={category}>
            <div className="category-head">
              <h3>{categoryLabels[category]}</h3>
              <SettingSelect id={category} label={`Category ${categoryLabels[category]}`} settings={settings} save={save} />
            </div>
            <table>
              <tbody>
                {ruleMeta
                  .filter((rule) => rule.category === category)
                  .map((rule) => (
                    <tr key={rule.id}>
                      <td className="rule-name">
                        <code>{rule.id}</code>
                        <div className="description">{rule.description}</div>
                      </td>
                      <td className="rule-default">default: {rule.severity}</td>
                      <td>
                        <SettingSelect id={rule.id} label={`Rule ${rule.id}`} settings={settings} save={save} />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <section aria-labelledby="allow">
        <h2 id="allow">Allowed phrases</h2>
        <p className="hint">One phrase a line. A finding whose flagged words contain one of them is not shown.</p>
        <textarea
          aria-label="Allowed phrases"
          rows={5}
          value={allowDraft ?? settings.allow.join('\n')}
          onChange={(event) => setAllowDraft(event.target.value)}
          onBlur={() => {
            if (allowDraft === undefined) return;
            const allow = allowDraft
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean);
            save((current) => ({ ...current, allow }));
            setAllowDraft(undefined);
          }}
        />
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Sites</h2>
        <p className="hint">trustlint checks editors on every http(s) site unless it is turned off here or from the toolbar popup.</p>
        {sites.length === 0 ? <p className="hint">No site is turned off.</p> : null}
        <ul className="sites">
          {sites.map(([host, enabled]) => (
            <li key={host}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={enabled}
                  onChange={(event) => {
                    const chosen = event.target.checked;
                    save((current) => ({ ...current, sites: { ...current.sites, [host]: chosen } }));
                  }}
                />
                {host}
              </label>
              <button
                type="button"
                aria-label={`Forget ${host}`}
                onClick={() =>
                  save((current) => {
                    const { [host]: _removed, ...rest } = current.sites;
                    return { ...current, sites: rest };
                  })
                }
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      </section>

      <IgnoredSection />
    </main>
  );
}

/** How many findings are ignored, across how many documents, and a way to forget them all. */
function IgnoredSection() {
  const [lists, setLists] = useState<Record<string, string[]> | undefined>();
  useEffect(() => {
    void loadIgnored().then(setLists);
    return ignoredItem.watch((value) => setLists(parseIgnored(value)));
  }, []);
  const documents = Object.keys(lists ?? {}).length;
  const findings = Object.values(lists ?? {}).reduce((total, list) => total + list.length, 0);
  return (
    <section aria-labelledby="ignored">
      <h2 id="ignored">Ignored findings</h2>
      <p className="hint">
        {findings === 0
          ? 'No finding is ignored.'
          : `${findings} ignored ${findings === 1 ? 'finding' : 'findings'} in ${documents} ${documents === 1 ? 'document' : 'documents'}.`}{' '}
        The oldest are forgotten past {IGNORE_LIMITS.documents} documents.
      </p>
      <button type="button" disabled={findings === 0} onClick={() => void ignoredItem.setValue({})}>
        Clear ignored findings
      </button>
    </section>
  );
}
