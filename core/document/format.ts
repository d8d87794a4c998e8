import type { SourceFormat } from '../types.ts';

/** File extensions trustlint reads, and the format of each. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  docx: 'docx',
};

export function formatFromName(filename: string | undefined): SourceFormat | undefined {
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return extension !== undefined && Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : undefined;
}
