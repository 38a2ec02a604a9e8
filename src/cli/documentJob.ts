/**
 * What one document becomes: its JSON line, its readable report, or the little the story table needs of it.
 * Pure work on a text already read, run in the main thread (--jobs 1) or in a worker thread (pool.ts) alike;
 * only this small result crosses back, never the whole annotation object.
 */
import { analyzeArticle } from '../core/analyze';
import type { EntityType } from '../core/types';
import { markup } from './markup';
import { outline } from './outline';
import { CODES, makeStyle } from './style';
import { terminalSafe } from './safeText';
import { checksReport, withChecks } from './checks';
import { jsonLineChunks } from './jsonChunks';
import { annotationToMarkdown } from '../presentation/exportReport';

export type OutputKind = 'json' | 'text' | 'markdown' | 'summary';

export interface DocumentTask {
  /** The path as given (files) or the record's id (--stream). */
  name: string | number | null;
  nameField: 'file' | 'id';
  text: string;
  referenceDate?: string;
  output: OutputKind;
  color: boolean;
  /** Add the editor's checks (--checks). */
  checks?: boolean;
  /**
   * JSON as chunks made while they are written ('chunks'), not as one string: for a result written in this thread.
   * A worker thread's result crosses back as one string.
   */
  incremental?: boolean;
}

/** One entity of one document, as the story table counts it. */
export interface DocumentEntity {
  type: EntityType;
  name: string;
  mentions: number;
  /** The other names it goes by in this document (surname alone, acronym), for identity across documents. */
  aliases: string[];
}

export type DocumentResult =
  | { kind: 'output'; text: string; bytes: number }
  /** The output in pieces, each made when the writer asks for it (JSON with `incremental`). */
  | { kind: 'chunks'; chunks: Iterable<string>; bytes: number }
  | { kind: 'entities'; entities: DocumentEntity[]; bytes: number };

export function runDocumentTask(task: DocumentTask): DocumentResult {
  const annotation = withChecks(task.checks && task.output !== 'summary', task.text, analyzeArticle(task.text, { referenceDate: task.referenceDate }));
  const bytes = Buffer.byteLength(task.text);
  switch (task.output) {
    case 'json': {
      const record = { [task.nameField]: task.name, ...annotation };
      if (task.incremental) return { kind: 'chunks', chunks: jsonLineChunks(record), bytes };
      return { kind: 'output', text: `${JSON.stringify(record)}\n`, bytes };
    }
    case 'text': {
      const style = makeStyle(task.color);
      const heading = style.paint(`== ${terminalSafe(String(task.name))} ==`, CODES.heading);
      const checks = annotation.checks ? `\n${checksReport(task.text, annotation.checks, style)}` : '';
      return { kind: 'output', text: `${heading}\n\n${markup(task.text, annotation, style)}\n${outline(annotation, style)}\n${checks}`, bytes };
    }
    case 'markdown':
      // The same report as the extension's export (src/presentation/exportReport.ts), titled with the path as given;
      // the article's control characters shown as \xHH, as in the readable report, so they cannot drive a terminal.
      return { kind: 'output', text: terminalSafe(annotationToMarkdown(annotation, task.text, String(task.name))), bytes };
    case 'summary':
      return {
        kind: 'entities',
        bytes,
        entities: annotation.entities.map((e) => ({
          type: e.type,
          name: e.name,
          mentions: e.mentions.length,
          aliases: [...new Set(e.mentions.filter((m) => m.kind === 'name' || m.kind === 'acronym').map((m) => m.text))].filter((t) => t !== e.name),
        })),
      };
  }
}
