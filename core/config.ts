import { SEVERITY_SETTINGS, type Severity, type SeveritySetting, type TrustlintConfig } from './types.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SETTINGS: ReadonlySet<string> = new Set(SEVERITY_SETTINGS);

/**
 * Validates a parsed configuration object. `origin` names where it came from (a file path) and
 * starts every error message, so that a user knows which file to fix. `knownIds` are the pack's rule and
 * category ids, `kinds` its document kinds.
 */
export function resolveConfig(value: unknown, origin: string, knownIds: ReadonlySet<string>, kinds: readonly string[]): TrustlintConfig {
  const fail = (problem: string): never => {
    throw new ConfigError(`${origin}: ${problem}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('expected a JSON object');
  const input = value as Record<string, unknown>;
  const config: TrustlintConfig = {};
  for (const key of Object.keys(input)) {
    if (key !== 'rules' && key !== 'kind' && key !== 'allow' && key !== '$schema') fail(`unknown setting "${key}"`);
  }
  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) {
      fail('"rules" must be an object mapping rule or category ids to off, info, warn or error');
    }
    config.rules = {};
    for (const [id, setting] of Object.entries(input.rules as Record<string, unknown>)) {
      if (!knownIds.has(id)) fail(`unknown rule or category "${id}"`);
      if (typeof setting !== 'string' || !SETTINGS.has(setting)) {
        fail(`rule "${id}" must be off, info, warn or error`);
      }
      config.rules[id] = setting as SeveritySetting;
    }
  }
  if (input.kind !== undefined) {
    if (!(kinds as readonly unknown[]).includes(input.kind))
      fail(kinds.length === 0 ? '"kind": this rule pack has no document kinds' : `"kind" must be one of ${kinds.join(', ')}`);
    config.kind = input.kind as TrustlintConfig['kind'];
  }
  if (input.allow !== undefined) {
    if (!Array.isArray(input.allow) || input.allow.some((phrase) => typeof phrase !== 'string' || phrase.trim() === '')) {
      fail('"allow" must be a list of non-empty phrases');
    }
    config.allow = input.allow as string[];
  }
  return config;
}

/** The severity a finding gets under a config: the rule's own setting wins over its category's. */
export function effectiveSeverity(
  config: TrustlintConfig | undefined,
  ruleId: string,
  category: string,
  fallback: Severity,
): Severity | 'off' {
  const setting = config?.rules?.[ruleId] ?? config?.rules?.[category];
  if (setting === undefined) return fallback;
  if (setting === 'warn') return 'warning';
  return setting;
}
