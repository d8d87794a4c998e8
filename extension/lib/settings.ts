// User settings, kept in extension storage and applied live by every part of the extension.
import { storage } from 'wxt/utils/storage';
// types.ts, not index.ts: this module runs in every content script, which must not load the engine.
import { SEVERITY_SETTINGS, type DocumentKind, type SeveritySetting, type TrustlintConfig } from '../../core/types.ts';
import { DOCUMENT_KINDS } from '../../rules/document-kind.ts';

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

/**
 * Per document: the fingerprints of findings the user chose to ignore, least recently changed document first.
 * Kept apart from the settings, and bounded (IGNORE_LIMITS), so that ignoring, which pages can provoke, never
 * fills storage to where the settings could no longer be saved.
 */
export const ignoredItem = storage.defineItem<Record<string, string[]>>('local:ignored', { fallback: {} });

export const IGNORE_LIMITS = {
  documents: 200,
  perDocument: 500,
  /** Of the whole store as JSON: a small part of storage.local's 10 MB. */
  bytes: 256 * 1024,
  keyChars: 1024,
  fingerprintChars: 128,
};

/**
 * The ignore lists with `fingerprint` added for `documentKey` (moved to the newest place), the oldest
 * fingerprints and documents dropped past IGNORE_LIMITS. Undefined when the key or fingerprint is malformed.
 */
export function withIgnored(
  lists: Record<string, string[]>,
  documentKey: string,
  fingerprint: string,
): Record<string, string[]> | undefined {
  if (documentKey.length > IGNORE_LIMITS.keyChars || fingerprint.length > IGNORE_LIMITS.fingerprintChars) return undefined;
  const { [documentKey]: list = [], ...others } = lists;
  const entries = Object.entries(others);
  entries.push([documentKey, [...list.filter((other) => other !== fingerprint), fingerprint].slice(-IGNORE_LIMITS.perDocument)]);
  entries.splice(0, Math.max(0, entries.length - IGNORE_LIMITS.documents));
  let bytes = JSON.stringify(Object.fromEntries(entries)).length;
  while (bytes > IGNORE_LIMITS.bytes && entries.length > 1) bytes -= JSON.stringify(entries.shift()).length;
  return Object.fromEntries(entries);
}

/** A short, stable stand-in for text of any length (FNV-1a, 32 bits, hex): page-chosen labels in storage keys. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const severitySettings: ReadonlySet<unknown> = new Set(SEVERITY_SETTINGS);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of a stored object whose values pass `keep`. */
function entriesWhere<T>(value: unknown, keep: (entry: unknown) => entry is T): Record<string, T> {
  return Object.fromEntries(Object.entries(isRecord(value) ? value : {}).filter((entry): entry is [string, T] => keep(entry[1])));
}

/**
 * Settings as stored, checked field by field: storage can hold anything (an older version's shape, a hand
 * edit), and the engine would throw on it. A malformed field falls back to its default; valid ones are kept.
 */
export function parseSettings(value: unknown): Settings {
  const stored = isRecord(value) ? value : {};
  const { defaultKind } = stored;
  return {
    paused: typeof stored.paused === 'boolean' ? stored.paused : defaultSettings.paused,
    defaultKind:
      defaultKind === 'auto' || (DOCUMENT_KINDS as readonly unknown[]).includes(defaultKind)
        ? (defaultKind as Settings['defaultKind'])
        : defaultSettings.defaultKind,
    rules: entriesWhere(stored.rules, (setting): setting is SeveritySetting => severitySettings.has(setting)),
    allow: Array.isArray(stored.allow)
      ? stored.allow.filter((phrase): phrase is string => typeof phrase === 'string' && phrase.trim() !== '')
      : [],
    sites: entriesWhere(stored.sites, (enabled): enabled is boolean => typeof enabled === 'boolean'),
  };
}

/** Ignore lists as stored, keeping only lists of fingerprints. */
export function parseIgnored(value: unknown): Record<string, string[]> {
  const lists = entriesWhere(value, (list): list is unknown[] => Array.isArray(list));
  return Object.fromEntries(
    Object.entries(lists).map(([key, list]) => [key, list.filter((fingerprint): fingerprint is string => typeof fingerprint === 'string')]),
  );
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function loadIgnored(): Promise<Record<string, string[]>> {
  return parseIgnored(await ignoredItem.getValue());
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
