/**
 * The "who said what" picture's model, with no DOM: speakers in a column on the left, the entities they are quoted
 * about on the right, an edge from speaker to entity weighted by the number of the speaker's quotes whose text
 * mentions the entity (when a quote mentions no entity, the entities named in its sentence stand in). Node radius
 * grows with the entity's mentions; colours are the highlight colours' ids. Subjects are ordered by the mean row
 * of their speakers (the barycentre heuristic) so edges cross less. Pure.
 */
import type { Annotation, Entity, EntityType, Quote, Span } from '../../../core/types';
import { categoryColorId, categoryOfEntityType, ENTITY_TYPE_LABELS } from '../../../presentation/categories';
import { sentenceAround, sentenceSnippet } from './snippet';
import { lowerBound } from '../../../core/text/lowerBound';

export type GraphSide = 'speaker' | 'subject';

/** Words to select: in the article drawn, or (on the story's graph) in the article `uri` names. */
export interface MapSpan extends Span {
  uri?: string;
  /** On the story's graph: "kyiv.txt, line 2 (dated 2025-06-10)". */
  where?: string;
}

export interface GraphNode {
  /** Unique in the graph: the side and the entity id ("speaker:emmanuel-macron"). */
  id: string;
  side: GraphSide;
  /** The entity's id, or null for the node that gathers quotations without a speaker. */
  entityId: string | null;
  name: string;
  type: EntityType | null;
  /** "Person", "Organisation", … or "Unattributed". */
  typeLabel: string;
  /** The `contributes.colors` id it is drawn in. */
  colorId: string;
  mentions: number;
  radius: number;
  /** 0-based row in its column. */
  row: number;
  /** Document spans a click selects in turn: a speaker's quotations, or the quotations about a subject. */
  spans: MapSpan[];
  /** How many quotations the spans are. */
  quotes: number;
  /** The sentence of its first quotation, bounded (for the card). */
  snippet?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** Quotations of the speaker about the subject. */
  weight: number;
  /** Their spans, in document order. */
  spans: MapSpan[];
  /** Of those, how many name the subject only in the quote's sentence, not inside the quotation. */
  bySentence: number;
  /** The sentence of its first quotation, bounded (for the card). */
  snippet?: string;
}

export interface SpeakerGraph {
  speakers: GraphNode[];
  subjects: GraphNode[];
  edges: GraphEdge[];
  /** The largest edge weight (at least 1), for stroke scaling. */
  maxWeight: number;
  /** Quotations in the article, and how many have no speaker. */
  quotes: number;
  unattributed: number;
}

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 18;
const UNATTRIBUTED = 'unattributed';

/** Radius by mentions: area grows with the count, up to MAX_RADIUS at the article's most mentioned entity. */
export function nodeRadius(mentions: number, mostMentions: number): number {
  if (mostMentions <= 1) return MIN_RADIUS + 2;
  const share = Math.sqrt(Math.max(0, mentions - 1) / (mostMentions - 1));
  return Math.round((MIN_RADIUS + share * (MAX_RADIUS - MIN_RADIUS)) * 10) / 10;
}

/** What a node shows of the entity behind it: one article's entity or the story's row alike. */
export interface NodeEntity {
  key: string;
  name: string;
  type: EntityType;
  mentions: number;
}

/**
 * One node as both graphs draw it; `who` null is the node that gathers the quotations without a speaker.
 * `snippet`: the card's text for its first quotation.
 */
export function graphNode(
  side: GraphSide, key: string, who: NodeEntity | null, mostMentions: number, row: number, spans: MapSpan[], snippet: string | undefined,
): GraphNode {
  return {
    id: `${side}:${key}`,
    side,
    entityId: who?.key ?? null,
    name: who?.name ?? 'Unattributed',
    type: who?.type ?? null,
    typeLabel: who ? ENTITY_TYPE_LABELS[who.type] : 'No speaker found',
    colorId: who ? categoryColorId(categoryOfEntityType(who.type)) : 'articleLens.quoteSpeakerUnderline',
    mentions: who?.mentions ?? 0,
    radius: who ? nodeRadius(who.mentions, mostMentions) : MIN_RADIUS,
    row,
    spans,
    quotes: spans.length,
    ...(snippet === undefined ? {} : { snippet }),
  };
}

/** An edge being built: the speaker's quotations about the subject, and how many name it only in the sentence. */
interface EdgeTally<S, Q> {
  speaker: string;
  subject: S;
  quotes: Q[];
  bySentence: number;
}

/**
 * Speaker → subject edges and each subject's quotations, tallied quotation by quotation: one article's graph
 * (entities and quotes) and the story's (rows and spans) alike.
 */
export class EdgeTallies<S, Q> {
  readonly edges = new Map<string, EdgeTally<S, Q>>();
  /** Each subject's quotations (by its key), in the order added, each once. */
  readonly about = new Map<string, Q[]>();

  constructor(private readonly keyOf: (subject: S) => string) {}

  add(speaker: string, subjects: readonly S[], quote: Q, bySentence: boolean): void {
    for (const subject of subjects) {
      const subjectKey = this.keyOf(subject);
      const edgeKey = `${speaker}\u0000${subjectKey}`;
      let edge = this.edges.get(edgeKey);
      if (!edge) this.edges.set(edgeKey, (edge = { speaker, subject, quotes: [], bySentence: 0 }));
      edge.quotes.push(quote);
      if (bySentence) edge.bySentence++;
      let about = this.about.get(subjectKey);
      if (!about) this.about.set(subjectKey, (about = []));
      if (about[about.length - 1] !== quote) about.push(quote);
    }
  }

  /** The subjects in drawing order (orderSubjectsBySpeakerRow over these edges). */
  subjectsInOrder(speakerRow: ReadonlyMap<string, number>, nameOf: (subject: S) => string): S[] {
    const weighted = [...this.edges.values()].map((e) => ({ speaker: e.speaker, subject: e.subject, weight: e.quotes.length }));
    return orderSubjectsBySpeakerRow(weighted, speakerRow, this.keyOf, nameOf);
  }

  /** The edges as the graph draws them, in drawing order; `snippetOf` gives the card's text of an edge's first quotation. */
  graphEdges(
    speakerRow: ReadonlyMap<string, number>, spansOf: (quotes: Q[]) => MapSpan[], snippetOf: (quote: Q) => string | undefined,
  ): GraphEdge[] {
    return [...this.edges.values()]
      .map((e) => {
        const subjectKey = this.keyOf(e.subject);
        const snippet = snippetOf(e.quotes[0]!);
        return {
          id: `edge:${e.speaker}\u2192${subjectKey}`,
          source: `speaker:${e.speaker}`,
          target: `subject:${subjectKey}`,
          weight: e.quotes.length,
          spans: spansOf(e.quotes),
          bySentence: e.bySentence,
          ...(snippet === undefined ? {} : { snippet }),
        };
      })
      .sort(byEdgeOrder(speakerRow));
  }
}

interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
}

/**
 * Subjects in the order the graph draws them: by the weighted mean row of their speakers (fewer crossing edges),
 * then heavier first, then by name. One article's graph and the story's order alike.
 */
function orderSubjectsBySpeakerRow<S>(
  edges: Iterable<{ speaker: string; subject: S; weight: number }>,
  speakerRow: ReadonlyMap<string, number>,
  keyOf: (subject: S) => string,
  nameOf: (subject: S) => string,
): S[] {
  const stats = new Map<string, { subject: S; weight: number; rowSum: number }>();
  for (const edge of edges) {
    const key = keyOf(edge.subject);
    const stat = stats.get(key) ?? { subject: edge.subject, weight: 0, rowSum: 0 };
    stat.weight += edge.weight;
    stat.rowSum += edge.weight * speakerRow.get(`speaker:${edge.speaker}`)!;
    stats.set(key, stat);
  }
  return [...stats.values()]
    .sort((a, b) => a.rowSum / a.weight - b.rowSum / b.weight || b.weight - a.weight || nameOf(a.subject).localeCompare(nameOf(b.subject)))
    .map((stat) => stat.subject);
}

/** Edges in drawing order: by their speaker's row, then heavier first, then by subject. */
function byEdgeOrder(speakerRow: ReadonlyMap<string, number>): (a: GraphEdge, b: GraphEdge) => number {
  return (a, b) => speakerRow.get(a.source)! - speakerRow.get(b.source)! || b.weight - a.weight || a.target.localeCompare(b.target);
}

/** Entities with a mention inside [start, end), excluding `exclude`, in the order first met. */
function entitiesWithin(sorted: readonly MentionRef[], start: number, end: number, exclude: string | null): Entity[] {
  const lo = lowerBound(sorted, (mention) => mention.start < start);
  const found: Entity[] = [];
  const seen = new Set<string>();
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) {
    const { entity } = sorted[i];
    if (sorted[i].end > end || entity.id === exclude || seen.has(entity.id)) continue;
    seen.add(entity.id);
    found.push(entity);
  }
  return found;
}

export function buildSpeakerGraph(annotation: Annotation, text: string): SpeakerGraph {
  const entities = new Map(annotation.entities.map((e) => [e.id, e]));
  const mentions: MentionRef[] = [];
  for (const entity of annotation.entities) for (const m of entity.mentions) mentions.push({ entity, start: m.start, end: m.end });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const mostMentions = annotation.entities.reduce((most, e) => Math.max(most, e.mentions.length), 1);

  interface SpeakerAcc { key: string; entity: Entity | null; quotes: Quote[] }
  const speakers = new Map<string, SpeakerAcc>();
  const tallies = new EdgeTallies<Entity, Quote>((entity) => entity.id);
  let unattributed = 0;

  const quotes = [...annotation.quotes].sort((a, b) => a.start - b.start);
  for (const quote of quotes) {
    const entity = quote.speaker ? entities.get(quote.speaker) ?? null : null;
    if (!entity) unattributed++;
    const key = entity ? entity.id : UNATTRIBUTED;
    let speaker = speakers.get(key);
    if (!speaker) speakers.set(key, (speaker = { key, entity, quotes: [] }));
    speaker.quotes.push(quote);

    let subjects = entitiesWithin(mentions, quote.start, quote.end, entity?.id ?? null);
    let bySentence = false;
    if (subjects.length === 0) {
      const sentence = sentenceAround(text, quote.start, quote.end);
      subjects = entitiesWithin(mentions, sentence.start, sentence.end, entity?.id ?? null);
      bySentence = true;
    }
    tallies.add(key, subjects, quote, bySentence);
  }

  const spanOf = (q: Quote): Span => ({ start: q.start, end: q.end });
  const snippetOf = (q: Quote | undefined) => (q ? sentenceSnippet(text, q.start, q.end) : undefined);
  const nodeEntity = (entity: Entity): NodeEntity => ({ key: entity.id, name: entity.name, type: entity.type, mentions: entity.mentions.length });
  const speakerNodes: GraphNode[] = [...speakers.values()]
    .sort((a, b) => b.quotes.length - a.quotes.length || (a.entity ? 0 : 1) - (b.entity ? 0 : 1) || a.quotes[0].start - b.quotes[0].start)
    .map((s, row) => graphNode('speaker', s.key, s.entity && nodeEntity(s.entity), mostMentions, row, s.quotes.map(spanOf), snippetOf(s.quotes[0])));
  const speakerRow = new Map(speakerNodes.map((n) => [n.id, n.row]));

  const subjectNodes: GraphNode[] = tallies.subjectsInOrder(speakerRow, (entity) => entity.name).map((entity, row) => {
    const about = tallies.about.get(entity.id) ?? [];
    return graphNode('subject', entity.id, nodeEntity(entity), mostMentions, row, about.map(spanOf), snippetOf(about[0]));
  });
  const graphEdges = tallies.graphEdges(speakerRow, (quotes) => quotes.map(spanOf), snippetOf);

  return {
    speakers: speakerNodes,
    subjects: subjectNodes,
    edges: graphEdges,
    maxWeight: graphEdges.reduce((most, e) => Math.max(most, e.weight), 1),
    quotes: annotation.quotes.length,
    unattributed,
  };
}
