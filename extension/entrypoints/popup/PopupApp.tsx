// Toolbar popup: the tab's counts, the site switch, the global pause, and a way to the panel.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { countBySeverity } from '../../../core/reporters/index.ts';
import type { DocumentState } from '../../lib/messages.ts';
import { severityLabels, severityOrder } from '../../lib/categories.ts';
import { siteEnabled } from '../../lib/settings.ts';
import { openProblemsPanel } from '../../lib/open-panel.ts';
import { openReviewPage } from '../../lib/open-review.ts';
import { useSettings } from '../../components/useSettings.ts';
import { SeverityIcon } from '../../components/icons.tsx';

/** The tab the popup is about: `?tabId=N` (tests, detached use) or the active tab. */
async function currentTab(): Promise<{ id: number; url?: string } | undefined> {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fixed) && fixed > 0) return browser.tabs.get(fixed) as Promise<{ id: number; url?: string }>;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

export function PopupApp() {
  const [settings, save] = useSettings();
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [state, setState] = useState<DocumentState | null>(null);

  useEffect(() => {
    void currentTab().then(async (found) => {
      setTab(found);
      if (found) setState((await browser.runtime.sendMessage({ type: 'get-state', tabId: found.id })) as DocumentState | null);
    });
  }, []);

  // The top-level page's host: an editor may sit in a frame from another site, which must not get the switch.
  const host = tab?.url ? (/^https?:/.test(tab.url) ? new URL(tab.url).hostname : undefined) : state?.pageHost;
  const counts = countBySeverity(state?.findings ?? []);
  if (!settings) return null;

  return (
    <main className="popup">
      <header>
        <strong>trustlint</strong>
        {settings.paused ? <span className="paused">Paused</span> : null}
      </header>
      {state ? (
        <ul className="counts" aria-label="Problems in this tab">
          {severityOrder.map((severity) => (
            <li key={severity}>
              <SeverityIcon severity={severity} />
              <span className="number">{counts[severity]}</span>
              <span>
                {severityLabels[severity]}
                {counts[severity] === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No draft checked in this tab yet. Click into a text field to check it.</p>
      )}
      {host ? (
        <label className="check">
          <input
            type="checkbox"
            checked={siteEnabled({ ...settings, paused: false }, host)}
            onChange={(event) => {
              const chosen = event.target.checked;
              save((current) => ({ ...current, sites: { ...current.sites, [host]: chosen } }));
            }}
          />
          Check drafts on {host}
        </label>
      ) : null}
      <label className="check">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(event) => {
            const chosen = event.target.checked;
            save((current) => ({ ...current, paused: chosen }));
          }}
        />
        Pause everywhere
      </label>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!tab}
          onClick={() => tab && void openProblemsPanel(tab.id).then(() => window.close())}
        >
          Open Problems panel
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
      <button
        type="button"
        className="link-button"
        style={{ justifySelf: 'start' }}
        onClick={() => void openReviewPage().then(() => window.close())}
      >
        Review a file
      </button>
    </main>
  );
}
