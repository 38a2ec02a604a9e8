/**
 * What ran in the longest stall of a thread, from a V8 CPU profile (.cpuprofile, e.g. the one the story scale test
 * writes with ARTICLE_LENS_STORY_PROFILE=FILE):
 *   node out/scripts/perf/longestStall.js FILE [--top N] [--mine REGEX]
 * A stall is a run of consecutive samples that are not "(idle)": the thread never went back to its event loop.
 * Prints the longest few with their time, then for the longest the functions by self time and by total time (the
 * time their frames were on the stack), each with its script and line, so the culprit is named, not guessed.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
export interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
export interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

export interface Stall { startMs: number; durationMs: number; first: number; last: number }

function isIdle(frame: CallFrame): boolean {
  return frame.functionName === '(idle)';
}

/** Runs of busy samples, longest first. Sample i lasts timeDeltas[i + 1] (the gap to the next sample). */
export function stalls(profile: CpuProfile): Stall[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const found: Stall[] = [];
  let at = 0;
  let current: Stall | undefined;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const lasts = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]!)!;
    if (isIdle(node.callFrame)) {
      if (current) found.push(current);
      current = undefined;
      continue;
    }
    if (!current) current = { startMs: at / 1000, durationMs: 0, first: i, last: i };
    current.durationMs += lasts;
    current.last = i;
  }
  if (current) found.push(current);
  return found.sort((a, b) => b.durationMs - a.durationMs);
}

/**
 * The longest run of consecutive samples with a frame `mine` accepts on the stack, in ms: how long the code it
 * names held the thread at a stretch (garbage collection it caused has no stack and is not counted).
 */
export function longestRunOnStack(profile: CpuProfile, mine: (frame: CallFrame) => boolean): number {
  return longestStretchOnStack(profile, mine)?.durationMs ?? 0;
}

/** That longest run as a Stall (its samples), or undefined when the code is never on the stack. */
export function longestStretchOnStack(profile: CpuProfile, mine: (frame: CallFrame) => boolean): Stall | undefined {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const onStack = new Map<number, boolean>();
  const has = (id: number): boolean => {
    let known = onStack.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = mine(byId.get(id)!.callFrame) || (up !== undefined && has(up));
      onStack.set(id, known);
    }
    return known;
  };
  let longest: Stall | undefined;
  let run: Stall | undefined;
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (has(profile.samples[i]!)) {
      run ??= { startMs: at / 1000, durationMs: 0, first: i, last: i };
      run.durationMs += (profile.timeDeltas[i + 1] ?? 0) / 1000;
      run.last = i;
      if (!longest || run.durationMs > longest.durationMs) longest = { ...run };
    } else {
      run = undefined;
    }
  }
  return longest;
}

function label(frame: CallFrame): string {
  const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '(native)';
  return `${frame.functionName || '(anonymous)'} ${where}`;
}

/** Self and total milliseconds per function within samples [first, last]. */
export function attribute(profile: CpuProfile, stall: Stall): { self: Map<string, number>; total: Map<string, number> } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = stall.first; i <= stall.last; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(profile.samples[i]!)!;
    self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const name = label(byId.get(id)!.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  return { self, total };
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
  if (!file) {
    console.error('usage: node out/scripts/perf/longestStall.js FILE.cpuprofile [--top N]');
    process.exit(2);
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const runs = stalls(profile);
  console.log(`${profile.samples.length} samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s; longest stalls:`);
  for (const run of runs.slice(0, 5)) console.log(`  ${run.durationMs.toFixed(1)} ms at ${(run.startMs / 1000).toFixed(2)} s`);
  const mineAt = args.indexOf('--mine');
  const pattern = mineAt >= 0 ? new RegExp(args[mineAt + 1] ?? '') : undefined;
  const chosen = pattern ? longestStretchOnStack(profile, (frame) => pattern.test(frame.url)) : runs[0];
  const what = pattern ? `the longest stretch of ${pattern.source}` : 'the longest stall';
  if (!chosen) {
    console.log(`\nno samples for ${what}`);
    return;
  }
  const { self, total } = attribute(profile, chosen);
  const show = (title: string, map: Map<string, number>) => {
    console.log(`\n${title} in ${what} (${chosen.durationMs.toFixed(1)} ms at ${(chosen.startMs / 1000).toFixed(2)} s):`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  };
  show('Self time', self);
  show('Total time', total);
}

if (require.main === module) main();
