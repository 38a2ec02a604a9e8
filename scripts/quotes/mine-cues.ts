/**
 * Mines speech-cue word forms from PolNeAR train (../shared/eval/polnear/train): for every lowercase word form
 * (and two-word phrase) that annotators marked as a Cue, how often it is a cue among all its occurrences.
 * Forms that are cues most of the time, and often enough, are shipped in src/core/lang/en/mined-cues.json
 * (counts only: no corpus text). Run: npx tsc -p . && node out/scripts/quotes/mine-cues.js
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadPolnear } from '../eval/polnear';
import { REPO_ROOT } from '../eval/paths';

const MIN_CUE_COUNT = 5;
const MIN_CUE_RATIO = 0.4;

function main(): void {
  const docs = loadPolnear('train');
  if (!docs) {
    console.error('PolNeAR train is absent (../shared/eval/polnear/train)');
    process.exit(1);
  }
  const asCue = new Map<string, number>();
  const total = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const doc of docs) {
    const cueStarts = new Map<number, number>();
    for (const a of doc.attributions) for (const c of a.cue) cueStarts.set(c.start, c.end);
    const words = [...doc.text.matchAll(/\p{L}+/gu)];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const one = w[0].toLowerCase();
      const start = w.index!;
      bump(total, one);
      const next = words[i + 1];
      const two = next && doc.text.slice(start + w[0].length, next.index!) === ' ' ? `${one} ${next[0].toLowerCase()}` : null;
      if (two) bump(total, two);
      const cueEnd = cueStarts.get(start);
      if (cueEnd === undefined) continue;
      if (cueEnd === start + w[0].length) bump(asCue, one);
      else if (two && cueEnd === next.index! + next[0].length) bump(asCue, two);
    }
  }
  const mined = [...asCue.entries()]
    .filter(([form, n]) => n >= MIN_CUE_COUNT && n / (total.get(form) ?? n) >= MIN_CUE_RATIO)
    .map(([form, n]) => ({ form, cue: n, total: total.get(form) ?? n }))
    .sort((a, b) => b.cue - a.cue);
  const out = path.join(REPO_ROOT, 'src', 'core', 'lang', 'en', 'mined-cues.json');
  fs.writeFileSync(out, JSON.stringify({ source: 'PolNeAR train cue spans', minCueCount: MIN_CUE_COUNT, minCueRatio: MIN_CUE_RATIO, forms: mined }, null, 1) + '\n');
  console.log(`${mined.length} cue forms → ${path.relative(REPO_ROOT, out)}`);
}

main();
