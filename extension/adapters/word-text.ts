// Reads the body of a Word for the web document from its paragraph DOM as markdown-ish text, with a map from text
// offsets back to the text nodes. Word marks its structure with class names that carry generated suffixes
// ("SpellingErrorV2Themed", "SCXW12 BCX0"), so classes are matched by the start of a token.
import { TextMapBuilder, type TextMap } from './text-map.ts';

/** The element Word renders the document into, in both the editable and the input-proxy layout. */
export const panelSelector = '#WACViewPanel';

/** The class attribute as one string (read once per element: documents have tens of thousands of spans). */
function classes(element: Element): string {
  return element.getAttribute('class') ?? '';
}

function hasClass(element: Element, prefix: string): boolean {
  const names = classes(element);
  return names.startsWith(prefix) || names.includes(` ${prefix}`);
}

/**
 * Spans that are not plain text: paragraph marks and list markers drawn as text (skipped), tabs and line breaks
 * drawn with placeholder content (structure, not mapped text).
 */
const specialRun = /(?:^|\s)(EOP|ListMarker|TabRun|LineBreakBlob)/;

/** The body's paragraphs in document order; header and footer previews repeat paragraph markup but are not the body. */
export function bodyParagraphs(panel: Element): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>('p')].filter((paragraph) => {
    if (!hasClass(paragraph, 'Paragraph')) return false;
    for (let node = paragraph.parentElement; node && node !== panel; node = node.parentElement) {
      if (hasClass(node, 'InactiveBoxRendering')) return false;
    }
    return true;
  });
}

interface ListPlace {
  ordered: boolean;
  level: number;
  /** Word's list id, else the list element: consecutive items of one list are written as one list. */
  id: string | Element | undefined;
}

/** Where a paragraph sits in a list, if it is a list item. Word keeps the marker outside the paragraph's text. */
function listPlace(paragraph: HTMLElement, panel: Element): ListPlace | undefined {
  const item = paragraph.closest('li, [role="listitem"]');
  if (!item || !panel.contains(item)) return undefined;
  const list = item.closest('ul, ol, [role="list"]') ?? undefined;
  const level = Number(item.getAttribute('data-aria-level') ?? paragraph.getAttribute('data-aria-level') ?? 1);
  // Word often wraps every list paragraph in a list of its own; its list id says which items belong together.
  const id = item.getAttribute('data-listid') ?? list;
  return { ordered: list?.tagName === 'OL', level: Number.isInteger(level) && level > 0 ? level : 1, id };
}

function headingLevel(paragraph: HTMLElement): number | undefined {
  if (paragraph.getAttribute('role') !== 'heading') return undefined;
  const level = Number(paragraph.getAttribute('aria-level'));
  return level >= 1 && level <= 6 ? level : 1;
}

export function readWordText(panel: Element): TextMap {
  const map = new TextMapBuilder();
  let previousList: ListPlace | undefined;
  let number = 0;

  /** Whether the paragraph being read has more than white space (asked of its nodes, not of the text built so far). */
  let content = false;
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      content ||= (node as Text).data.trim() !== '';
      return map.addNode(node as Text);
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const special = specialRun.exec(classes(element))?.[1];
    if (special === 'EOP' || special === 'ListMarker' || element.hasAttribute('hidden')) return;
    if (special === 'TabRun') return map.add('\t');
    if (special === 'LineBreakBlob' || element.tagName === 'BR') return map.add('\n');
    // Run wrappers, spelling and grammar marks, comments and fields are transparent.
    element.childNodes.forEach(visit);
  };

  for (const paragraph of bodyParagraphs(panel)) {
    const mark = map.text.length;
    const list = listPlace(paragraph, panel);
    const sameList = list !== undefined && previousList !== undefined && list.id === previousList.id;
    number = sameList ? number + 1 : 1;
    const separator = map.text === '' ? '' : sameList ? '\n' : '\n\n';
    let prefix = '';
    if (list) prefix = '  '.repeat(list.level - 1) + (list.ordered ? `${number}. ` : '- ');
    else {
      const heading = headingLevel(paragraph);
      if (heading) prefix = `${'#'.repeat(heading)} `;
    }
    map.add(separator + prefix);
    content = false;
    paragraph.childNodes.forEach(visit);
    if (!content) {
      // An empty paragraph (only its paragraph mark) adds nothing, not even a separator.
      map.truncate(mark);
      continue;
    }
    previousList = list;
  }
  return { text: map.text, segments: map.segments };
}
