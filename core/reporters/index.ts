// Reporters turn lint results into output. Browser-safe: the extension reuses them.
export type { InputFailure, ReportedFile } from './types.ts';
export { formatStylish, countBySeverity, printable, type StylishOptions } from './stylish.ts';
export { formatJSON, type FileJSON } from './json.ts';
export { formatSarif, SARIF_SCHEMA, type SarifOptions } from './sarif.ts';
export { formatHtml, type HtmlOptions } from './html.ts';
export { redline, preferredSuggestions, unifiedDiff, type Redline, type RedlinePart } from './redline.ts';
export { toReportedFile } from './reported-file.ts';
