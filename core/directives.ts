// Inline directives (`<!--trustlint disable ids-->`) through unified-message-control, the convention remark-lint
// and alex follow: `disable` until `enable`, `ignore` the next block, with rule or category ids (none: every rule).
import type { Node } from 'unist';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Directive } from './document/mdast-blocks.ts';

const KEYWORDS = new Set(['disable', 'enable', 'ignore']);
/**
 * Directives applied per document. Filtering a message walks the toggles of its rule, so without a bound a
 * hostile draft (thousands of comments and findings) would take quadratic time; real drafts use a handful.
 */
export const MAX_DIRECTIVES = 500;
const NAME = 'trustlint';

/** A directive that could not be applied (an unknown keyword or id): shown as a warning on the comment. */
export interface DirectiveProblem {
  start: number;
  end: number;
  reason: string;
}

interface Marker extends Node {
  type: 'trustlint-marker';
  attributes: string;
}

/**
 * Removes from `file.messages` (source "trustlint") the messages the directives silence. `blocks` are the
 * document's blocks (an `ignore` covers the next one). `idsByName` maps each rule id and category id to the
 * rule ids it names. Returns what could not be applied: unknown keywords and unknown ids, which silence nothing.
 */
export function applyDirectives(
  file: VFile,
  directives: readonly Directive[],
  blocks: readonly { start: number; end: number }[],
  idsByName: ReadonlyMap<string, readonly string[]>,
): DirectiveProblem[] {
  if (directives.length === 0) return [];
  const place = location(file);
  const position = (start: number, end: number) => ({ start: place.toPoint(start)!, end: place.toPoint(end)! });
  const allRules = [...new Set([...idsByName.values()].flat())];
  const problems: DirectiveProblem[] = [];
  const nodes: { offset: number; order: number; node: Node }[] = blocks.map((block) => ({
    offset: block.start,
    order: 1,
    node: { type: 'block', position: position(block.start, block.end) },
  }));
  for (const [index, directive] of directives.entries()) {
    if (index === MAX_DIRECTIVES) {
      problems.push({
        start: directive.start,
        end: directive.end,
        reason: `More than ${MAX_DIRECTIVES} trustlint directives: this one and those after it were not applied.`,
      });
      break;
    }
    const [keyword = '', ...names] = directive.words;
    const problem = (reason: string) => problems.push({ start: directive.start, end: directive.end, reason });
    if (!KEYWORDS.has(keyword)) {
      problem(`Unknown trustlint directive “${keyword}”: expected disable, enable or ignore; it was not applied.`);
      continue;
    }
    const unknown = names.filter((name) => !idsByName.has(name));
    for (const name of unknown)
      problem(`Unknown rule or category “${name}” in a trustlint ${keyword} directive; it was not applied to it.`);
    if (names.length > 0 && unknown.length === names.length) continue;
    // Ids are expanded to rule ids here, so every toggle is per rule and takes effect where the directive
    // stands (a bare "disable" would otherwise turn every rule off from the start of the file).
    const ids = names.length === 0 ? allRules : names.flatMap((name) => idsByName.get(name) ?? []);
    const marker: Marker = {
      type: 'trustlint-marker',
      attributes: [keyword, ...new Set(ids)].join(' '),
      position: position(directive.end, directive.end),
    };
    // At the start of a block, the directive comes before it, so that `ignore` covers that block.
    nodes.push({ offset: directive.end, order: 0, node: marker });
  }
  nodes.sort((a, b) => a.offset - b.offset || a.order - b.order);
  // The root's end has no offset: unified-message-control drops messages in stretches no node covers, and
  // would otherwise count the stretch from the last node to the end of the file as one.
  const root: Node & { children: Node[] } = {
    type: 'root',
    position: { start: place.toPoint(0)!, end: { line: 1, column: 1 } },
    children: nodes.map((entry) => entry.node),
  };
  messageControl(root, {
    file,
    name: NAME,
    marker: (node) =>
      node.type === 'trustlint-marker' ? { name: NAME, attributes: (node as Marker).attributes, parameters: {}, node } : null,
  });
  return problems;
}
