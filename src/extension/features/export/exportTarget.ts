/**
 * Where an export is offered to be saved, and what it is called: beside the article, its extension replaced
 * ("report.txt" → "report.report.md", "a/b.v2.txt" → "a/b.v2.annotations.json"). Pure; the content itself is
 * presentation/exportReport.ts.
 */
export type ExportFormat = 'json' | 'markdown';

/** The file ending of each format's export. */
export const EXPORT_SUFFIX: Readonly<Record<ExportFormat, string>> = { json: 'annotations.json', markdown: 'report.md' };

/** A document path with its last extension (if any) replaced by the format's suffix. */
export function exportPath(documentPath: string, format: ExportFormat): string {
  return `${documentPath.replace(/\.[^./]*$/, '')}.${EXPORT_SUFFIX[format]}`;
}
