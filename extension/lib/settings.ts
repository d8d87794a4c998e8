// User settings, kept in extension storage and applied live by every part of the extension.
import { storage } from 'wxt/utils/storage';
import type { DocumentKind, SeveritySetting, TrustlintConfig } from '../../core/index.ts';

export interface Settings {
  /** Stops all checking everywhere. */
  paused: boolean;
  /** `auto` lets the engine guess the kind from the title. */
  defaultKind: DocumentKind | 'auto';
  /** Rule id or category id → setting; absent means the rule's default. */
  rules: Record<string, SeveritySetting>;
  /** Phrases never flagged. */
  allow: string[];
  /** Host name → on/off; absent means on for http(s) pages. */
  sites: Record<string, boolean>;
}

export const defaultSettings: Settings = { paused: false, defaultKind: 'auto', rules: {}, allow: [], sites: {} };

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: defaultSettings });

/** Per document: the fingerprints of findings the user chose to ignore. */
export const ignoredItem = storage.defineItem<Record<string, string[]>>('local:ignored', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  return { ...defaultSettings, ...(await settingsItem.getValue()) };
}

export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem.setValue(next);
  return next;
}

export function siteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.paused && settings.sites[hostname] !== false;
}

export function toConfig(settings: Settings, kind?: DocumentKind): TrustlintConfig {
  return {
    rules: settings.rules,
    allow: settings.allow,
    ...(kind ? { kind } : settings.defaultKind === 'auto' ? {} : { kind: settings.defaultKind }),
  };
}
