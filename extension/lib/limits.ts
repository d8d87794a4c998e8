// How much text the extension checks in the browser. A first check of a million characters (about 160,000 words)
// holds the engine for several seconds; policy drafts are far shorter. The command line takes up to 20 MB.
export const maxCheckedChars = 1_000_000;

/** A character count as people read it: "1,250,000". */
export function characters(count: number): string {
  return (Math.round(count / 1000) * 1000).toLocaleString('en-US');
}
