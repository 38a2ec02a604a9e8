/**
 * The worker ↔ extension host protocol. A result is sent in parts of bounded size rather than as one object:
 * deserialising a message blocks the receiving thread, and one message holding a huge article's hundred thousand
 * mentions would stall the extension host for hundreds of milliseconds. Parts are also paced: the worker sends the
 * next part only when the host asks for it (`NextPartRequest`), and the host asks from a `setImmediate` after handling
 * one. Without that, a Node MessagePort drains every message already queued in one go, so hundreds of small parts
 * sent at once would block the host just like one big message. Highlight plans are typed arrays, transferred
 * without a copy. Pure (no worker or vscode import), so the split/assemble round trip is unit-tested.
 */
import type { AnalyzeOptions, Annotation, Mention, Span } from '../../core/types';
import type { PackedDecorationPlan } from '../../presentation/decorationPlan';
import type { AnalysisResult } from './analysisResult';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
  /**
   * Analyse the opening of a long text first and send its highlight plan ahead (a `preview` part), so the top of
   * a long article lights up in a fraction of a second. Asked for only when nothing is drawn yet for the document:
   * on a re-analysis, a preview would replace the whole article's highlights with the opening's.
   */
  preview?: boolean;
}

/** The host is ready for the next part of result `id`. */
export interface NextPartRequest {
  id: number;
  kind: 'next';
}

export type WorkerInbound = AnalysisRequest | NextPartRequest;

export function isNextPartRequest(message: WorkerInbound): message is NextPartRequest {
  return (message as Partial<NextPartRequest>).kind === 'next';
}

/**
 * The annotation's lists: each is sent in parts of at most ITEMS_PER_PART items, a part's `kind` being the key
 * (entities go without their mentions, which follow in `mentions` parts: one entity can have thousands).
 */
export const ANNOTATION_LISTS = ['entities', 'temporal', 'quotes'] as const satisfies readonly (keyof Annotation)[];
type AnnotationList = (typeof ANNOTATION_LISTS)[number];

type ListPart = { [K in AnnotationList]: { id: number; kind: K; items: Annotation[K] } }[AnnotationList];

export type AnalysisPart =
  /** The highlights of the text's opening (offsets valid in the whole text), ahead of the full result. */
  | { id: number; kind: 'preview'; decorations: PackedDecorationPlan; length: number }
  | ListPart
  | { id: number; kind: 'mentions'; entityIndex: number; items: Mention[] }
  | { id: number; kind: 'paragraphs'; items: Span[] }
  | { id: number; kind: 'decorations'; decorations: PackedDecorationPlan; durationMs?: number }
  /**
   * `annotation`: the annotation with its lists empty (they came in parts) and every other key whole — reference
   * date, dateline, warnings when a stage failed, and any key added to `Annotation` later, in the core's key order.
   */
  | { id: number; kind: 'done'; annotation: Annotation; durationMs: number }
  | { id: number; kind: 'error'; error: string };

/** Sent once by a worker when it has loaded the name model (before or during its first analysis). */
export interface WorkerReady {
  kind: 'ready';
  /** Milliseconds the name model took to load. */
  modelMs: number;
  /** The warm-up analysis, when the worker was idle enough to run one. */
  warmUpMs?: number;
  /** When the worker's script began to run (ms since the epoch): after the thread's start and the bundle's compile. */
  scriptStartedAt?: number;
  /** The first article's analysis, when one was waiting when the model had loaded (it replaces the warm-up). */
  firstArticleMs?: number;
}

export type WorkerOutbound = AnalysisPart | WorkerReady;

export function isWorkerReady(message: WorkerOutbound): message is WorkerReady {
  return message.kind === 'ready';
}

/** Items per message: small enough that deserialising one takes a millisecond or two. */
export const ITEMS_PER_PART = 500;

export interface OutgoingPart {
  part: AnalysisPart;
  transfer: ArrayBuffer[];
}

export function* splitResult(id: number, result: AnalysisResult, itemsPerPart = ITEMS_PER_PART): Generator<OutgoingPart> {
  const { annotation } = result;
  // The highlight plan first: the host can draw it while the rest (the outline's and hovers' data) arrives.
  // Each buffer at most once: listing one twice makes postMessage throw.
  const transfer = [...new Set(Object.values(result.decorations).map((a) => a.buffer as ArrayBuffer))];
  // With how long the analysis took, which the log can tell before the rest arrives.
  yield { part: { id, kind: 'decorations', decorations: result.decorations, durationMs: result.durationMs }, transfer };
  for (const key of ANNOTATION_LISTS) {
    // Entities go out as shells; their mentions follow, entity by entity.
    const items = key === 'entities' ? annotation.entities.map((e) => ({ ...e, mentions: [] as Mention[] })) : annotation[key];
    for (const chunk of chunks<unknown>(items, itemsPerPart)) yield { part: { id, kind: key, items: chunk } as ListPart, transfer: [] };
  }
  for (let entityIndex = 0; entityIndex < annotation.entities.length; entityIndex++) {
    for (const items of chunks(annotation.entities[entityIndex].mentions, itemsPerPart)) {
      yield { part: { id, kind: 'mentions', entityIndex, items }, transfer: [] };
    }
  }
  for (const items of chunks(result.paragraphs, itemsPerPart)) yield { part: { id, kind: 'paragraphs', items }, transfer: [] };
  const emptied: Annotation = { ...annotation, entities: [], temporal: [], quotes: [] };
  yield { part: { id, kind: 'done', annotation: emptied, durationMs: result.durationMs }, transfer: [] };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * The worker's side of the pacing: sends the first part of a result at once and each further part when the host
 * asks for it. A new result replaces an unfinished one (whose host has moved on).
 */
export class PacedPartSender {
  private current: { id: number; parts: Iterator<OutgoingPart> } | undefined;

  constructor(private readonly post: (part: AnalysisPart, transfer: ArrayBuffer[]) => void) {}

  /** Whether no result is being sent (all parts of the last one went, or there was none). */
  get idle(): boolean {
    return this.current === undefined;
  }

  start(id: number, parts: Iterable<OutgoingPart>): void {
    this.current = { id, parts: parts[Symbol.iterator]() };
    this.next(id);
  }

  next(id: number): void {
    const current = this.current;
    if (!current || current.id !== id) return;
    const step = current.parts.next();
    if (step.done) {
      this.current = undefined;
      return;
    }
    if (step.value.part.kind === 'done') this.current = undefined;
    this.post(step.value.part, step.value.transfer);
  }
}

/** Rebuilds a result from its parts, in the order `splitResult` sends them. */
export class ResultAssembler {
  private readonly lists: { [K in AnnotationList]: Annotation[K] } = { entities: [], temporal: [], quotes: [] };
  private readonly paragraphs: Span[] = [];
  private decorations: PackedDecorationPlan | undefined;

  /** The highlight plan, once its part has arrived (before the rest of the result). */
  get highlights(): PackedDecorationPlan | undefined {
    return this.decorations;
  }

  /** Adds a part; returns the whole result once the final part arrives. */
  add(part: Exclude<AnalysisPart, { kind: 'error' }>): AnalysisResult | undefined {
    switch (part.kind) {
      case 'preview':
        return undefined; // not part of the result
      case 'entities':
      case 'temporal':
      case 'quotes': {
        const list: unknown[] = this.lists[part.kind];
        for (const item of part.items) list.push(item);
        return undefined;
      }
      case 'mentions': {
        const mentions = this.lists.entities[part.entityIndex].mentions;
        for (const m of part.items) mentions.push(m);
        return undefined;
      }
      case 'paragraphs':
        for (const p of part.items) this.paragraphs.push(p);
        return undefined;
      case 'decorations':
        this.decorations = part.decorations;
        return undefined;
      case 'done':
        if (!this.decorations) throw new Error('analysis result without its highlight plan');
        return {
          // Assigned over the emptied lists, so the keys keep the core's order (an exported JSON matches the CLI's).
          annotation: Object.assign(part.annotation, this.lists),
          paragraphs: this.paragraphs,
          decorations: this.decorations,
          durationMs: part.durationMs,
        };
    }
  }
}
