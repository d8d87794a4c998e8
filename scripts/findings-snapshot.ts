// `node scripts/run-ts.mjs scripts/findings-snapshot.ts DIR... > snapshot.txt`: every finding (rule, span,
// messageId, suggestions) on every .md file and every .jsonl sentence under the given folders, one line each,
// in a stable order. Diff two snapshots to show that a speed change leaves the findings exactly as they were.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, toJSON } from '../index.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return /\.(md|jsonl)$/.test(entry.name) ? [path] : [];
    });
}

async function print(label: string, text: string): Promise<void> {
  const result = await lint(text, { format: 'markdown' });
  console.log(`## ${label} kind=${result.kind}`);
  for (const message of result.messages) {
    const { ruleId, start, end, actual, suggestions } = toJSON(message);
    console.log(JSON.stringify([ruleId, message.messageId, start.offset, end.offset, actual, suggestions]));
  }
}

for (const file of process.argv.slice(2).flatMap(filesUnder)) {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.jsonl')) {
    await print(file, text);
    continue;
  }
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim()) await print(`${file}:${index + 1}`, (JSON.parse(line) as { text: string }).text);
  }
}
