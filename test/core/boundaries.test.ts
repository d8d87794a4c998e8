// core/ knows no domain: it imports nothing from the rule pack (rules/) or from the default instance (index.ts,
// cli.ts at the root). A pack is handed to it: createEngine({ pack }), createCli(engine).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

describe('core/', () => {
  it('imports nothing outside core/ but packages and package.json', () => {
    const sources = readdirSync(join(root, 'core'), { recursive: true, encoding: 'utf8' }).filter((path) => /\.tsx?$/.test(path));
    expect(sources.length).toBeGreaterThan(30);
    const outside: string[] = [];
    for (const path of sources) {
      const file = join(root, 'core', path);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        if (!specifier!.startsWith('.')) continue;
        const target = relative(root, resolve(dirname(file), specifier!));
        if (!target.startsWith('core/') && target !== 'package.json') outside.push(`core/${path} → ${target}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
