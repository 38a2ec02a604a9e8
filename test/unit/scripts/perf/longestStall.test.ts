import * as assert from 'assert';
import { attribute, longestRunOnStack, stalls, type CpuProfile } from '../../../../scripts/perf/longestStall';

/** root → idle; root → host → ours → leaf; root → gc. Samples: the node id of each, one every `deltas` µs. */
function profileOf(samples: number[], deltas: number[]): CpuProfile {
  const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 6] },
      { id: 2, callFrame: frame('(idle)') },
      { id: 3, callFrame: frame('dispatch', 'file:///host/extensionHostProcess.js'), children: [4] },
      { id: 4, callFrame: frame('indexFile', 'file:///ext/dist/extension.js'), children: [5] },
      { id: 5, callFrame: frame('postMessage') },
      { id: 6, callFrame: frame('(garbage collector)') },
    ],
    startTime: 0,
    endTime: deltas.reduce((a, b) => a + b, 0),
    samples,
    timeDeltas: deltas,
  };
}

describe('longest stall in a CPU profile (scripts/perf/longestStall.ts)', () => {
  // 1 ms per sample: idle, ours, ours, gc, host, idle, ours, idle.
  const profile = profileOf([2, 5, 4, 6, 3, 2, 5, 2], [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000]);

  it('a stall is the busy samples between two idle ones, longest first', () => {
    const found = stalls(profile);
    assert.deepStrictEqual(found.map((s) => s.durationMs), [4, 1]);
    assert.deepStrictEqual([found[0]!.first, found[0]!.last], [1, 4]);
  });

  it('counts only the stretches with the named code on the stack (GC and the host alone break them)', () => {
    assert.strictEqual(longestRunOnStack(profile, (f) => f.url.endsWith('/dist/extension.js')), 2);
    assert.strictEqual(longestRunOnStack(profile, (f) => f.functionName === 'dispatch'), 2);
    assert.strictEqual(longestRunOnStack(profile, () => false), 0);
  });

  it('names the functions of the longest stall by self and total time', () => {
    const { self, total } = attribute(profile, stalls(profile)[0]!);
    assert.strictEqual(self.get('postMessage (native)'), 1);
    assert.strictEqual(self.get('(garbage collector) (native)'), 1);
    assert.strictEqual(total.get('indexFile extension.js:1'), 2);
    assert.strictEqual(total.get('(root) (native)'), 4);
  });
});
