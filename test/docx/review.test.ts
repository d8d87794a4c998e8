import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/document/docx.ts';
import { reviewDocx } from '../../core/docx/review.ts';
import { lint } from '../../index.ts';
import { preferredSuggestions, redline, toReportedFile } from '../../core/reporters/index.ts';
import type { ReportedFile } from '../../core/reporters/types.ts';
import type { FindingJSON } from '../../core/types.ts';
import { acceptAll, FIXTURE_PARTS, fixtureDocx, rejectAll, unpack, withDocument } from './fixture.ts';

const DATE = '2026-12-06T12:00:00Z';
const isMissing = (finding: FindingJSON) => finding.suggestions[0]?.insertion === true;

async function lintDocx(bytes: Uint8Array): Promise<ReportedFile> {
  return toReportedFile('draft.docx', await lint(bytes, { format: 'docx', kind: 'general-order' }));
}

/** The text of a document as the engine reads it. */
async function textOf(parts: Record<string, string>, documentXml: string): Promise<string> {
  return (await readDocx(withDocument(parts, documentXml))).text;
}

/** The text --fix produces from the findings (missing sections included or not). */
function fixedText(file: ReportedFile, withMissing: boolean): string {
  const findings = withMissing ? file.findings : file.findings.filter((finding) => !isMissing(finding));
  return redline(file.text, preferredSuggestions(findings)).text;
}

/** Paragraph texts, whatever separates them: a .md fix keeps `## ` and blank lines that Word has as styles. */
const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.replace(/^#+\s+/, '').trim())
    .filter(Boolean);

describe('reviewed .docx from a .docx draft', async () => {
  const original = fixtureDocx();
  const file = await lintDocx(original);
  const reviewed = await reviewDocx(file, original, { date: DATE });
  const parts = unpack(reviewed.bytes);
  const documentXml = parts['word/document.xml'] ?? '';

  it('finds what the fixture was written to contain', () => {
    expect(file.findings.filter((finding) => !isMissing(finding)).length).toBeGreaterThanOrEqual(6);
    expect(reviewed.tracked).toBeGreaterThanOrEqual(5);
    expect(reviewed.untracked).toBe(0);
  });

  it('rejecting every change gives the original text exactly', async () => {
    expect(await textOf(parts, rejectAll(documentXml))).toBe(file.text);
  });

  it('accepting every change gives the same text as --fix', async () => {
    expect(await textOf(parts, acceptAll(documentXml))).toBe(fixedText(file, false));
  });

  it('keeps every other part byte for byte', () => {
    for (const name of ['word/styles.xml', 'word/numbering.xml', 'word/header1.xml', '_rels/.rels']) {
      expect(parts[name], name).toBe(FIXTURE_PARTS[name]);
    }
    // Section settings, the heading style and the list numbering stay on their paragraphs.
    expect(documentXml).toContain('<w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="12240" w:h="15840"/>');
    expect(documentXml).toContain('<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>');
    expect(documentXml.match(/<w:numId w:val="1"\/>/g)).toHaveLength(2);
  });

  it('wraps only the changed words, splitting runs and keeping their formatting', () => {
    // "may" was split across runs mid-word ("Officers m" | "ay ask about immig", italic): each piece is deleted in
    // its own run with its own properties, and the words around it stay in plain runs.
    expect(documentXml).toMatch(
      /<w:t xml:space="preserve">Officers <\/w:t><\/w:r><w:del [^>]*><w:r [^>]*><w:delText xml:space="preserve">m<\/w:delText>/,
    );
    expect(documentXml).toMatch(
      /<w:del [^>]*><w:r [^>]*><w:rPr><w:i\/><\/w:rPr><w:delText xml:space="preserve">ay<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">shall not<\/w:t>/,
    );
    // The whole-item rewrite around a bold phrase changes one word; the bold run is untouched.
    expect(documentXml).toContain(
      '<w:rPr><w:b/><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr><w:t xml:space="preserve">proof of citizenship</w:t>',
    );
    expect(documentXml).not.toMatch(/<w:delText[^>]*>proof/);
    // Every change is trustlint's, dated; every revision id is unique.
    const revisions = [...documentXml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
    expect(revisions.length).toBeGreaterThan(5);
    for (const [, , , author, date] of revisions) expect([author, date]).toEqual(['trustlint', DATE]);
    const ids = revisions.map((match) => match[2]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each finding a comment with its reason, rule, category and sources, anchored in the text', () => {
    const comments = parts['word/comments.xml'] ?? '';
    const commentIds = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(commentIds).size).toBe(commentIds.length);
    // One per sentence-level finding, plus one on the title for the missing provisions.
    expect(commentIds).toHaveLength(file.findings.filter((finding) => !isMissing(finding)).length + 1);
    for (const id of commentIds) {
      for (const mark of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
        expect(documentXml.match(new RegExp(`<w:${mark} w:id="${id}"/>`, 'g')), `${mark} ${id}`).toHaveLength(1);
      }
    }
    const detainer = file.findings.find((finding) => finding.category === 'detainer');
    expect(detainer).toBeDefined();
    expect(comments).toContain(detainer?.reason.replace(/&/g, '&amp;').slice(0, 40));
    expect(comments).toContain(`${detainer?.ruleId} (detainer, `);
    expect(comments).toContain(`Sources: ${detainer?.citations[0]?.title.replace(/&/g, '&amp;')}`);
    // The missing provisions: one comment, on the title, listing each model section.
    expect(comments).toMatch(/Missing provisions \(\d+\)/);
    expect(comments).toContain('Model section: Members shall not ask about');
    expect(documentXml).toMatch(
      /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:commentRangeStart w:id="\d+"\/><w:r [^>]*><w:t xml:space="preserve">Immigration Contacts/,
    );
  });

  it('declares every part in [Content_Types].xml and every relationship target exists', () => {
    const types = parts['[Content_Types].xml'] ?? '';
    for (const name of Object.keys(parts)) {
      const extension = name.split('.').pop() ?? '';
      const declared = types.includes(`PartName="/${name}"`) || types.includes(`Extension="${extension}"`);
      expect(declared, name).toBe(true);
    }
    expect(types).toContain(
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    for (const [name, xml] of Object.entries(parts)) {
      if (!name.endsWith('.rels')) continue;
      const base = name.replace(/_rels\/[^/]*\.rels$/, '');
      for (const match of xml.matchAll(/Target="([^"]+)"/g)) expect(parts[`${base}${match[1]}`], `${name} → ${match[1]}`).toBeDefined();
    }
    expect(parts['word/_rels/document.xml.rels']).toMatch(/Type="[^"]*\/relationships\/comments" Target="comments.xml"/);
  });

  it('inserts the missing provisions as tracked insertions on request', async () => {
    const withSections = unpack((await reviewDocx(file, original, { date: DATE, insertMissing: true })).bytes);
    const xml = withSections['word/document.xml'] ?? '';
    expect(paragraphs(await textOf(withSections, acceptAll(xml)))).toEqual(paragraphs(fixedText(file, true)));
    expect(await textOf(withSections, rejectAll(xml))).toBe(file.text);
    // Headings of inserted sections use the document's own "heading 2" style.
    expect(xml).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="Heading2"\/><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">Immigration status inquiries</,
    );
    // Before the body's section properties, which stay last.
    expect(xml.indexOf('Training and distribution')).toBeLessThan(xml.indexOf('<w:sectPr>'));
  });

  it('numbers new comments and changes above the ids the draft already uses', async () => {
    const withComment = {
      ...FIXTURE_PARTS,
      'word/document.xml': (FIXTURE_PARTS['word/document.xml'] ?? '').replace(
        '<w:p>',
        '<w:p><w:bookmarkStart w:id="40" w:name="top"/><w:bookmarkEnd w:id="40"/>',
      ),
    };
    const again = unpack((await reviewDocx(await lintDocx(fixtureDocx(withComment)), fixtureDocx(withComment), { date: DATE })).bytes);
    const ids = [...(again['word/document.xml'] ?? '').matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(Math.min(...ids)).toBeGreaterThan(40);
  });

  it('maps around text mammoth adds: a footnote marker in a flagged sentence, and the footnote itself', async () => {
    const footnoted = {
      ...FIXTURE_PARTS,
      'word/document.xml': (FIXTURE_PARTS['word/document.xml'] ?? '').replace(
        '<w:t xml:space="preserve">ration status during traffic stops.</w:t></w:r>',
        '<w:t xml:space="preserve">ration status</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> during traffic stops.</w:t></w:r>',
      ),
      'word/footnotes.xml': `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>Officers may ask about immigration status under the old memo.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
      'word/_rels/document.xml.rels': (FIXTURE_PARTS['word/_rels/document.xml.rels'] ?? '').replace(
        '</Relationships>',
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
      ),
    };
    const draft = fixtureDocx(footnoted);
    const footnotedFile = await lintDocx(draft);
    expect(footnotedFile.text).toContain('immigration status[1] during');
    const result = await reviewDocx(footnotedFile, draft, { date: DATE });
    // The body's "may" is still a tracked change; the footnote (not in document.xml) keeps its suggestion in a comment.
    expect(result.untracked).toBe(1);
    const footnotedParts = unpack(result.bytes);
    const xml = footnotedParts['word/document.xml'] ?? '';
    expect(await textOf(footnotedParts, rejectAll(xml))).toBe(footnotedFile.text);
    const accepted = paragraphs(await textOf(footnotedParts, acceptAll(xml)));
    const fixed = paragraphs(fixedText(footnotedFile, false));
    expect(accepted.slice(0, -1)).toEqual(fixed.slice(0, -1));
    expect(accepted[1]).toBe('Officers shall not ask about immigration status[1] during traffic stops.');
  });

  it('leaves a change it cannot place on runs to the comment, and still rejects to the original', async () => {
    // A tracked insertion already in the draft: its text is not the review's to split.
    const locked = {
      ...FIXTURE_PARTS,
      'word/document.xml': (FIXTURE_PARTS['word/document.xml'] ?? '').replace(
        /<w:r w:rsidR="00A1B2C3"><w:t xml:space="preserve">The chairman will honor all immigration detainers.<\/w:t><\/w:r>/,
        '<w:ins w:id="90" w:author="Editor" w:date="2026-01-01T00:00:00Z">$&</w:ins>',
      ),
    };
    const draft = fixtureDocx(locked);
    const lockedFile = await lintDocx(draft);
    const result = await reviewDocx(lockedFile, draft, { date: DATE });
    expect(result.untracked).toBe(2);
    const lockedParts = unpack(result.bytes);
    expect(lockedParts['word/comments.xml']).toContain('Suggested wording: chair');
    expect(lockedParts['word/document.xml']).toContain(
      '<w:t xml:space="preserve">The chairman will honor all immigration detainers.</w:t>',
    );
  });
});

describe('reviewed .docx from a markdown draft', async () => {
  const source = `# Immigration Contacts

Officers may ask about immigration status during **traffic stops**.

Members shall:

1. Request proof of citizenship from any witness.
2. Notify ICE when an illegal alien is arrested.

- The chairman will honor all immigration detainers.
`;
  const file = toReportedFile('draft.md', await lint(source, { format: 'markdown', kind: 'general-order' }));
  const parts = unpack((await reviewDocx(file, source, { date: DATE })).bytes);
  const documentXml = parts['word/document.xml'] ?? '';

  it('is a clean Word document with headings and lists', () => {
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(documentXml.match(/<w:numPr>/g)?.length).toBe(3);
    expect(parts['word/numbering.xml']).toContain('%1.');
  });

  it('rejects to the draft’s prose and accepts to the --fix text', async () => {
    const prose = (text: string) => paragraphs(text.replace(/\*\*/g, '').replace(/^(\d+\.|-)\s+/gm, ''));
    expect(paragraphs(await textOf(parts, rejectAll(documentXml)))).toEqual(prose(source));
    expect(paragraphs(await textOf(parts, acceptAll(documentXml)))).toEqual(prose(fixedText(file, false)));
    expect(parts['word/comments.xml']?.match(/<w:comment /g)).toHaveLength(
      file.findings.filter((finding) => !isMissing(finding)).length + 1,
    );
  });
});
