// Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most self time, and the most inclusive time.
//   node scripts/perf/profileTop.mjs FILE.cpuprofile [N]
import * as fs from 'fs';
const [file, n = '25'] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((node) => [node.id, node]));
const self = new Map();
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const label = (node) => `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber + 1}`;
for (const node of prof.nodes) self.set(label(node), (self.get(label(node)) ?? 0) + (dt.get(node.id) ?? 0));
const parent = new Map();
for (const node of prof.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const total = new Map();
for (const node of prof.nodes) {
  const t = dt.get(node.id) ?? 0;
  if (!t) continue;
  const seen = new Set();
  for (let id = node.id; id !== undefined; id = parent.get(id)) {
    const l = label(byId.get(id));
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + t);
  }
}
const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(n)).map(([l, t]) => `${(t / 1e6).toFixed(2).padStart(8)} s  ${l}`).join('\n');
console.log('SELF\n' + top(self) + '\n\nTOTAL\n' + top(total));
