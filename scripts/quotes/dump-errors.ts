/**
 * Lists PolNeAR dev quotations whose speaker is wrong or missing (debugging aid for docs/quotes.md).
 * Run: node out/scripts/quotes/dump-errors.js [speaker|recall|precision|reported|reported-fp] [limit]
 */
import '../../src/node/installNerModel';
import { analyzeArticle } from '../../src/core/analyze';
import { goldDirectQuotes, loadPolnear } from '../eval/polnear';

const mode = process.argv[2] ?? 'speaker';
const docs = loadPolnear(process.env.POLNEAR_SPLIT === 'train' ? 'train' : 'dev', process.argv[3] ? Number(process.argv[3]) : undefined) ?? [];
const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const flat = (s: string) => s.replace(/\s+/g, ' ');
for (const doc of docs) {
  const ann = analyzeArticle(doc.text);
  const gold = goldDirectQuotes(doc);
  const quoted = ann.quotes.filter((q) => q.kind !== 'reported');
  if (mode === 'speaker' || mode === 'recall') {
    for (const g of gold) {
      const q = quoted.find((p) => Math.min(p.end, g.end) - Math.max(p.start, g.start) >= 0.8 * (g.end - g.start));
      if (mode === 'recall') {
        if (!q) console.log(`MISS ${doc.name}\n   ${flat(doc.text.slice(g.start - 60, g.end + 40))}`);
        continue;
      }
      if (!q || g.attribution.source.length === 0) continue;
      const spans = [...(q.speakerMention ? [q.speakerMention] : []), ...(ann.entities.find((e) => e.id === q.speaker)?.mentions ?? [])];
      if (spans.some((s) => g.attribution.source.some((src) => ov(s, src)))) continue;
      const src = g.attribution.source.map((s) => doc.text.slice(s.start, s.end)).join(' | ');
      const who = q.speakerMention ? doc.text.slice(q.speakerMention.start, q.speakerMention.end) : '-';
      console.log(`SPK gold=[${src}] got=[${who}] ${q.kind} cue=${q.cue?.text ?? '-'}\n   ${flat(doc.text.slice(Math.max(0, q.start - 100), q.end + 80))}`);
    }
  }
  if (mode === 'precision') {
    const contents = doc.attributions.flatMap((a) => a.content);
    for (const q of quoted) {
      if (!q.speaker && !q.speakerMention) continue;
      const inside = contents.reduce((s, c) => s + Math.max(0, Math.min(q.end, c.end) - Math.max(q.start, c.start)), 0);
      if (inside < 0.5 * (q.end - q.start)) console.log(`FP ${q.kind} ${flat(q.text.slice(0, 120))}\n   ${flat(doc.text.slice(Math.max(0, q.start - 80), q.end + 60))}`);
    }
  }
  if (mode === 'reported-fp') {
    const contents = doc.attributions.flatMap((a) => a.content);
    for (const q of ann.quotes.filter((p) => p.kind === 'reported')) {
      const inside = contents.reduce((s, c) => s + Math.max(0, Math.min(q.end, c.end) - Math.max(q.start, c.start)), 0);
      const who = q.speakerMention ? doc.text.slice(q.speakerMention.start, q.speakerMention.end) : '-';
      if (inside < 0.5 * (q.end - q.start)) console.log(`RFP cue=${q.cue?.text} who=${who} :: ${flat(q.text).slice(0, 120)}`);
    }
  }
  if (mode === 'reported') {
    for (const a of doc.attributions) {
      if (a.source.length === 0 || gold.some((g) => g.attribution === a)) continue;
      const hit = ann.quotes.some((q) => q.kind === 'reported' && a.content.some((c) => ov(q, c)));
      if (hit) continue;
      const cue = a.cue.map((s) => doc.text.slice(s.start, s.end)).join(' ');
      const src = a.source.map((s) => doc.text.slice(s.start, s.end)).join(' ');
      console.log(`REP cue=[${cue}] src=[${src}] :: ${flat(doc.text.slice(a.content[0].start, a.content[0].end)).slice(0, 100)}`);
    }
  }
}
