/**
 * Runs a Node script in a child process with a time budget: collects its stdout and stderr, and kills it (by its
 * own pid, SIGKILL) when the budget runs out. The benchmarks measure in fresh processes so one run's heap and JIT
 * state never colour the next.
 */
import { spawn } from 'child_process';

export interface BudgetedRun {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

/** `node <argv>`, resolved when the child exits (or is killed at the end of the budget). */
export function runNodeWithBudget(argv: readonly string[], budgetSeconds: number): Promise<BudgetedRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, budgetSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, signal, timedOut });
    });
  });
}
