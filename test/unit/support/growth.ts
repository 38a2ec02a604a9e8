/**
 * How the running time of a function grows with the size of its input, as a ratio of times at two sizes (never an
 * absolute time, which depends on the machine and its load). Each time is the fastest of a few rounds, and each
 * round repeats the call until it has run for a while, so a fast function is not lost in timer noise.
 */

/** Seconds per call of `run`, the fastest of `rounds` rounds of at least `minSeconds` each. */
export function secondsPerCall(run: () => void, rounds = 3, minSeconds = 0.02): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const t0 = process.hrtime.bigint();
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (elapsed < minSeconds);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * t(big) ÷ t(small) for inputs built by `make` at the two sizes. Linear work gives about big ÷ small; quadratic
 * work its square. The inputs are built before timing, and each function is run once first (JIT warm-up).
 */
export function growthRatio<T>(make: (size: number) => T, run: (input: T) => void, small: number, big: number): number {
  const a = make(small);
  const b = make(big);
  run(a);
  run(b);
  // Load on a shared machine only ever inflates a ratio (a stall lands in one of the two timings), while
  // super-linear work inflates every attempt: the smallest of a few attempts is the honest one.
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    best = Math.min(best, secondsPerCall(() => run(b)) / secondsPerCall(() => run(a)));
  }
  return best;
}
