/** A .docx that cannot be read; its own module, so that catching it does not load the .docx readers. */
export class DocxError extends Error {}
