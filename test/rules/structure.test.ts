import { describe, expect, it } from 'vitest';
import { lint } from '../../core/index.ts';

/**
 * How published policy text is built, read the way a reviewer reads it: headings, purpose statements,
 * FAQ answers, savings clauses and list lead-ins on one side; statements of practice, long conditions and
 * anti-sanctuary negatives on the other. Every case is written in the project's own words with the shape
 * of real text; each case's last line is the one judged.
 */
const SECONDARY = new Set(['inclusive-language', 'plain-language', 'missing-provision']);

async function categoriesOnLastLine(text: string, kind: 'general-order' | 'bulletin' | 'outreach' = 'general-order'): Promise<string[]> {
  const lines = text.split('\n');
  const last = lines.length - (lines.at(-1) === '' ? 1 : 0);
  const { messages } = await lint(text, { kind });
  return [...new Set(messages.filter((m) => !SECONDARY.has(m.category) && m.line === last).map((m) => m.category))];
}

function check(cases: [string, string | null][], kind?: 'general-order' | 'bulletin' | 'outreach'): void {
  it.each(cases)('%s → %s', async (text, category) => {
    const found = await categoriesOnLastLine(text, kind);
    if (category === null) expect(found).toEqual([]);
    else expect(found).toContain(category);
  });
}

describe('headings, titles and subject lines name the topic', () => {
  check([
    ['# County Jail: Contacts with ICE', null],
    ['# Sheriff’s Office\n\n## 287(g) Program', null],
    ['## Procedures for Checking the Immigration Status of Arrestees', null],
    ['## Holding Inmates on Immigration Detainers', null],
    ['Subject: Notifying ICE of release dates', null],
    ['RE: Honoring ICE detainers at the jail', null],
    // A heading that uses a dehumanizing term is still a finding.
    ['## Processing Criminal Aliens at Booking', 'dehumanizing-term'],
    ['# Illegal Aliens in the County Jail', 'dehumanizing-term'],
    // Text under the heading is read as usual.
    ['## 287(g) Program\n\nThe Sheriff’s Office will renew its 287(g) agreement with ICE.', 'enforcement-role'],
    ['Subject: jail procedure\n\nDeputies shall notify ICE of every inmate’s release date.', 'ice-notification'],
  ]);
});
