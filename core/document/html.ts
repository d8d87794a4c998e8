import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { blocksFromMdast, type BlockReading } from './mdast-blocks.ts';

const htmlToMdast = unified().use(rehypeParse).use(rehypeRemark);

/** Reads HTML through rehype-parse and rehype-remark; offsets point into the HTML source. */
export function readHtml(source: string): BlockReading {
  const tree = htmlToMdast.runSync(htmlToMdast.parse(source)) as Root;
  return blocksFromMdast(tree, source);
}
