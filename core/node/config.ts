// Finds and loads `.trustlintrc.json`: the nearest one upward from each draft, or the one --config names.
// Validation is the engine's (its resolveConfig knows its pack's ids); this module only reads files and reports JSON errors.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config.ts';
import type { TrustlintConfig } from '../types.ts';
import { asInputError, oneLine } from './read-input.ts';

const CONFIG_FILENAME = '.trustlintrc.json';

export interface LoadedConfig {
  /** The config file, or undefined when none was found (the defaults apply). */
  path?: string;
  config: TrustlintConfig;
}

/** An engine's config validation: the parsed JSON and where it came from → the config, or a ConfigError. */
export type ResolveConfig = (config: unknown, origin: string) => TrustlintConfig;

export async function loadConfigFile(path: string, resolveConfig: ResolveConfig): Promise<LoadedConfig> {
  const text = await readConfigText(path);
  if (text === undefined) throw new ConfigError(`${path}: no such file`);
  return parseConfig(path, text, resolveConfig);
}

/**
 * Returns a function giving the config for a draft: the nearest `.trustlintrc.json` in its directory or
 * any parent (the nearest one wins; files do not merge). Lookups are cached per directory.
 */
export function createConfigFinder(resolveConfig: ResolveConfig): (draftPath: string) => Promise<LoadedConfig> {
  const byDirectory = new Map<string, Promise<LoadedConfig>>();
  const forDirectory = (directory: string): Promise<LoadedConfig> => {
    let pending = byDirectory.get(directory);
    if (!pending) {
      pending = findFrom(directory);
      byDirectory.set(directory, pending);
    }
    return pending;
  };
  const findFrom = async (directory: string): Promise<LoadedConfig> => {
    const candidate = join(directory, CONFIG_FILENAME);
    const text = await readConfigText(candidate);
    if (text !== undefined) return parseConfig(candidate, text, resolveConfig);
    const parent = dirname(directory);
    return parent === directory ? { config: {} } : forDirectory(parent);
  };
  return (draftPath) => forDirectory(dirname(resolve(draftPath)));
}

/** The file's text, or undefined when there is no such file. */
async function readConfigText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError(asInputError(path, error).message);
  }
}

function parseConfig(path: string, text: string, resolveConfig: ResolveConfig): LoadedConfig {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${path}: invalid JSON: ${describeJsonError(text, error)}`);
  }
  return { path, config: resolveConfig(json, path) };
}

/** Node's JSON errors give a character position; people want a line and column. */
function describeJsonError(text: string, error: unknown): string {
  const message = oneLine(error);
  const position = /at position (\d+)/.exec(message);
  if (!position) return message.replace(/, ".*" is not valid JSON$/, '');
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
