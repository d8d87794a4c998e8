// A Word document built here, in the project's own words, with what real drafts carry: a heading style, runs
// split mid-word, a numbered list, bold inside a flagged phrase, a table, a header, section settings.
import { strFromU8, unzipSync } from 'fflate';
import { zip } from '../cli/docx.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const run = (text: string, rPr = '') => `<w:r w:rsidR="00A1B2C3">${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const BOLD = '<w:rPr><w:b/><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr>';
const ITALIC = '<w:rPr><w:i/></w:rPr>';
const numbered = (body: string) =>
  `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${body}</w:p>`;

const BODY = [
  `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Immigration Contacts')}</w:p>`,
  // "may" is split across runs, and the second run is italic.
  `<w:p>${run('Officers m')}${run('ay ask about immig', ITALIC)}${run('ration status during traffic stops.')}</w:p>`,
  `<w:p>${run('Members shall:')}</w:p>`,
  numbered(`${run('Request ')}${run('proof of citizenship', BOLD)}${run(' from any witness.')}`),
  numbered(`${run('Notify ICE when an illegal alien is arrested.')}`),
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p>${run('Jail')}</w:p></w:tc><w:tc><w:p>${run('The chairman will honor all immigration detainers.')}</w:p></w:tc></w:tr></w:tbl>`,
  `<w:p>${run('Questions go to the watch commander &amp; the legal unit.')}<w:r><w:tab/></w:r>${run('Thank you.')}</w:p>`,
  `<w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`,
].join('');

export const FIXTURE_PARTS: Record<string, string> = {
  '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
  '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`,
  'word/document.xml': `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${BODY}</w:body></w:document>`,
  'word/styles.xml': `${XML}<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style></w:styles>`,
  'word/numbering.xml': `${XML}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  'word/header1.xml': `${XML}<w:hdr xmlns:w="${W}"><w:p>${run('DRAFT: for legal review')}</w:p></w:hdr>`,
};

export function fixtureDocx(parts: Record<string, string> = FIXTURE_PARTS): Uint8Array {
  return zip(parts);
}

export function unpack(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Word's "Accept all changes", on the XML: deletions go, insertions stay. */
export function acceptAll(documentXml: string): string {
  return documentXml
    .replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '')
    .replace(/<w:ins\b[^>]*\/>/g, '')
    .replace(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/g, '$1');
}

/** Word's "Reject all changes": inserted paragraphs and runs go, deleted text comes back. */
export function rejectAll(documentXml: string): string {
  return documentXml
    .replace(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:rPr><w:ins\b[^>]*\/><\/w:rPr>[\s\S]*?<\/w:p>/g, '')
    .replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '')
    .replace(/<w:del\b[^>]*>([\s\S]*?)<\/w:del>/g, '$1')
    .replace(/<w:delText\b([^>]*)>([\s\S]*?)<\/w:delText>/g, '<w:t$1>$2</w:t>');
}

export function withDocument(parts: Record<string, string>, documentXml: string): Uint8Array {
  return zip({ ...parts, 'word/document.xml': documentXml });
}
