// SARIF 2.1.0, the format code-scanning tools and review dashboards ingest.
import type { RuleMeta } from '../rules/api.ts';
import type { FindingJSON, Severity } from '../types.ts';
import { paragraphLocator, type ParagraphLocation } from './paragraph-location.ts';
import type { InputFailure, ReportedFile } from './types.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion: string;
  /** Metadata of the rules that ran (SARIF lists them; results refer to them by index). */
  rules: readonly RuleMeta[];
  /** Absolute `file:` URI of the directory that relative paths start from. */
  baseUri?: string;
  /** Inputs that could not be read: recorded as tool execution notifications. */
  failures?: InputFailure[];
}

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(files: ReportedFile[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const failures = options.failures ?? [];
  const run = {
    tool: {
      driver: {
        name: 'trustlint',
        version: options.toolVersion,
        rules: options.rules.map(sarifRule),
      },
    },
    ...(options.baseUri ? { originalUriBaseIds: { SRCROOT: { uri: options.baseUri } } } : {}),
    invocations: [
      {
        executionSuccessful: failures.length === 0,
        toolExecutionNotifications: failures.map((failure) => ({
          level: 'error',
          message: { text: failure.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(failure.path, options) } }],
        })),
      },
    ],
    artifacts: files.map((file) => ({
      location: artifactLocation(file.path, options),
      properties: {
        kind: file.kind,
        kindReason: file.kindReason,
        ...(file.format === 'docx' ? { regionsReferTo: 'text extracted from the document' } : {}),
      },
    })),
    columnKind: 'utf16CodeUnits',
    results: files.flatMap((file, fileIndex) => {
      const locate = paragraphLocator(file);
      return file.findings.map((finding) => sarifResult(finding, file, fileIndex, ruleIndex, options, locate?.(finding)));
    }),
  };
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(rule: RuleMeta) {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    help: { text: [rule.description, ...rule.citations.map(citationText)].join('\n') },
    properties: { category: rule.category, tags: [rule.category], docs: rule.url, citations: rule.citations },
  };
}

function sarifResult(
  finding: FindingJSON,
  file: ReportedFile,
  fileIndex: number,
  ruleIndex: Map<string, number>,
  options: SarifOptions,
  paragraph: ParagraphLocation | undefined,
) {
  const location = { ...artifactLocation(file.path, options), index: fileIndex };
  const charOffset = finding.start.offset;
  const charLength = finding.end.offset - finding.start.offset;
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.reason },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: finding.start.line,
            startColumn: finding.start.column,
            endLine: finding.end.line,
            endColumn: finding.end.column,
            charOffset,
            charLength,
            snippet: { text: file.text.slice(charOffset, charOffset + charLength) },
          },
        },
        // In a .docx the paragraph is what a reader can find; the region refers to the extracted text.
        ...(paragraph ? { logicalLocations: [{ name: `paragraph ${paragraph.paragraph}`, kind: 'paragraph' }] } : {}),
      },
    ],
    // A docx cannot be patched by offset into its extracted text, so it gets no machine-applicable fixes.
    ...(file.format === 'docx' || finding.suggestions.length === 0
      ? {}
      : {
          fixes: finding.suggestions.map((suggestion) => ({
            description: { text: suggestion.title },
            artifactChanges: [
              {
                artifactLocation: location,
                replacements: [
                  {
                    deletedRegion: { charOffset: suggestion.range[0], charLength: suggestion.range[1] - suggestion.range[0] },
                    insertedContent: { text: suggestion.text },
                  },
                ],
              },
            ],
          })),
        }),
    properties: {
      category: finding.category,
      citations: finding.citations,
      ...(finding.note ? { note: finding.note } : {}),
      ...(paragraph ?? {}),
    },
  };
}

function artifactLocation(path: string, options: SarifOptions) {
  const uri = encodeURI(path.replaceAll('\\', '/')).replaceAll('?', '%3F').replaceAll('#', '%23');
  if (uri.startsWith('/')) return { uri: `file://${uri}` };
  return options.baseUri === undefined ? { uri } : { uri, uriBaseId: 'SRCROOT' };
}

function citationText(citation: { title: string; note?: string }): string {
  return citation.note ? `${citation.title}: ${citation.note}` : citation.title;
}
