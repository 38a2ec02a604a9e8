/**
 * compromise (+ compromise-dates) as an Article Lens peer: its people / organisations / places / demonyms become
 * entities, its dates and durations become TIMEX3-valued temporal expressions, its quotations become direct quotes.
 * compromise has no coreference, speakers or datelines; we give it the simple string matching anyone would add
 * (same name = same entity, a lone surname joins the full name) and nothing more.
 *
 * Spans: compromise's match-level offsets include trailing punctuation ("Putin,"), so spans are rebuilt from the
 * first and last term offsets (which are UTF-16 and exclude punctuation), then checked against the text.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type {
  AnalyzeOptions,
  Annotation,
  Entity,
  EntityType,
  Mention,
  Quote,
  TemporalExpression,
  TemporalType,
} from '../../../src/core/types';

nlp.plugin(datesPlugin);

/** The parts of compromise's `.json({ offset: true })` output the peer reads. */
interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface MatchJson {
  text: string;
  terms: TermJson[];
  dates?: { start?: string; end?: string; unit?: string; repeat?: { interval?: Record<string, number> } };
  duration?: Record<string, number>;
}
/** A compromise view: the only method the peer calls on it. */
interface View {
  json(options: { offset: true }): MatchJson[];
}
// compromise's typings don't cover plugin methods (dates(), durations()); one local view of the document suffices.
interface CompromiseDoc {
  people(): View;
  organizations(): View;
  places(): View;
  quotations(): View;
  match(pattern: string): View;
  dates(options?: { today?: string; timezone?: string }): View;
  durations(): View;
  sentences(): { forEach(each: (sentence: CompromiseDoc) => void): void };
}

/**
 * A view's matches; when compromise throws on the whole document (compromise-dates 3.9 fails on some phrasings,
 * e.g. "a third-quarter net loss"), sentence by sentence, skipping only the sentences it cannot handle.
 * Sub-views keep document offsets.
 */
function matchesOf(doc: CompromiseDoc, view: (d: CompromiseDoc) => View): MatchJson[] {
  try {
    return view(doc).json({ offset: true });
  } catch {
    const out: MatchJson[] = [];
    doc.sentences().forEach((sentence) => {
      try {
        out.push(...view(sentence).json({ offset: true }));
      } catch {
        /* this sentence only: compromise cannot read it */
      }
    });
    return out;
  }
}

const QUOTE_CHARS = '"“”\'‘’«»„';

interface Range {
  start: number;
  end: number;
}

/** First term start → last term end, after dropping leading terms that `dropLead` rejects. */
function termRange(terms: TermJson[], text: string, dropLead: (t: TermJson) => boolean = () => false): Range | null {
  let first = 0;
  while (first < terms.length && dropLead(terms[first]!)) first++;
  if (first >= terms.length) return null;
  const a = terms[first]!;
  const b = terms[terms.length - 1]!;
  const start = a.offset.start;
  const end = b.offset.start + b.offset.length;
  // Guard against offset drift: the slice must begin with the first term and end with the last.
  const slice = text.slice(start, end);
  if (!slice.startsWith(a.text) || !slice.endsWith(b.text) || end <= start) return null;
  return { start, end };
}

const isHonorificOrDeterminer = (t: TermJson) =>
  t.tags.includes('Honorific') || t.tags.includes('Determiner') || t.tags.includes('Preposition');

/** Trim a trailing possessive ("Ukraine’s" → "Ukraine"): the possessive is not part of the name. */
function trimPossessive(r: Range, text: string): Range {
  const s = text.slice(r.start, r.end);
  const m = /['’]s?$/.exec(s);
  if (m && s.length > m[0].length) return { start: r.start, end: r.end - m[0].length };
  return r;
}

const normalise = (s: string) => s.toLowerCase().replace(/[.\u2019']/g, '').replace(/\s+/g, ' ').trim();

function entitiesOf(doc: CompromiseDoc, text: string): Entity[] {
  const candidates: { range: Range; type: EntityType; acronym: boolean }[] = [];
  const add = (view: (d: CompromiseDoc) => View, type: EntityType) => {
    for (const m of matchesOf(doc, view)) {
      const r = termRange(m.terms, text, isHonorificOrDeterminer);
      if (!r) continue;
      const range = trimPossessive(r, text);
      const acronym = m.terms.length === 1 && m.terms[0]!.tags.includes('Acronym');
      candidates.push({ range, type, acronym });
    }
  };
  add((d) => d.people(), 'PERSON');
  add((d) => d.organizations(), 'ORGANIZATION');
  add((d) => d.places(), 'LOCATION');
  add((d) => d.match('#Demonym'), 'MISC');

  // One type per span: longer spans first, then compromise's own precedence (people, orgs, places, demonyms).
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((x, y) => y.c.range.end - y.c.range.start - (x.c.range.end - x.c.range.start) || x.i - y.i);
  const kept: typeof candidates = [];
  for (const { c } of order) {
    if (kept.some((k) => k.range.start < c.range.end && c.range.start < k.range.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.range.start - b.range.start);

  // Clustering: identical normalised names of one type; a single-word person name joins the full name ending in it.
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  const fullPeople = kept
    .filter((k) => k.type === 'PERSON' && /\s/.test(text.slice(k.range.start, k.range.end)))
    .map((k) => normalise(text.slice(k.range.start, k.range.end)));
  for (const k of kept) {
    const surface = text.slice(k.range.start, k.range.end);
    let key = `${k.type}:${normalise(surface)}`;
    if (k.type === 'PERSON' && !/\s/.test(surface)) {
      const full = fullPeople.find((f) => f.endsWith(' ' + normalise(surface)));
      if (full) key = `PERSON:${full}`;
    }
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: `c${entities.length + 1}`, type: k.type, name: surface, mentions: [] };
      byKey.set(key, entity);
      entities.push(entity);
    }
    const mention: Mention = { ...k.range, text: surface, kind: k.acronym ? 'acronym' : 'name' };
    entity.mentions.push(mention);
    if (surface.length > entity.name.length) entity.name = surface;
  }
  return entities;
}

function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const SEASONS: Record<string, string> = { '03': 'SP', '04': 'SP', '05': 'SP', '06': 'SU', '07': 'SU', '08': 'SU', '09': 'FA', '10': 'FA', '11': 'FA', '12': 'WI', '01': 'WI', '02': 'WI' };

/** A compromise-dates interval → TIMEX3 type and value, at the granularity compromise reports. */
function dateValue(dates: NonNullable<MatchJson['dates']>): { type: TemporalType; value: string } | null {
  if (dates.repeat) {
    const interval = dates.repeat.interval ?? {};
    const unit = Object.keys(interval)[0];
    const code: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D' };
    const value = unit && code[unit] ? `P${interval[unit]}${code[unit]}` : unit ? `PT${interval[unit]}${unit[0]!.toUpperCase()}` : 'P1D';
    return { type: 'SET', value };
  }
  const start = dates.start;
  if (!start || !/^\d{4}-\d\d-\d\d/.test(start)) return null;
  const ymd = start.slice(0, 10);
  switch (dates.unit) {
    case 'year':
      return { type: 'DATE', value: ymd.slice(0, 4) };
    case 'decade':
      return { type: 'DATE', value: ymd.slice(0, 3) };
    case 'century':
      return { type: 'DATE', value: ymd.slice(0, 2) };
    case 'quarter':
      return { type: 'DATE', value: `${ymd.slice(0, 4)}-Q${Math.floor((Number(ymd.slice(5, 7)) - 1) / 3) + 1}` };
    case 'season':
      return { type: 'DATE', value: `${ymd.slice(0, 4)}-${SEASONS[ymd.slice(5, 7)]}` };
    case 'month':
      return { type: 'DATE', value: ymd.slice(0, 7) };
    case 'week':
      return { type: 'DATE', value: isoWeek(new Date(start)) };
    case 'hour':
    case 'minute':
    case 'time':
      return { type: 'TIME', value: start.slice(0, 16) };
    default:
      return { type: 'DATE', value: ymd };
  }
}

/** A compromise duration object ({ hour: 2 }) → "PT2H". */
function durationValue(duration: Record<string, number>): string | null {
  const date: [string, string][] = [['year', 'Y'], ['month', 'M'], ['week', 'W'], ['day', 'D']];
  const time: [string, string][] = [['hour', 'H'], ['minute', 'M'], ['second', 'S']];
  let value = 'P';
  for (const [k, c] of date) if (duration[k]) value += `${duration[k]}${c}`;
  let t = '';
  for (const [k, c] of time) if (duration[k]) t += `${duration[k]}${c}`;
  if (t) value += 'T' + t;
  return value === 'P' ? null : value;
}

const isPreposition = (t: TermJson) => t.tags.includes('Preposition');

function temporalOf(doc: CompromiseDoc, text: string, referenceDate: string | undefined): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  // UTC: the values are calendar dates, and the machine's zone must not shift them. compromise-dates prefers the
  // future for a bare weekday or month ("Tuesday" = the coming one); that documented bias is left as it is.
  const context = referenceDate ? { today: referenceDate, timezone: 'UTC' } : { timezone: 'UTC' };
  for (const m of matchesOf(doc, (d) => d.dates(context))) {
    // TIMEX3 extents leave out the preposition compromise-dates includes ("on September 22").
    const r = termRange(m.terms, text, isPreposition);
    const v = m.dates && dateValue(m.dates);
    if (!r || !v) continue;
    out.push({ ...r, text: text.slice(r.start, r.end), ...v });
  }
  for (const m of matchesOf(doc, (d) => d.durations())) {
    const r = termRange(m.terms, text, isPreposition);
    const value = m.duration && durationValue(m.duration);
    if (!r || !value) continue;
    if (out.some((e) => e.start < r.end && r.start < e.end)) continue;
    out.push({ ...r, text: text.slice(r.start, r.end), type: 'DURATION', value });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** compromise's quotations, widened to include their quotation marks (kept in the terms' pre/post). */
function quotesOf(doc: CompromiseDoc, text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of matchesOf(doc, (d) => d.quotations())) {
    const r = termRange(m.terms, text);
    if (!r) continue;
    let { start, end } = r;
    const first = m.terms[0]!;
    const last = m.terms[m.terms.length - 1]!;
    if (first.pre && text.slice(start - first.pre.length, start) === first.pre) {
      const q = [...first.pre].findIndex((c) => QUOTE_CHARS.includes(c));
      if (q >= 0) start -= first.pre.length - q;
    }
    if (last.post && text.startsWith(last.post, end)) {
      let q = -1;
      for (let i = last.post.length - 1; i >= 0; i--) if (QUOTE_CHARS.includes(last.post[i]!)) { q = i; break; }
      if (q >= 0) end += q + 1;
    }
    out.push({ start, end, text: text.slice(start, end), kind: 'direct', speaker: null, speakerMention: null, cue: null });
  }
  return out;
}

/** The parsed document and the annotation, for the bench (which times nlp(text) and the extractions together). */
export function annotateWithCompromise(text: string, options: AnalyzeOptions = {}): Annotation {
  const doc = nlp(text) as unknown as CompromiseDoc;
  return {
    referenceDate: options.referenceDate ?? null,
    dateline: null,
    entities: entitiesOf(doc, text),
    temporal: temporalOf(doc, text, options.referenceDate),
    quotes: quotesOf(doc, text),
  };
}
