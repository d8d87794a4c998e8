// A clean Word document from a draft that is not one (.md, .txt, .html): headings, paragraphs and lists, one
// paragraph per block the engine read, written with the `docx` library. The review then edits it like any .docx.
import type { Block } from '../document/model.ts';

export async function newDocument(blocks: readonly Block[]): Promise<Uint8Array> {
  // Loaded here, not by an import at the top: the CLI's bundle keeps `docx` outside, and a static import of it
  // would load and compile its megabyte at every start of the command, not only when a document is written.
  const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = await import('docx');
  const HEADINGS = [
    HeadingLevel.HEADING_1,
    HeadingLevel.HEADING_2,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
    HeadingLevel.HEADING_5,
    HeadingLevel.HEADING_6,
  ] as const;
  let listInstance = 0;
  let previous: Block | undefined;
  const children = blocks.map((block) => {
    // Each numbered list counts from 1: a new numbering instance wherever a list starts.
    if (block.kind === 'list-item' && previous?.kind !== 'list-item') listInstance++;
    previous = block;
    // Line breaks inside a block are spaces once read (HTML collapses them); keep the paragraph one line.
    const run = new TextRun(block.text.replace(/[\r\n]+/g, ' '));
    switch (block.kind) {
      case 'heading':
        return new Paragraph({ children: [run], heading: HEADINGS[Math.min(Math.max((block.depth ?? 1) - 1, 0), 5)] });
      case 'list-item':
        return block.ordered
          ? new Paragraph({ children: [run], numbering: { reference: 'numbered', level: 0, instance: listInstance } })
          : new Paragraph({ children: [run], bullet: { level: 0 } });
      case 'blockquote':
        return new Paragraph({ children: [run], indent: { left: 720 } });
      default:
        return new Paragraph({ children: [run] });
    }
  });
  const document = new Document({
    creator: 'trustlint',
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.pack(document, 'uint8array');
}
