/**
 * `annotate` — Article Lens on the command line (usage: args.ts). The run is a stream: inputs are read one after
 * the other (files, directories walked by corpus.ts, or --stream JSON Lines), analysed by documentJob.ts in this
 * thread or in worker threads (pool.ts), and each result is written as soon as it is next in line (ordered.ts);
 * only a few documents are ever in flight, so memory stays flat however many files there are.
 */
import '../node/installNerModel';
import { isMainThread } from 'worker_threads';
import packageJson from '../../package.json';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { corpusFiles, type CorpusEntry } from './corpus';
import type { DocumentResult, DocumentTask, OutputKind } from './documentJob';
import { inOrder } from './ordered';
import { BROKEN_PIPE_STATUS, Output, type OutputStream } from './output';
import { InlineAnalyzer, WorkerPool, type Analyzer } from './pool';
import { makeProgress, type Progress } from './progress';
import { ArticleReadError, WAIT_NOTICE_MS, readArticle } from './readArticle';
import { terminalSafe } from './safeText';
import { streamRecords } from './streamInput';
import { StoryTable, storyTableText } from './summary';
import { wantsColor } from './style';

export interface CliIO {
  stdout: OutputStream;
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Ends the process at once (a closed output pipe); tests may pass their own. */
  exit(status: number): void;
}

/** One input on its way through: read (or failed to be), then analysed. */
interface Input {
  name: string | number | null;
  nameField: 'file' | 'id';
  text?: string;
  referenceDate?: string;
  /** Why it cannot be annotated: reported instead of a result. */
  error?: string;
}

type Outcome = { result: DocumentResult } | { error: string };

/** How many documents may be in flight per worker: its queue of two (pool.ts) and room for results waiting their turn. */
const IN_FLIGHT_PER_WORKER = 4;

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`annotate: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  return run(options, io);
}

async function run(options: CliOptions, io: CliIO): Promise<number> {
  const output = new Output(io.stdout, () => io.exit(BROKEN_PIPE_STATUS));
  const kind: OutputKind = options.summary ? 'summary' : options.json || options.stream ? 'json' : options.markdown ? 'markdown' : 'text';
  const color = kind === 'text' && wantsColor(io.stdout, io.env);
  const waitNoticeMs = Number(io.env.ARTICLE_LENS_WAIT_NOTICE_MS) || WAIT_NOTICE_MS;
  let status = 0;

  // Files mode: the list first (paths only), so the progress bar knows the total and one file needs no worker.
  let entries: CorpusEntry[] = [];
  const problems: string[] = [];
  if (!options.stream) {
    for await (const entry of corpusFiles(options.files, options, (m) => problems.push(m))) entries.push(entry);
  }
  const progress: Progress = makeProgress(io.stderr, options.progress, options.stream ? undefined : entries.length);
  const report = (message: string) => progress.log(`annotate: ${terminalSafe(message)}`);
  for (const problem of problems) {
    report(problem);
    status = 1;
  }

  const workers = options.stream ? options.jobs : Math.min(options.jobs, entries.length);
  const analyzer: Analyzer = workers > 1 ? new WorkerPool(workers) : new InlineAnalyzer();
  const story = options.summary ? new StoryTable() : undefined;
  const limits = { maxBytes: options.maxBytes, stdin: io.stdin, onWaiting: (m: string) => progress.log(terminalSafe(m)), waitNoticeMs };

  async function* fileInputs(): AsyncGenerator<Input> {
    for (const { file } of entries) {
      try {
        yield { name: file, nameField: 'file', text: await readArticle(file, limits, terminalSafe(file)) };
      } catch (error) {
        if (!(error instanceof ArticleReadError)) throw error;
        yield { name: file, nameField: 'file', error: error.message };
      }
    }
  }

  async function* streamInputs(): AsyncGenerator<Input> {
    for await (const record of streamRecords(io.stdin, { maxBytes: options.maxBytes, onWaiting: limits.onWaiting, waitNoticeMs })) {
      if ('error' in record) yield { name: record.id, nameField: 'id', error: record.error };
      else yield { name: record.id, nameField: 'id', text: record.text, referenceDate: record.referenceDate ?? options.referenceDate };
    }
  }

  const start = (input: Input): Promise<Outcome> => {
    if (input.error !== undefined || input.text === undefined) return Promise.resolve({ error: input.error ?? 'no text' });
    const task: DocumentTask = {
      name: input.name,
      nameField: input.nameField,
      text: input.text,
      referenceDate: input.nameField === 'id' ? input.referenceDate : options.referenceDate,
      output: kind,
      color,
      checks: options.checks,
    };
    return analyzer.run(task).then(
      (result) => ({ result }),
      (error: Error) => ({ error: `${input.nameField === 'file' ? terminalSafe(String(input.name)) : `id ${JSON.stringify(input.name)}`}: analysis failed (${error.message})` }),
    );
  };

  let written = 0;
  const emit = async (outcome: Outcome, input: Input): Promise<void> => {
    if ('error' in outcome) {
      if (input.nameField === 'id' && kind === 'json') {
        // In-band, in its place: a stream consumer keeps one output line per input line.
        await output.write(`${JSON.stringify({ id: input.name, error: outcome.error })}\n`);
      } else {
        report(outcome.error);
        if (input.nameField === 'file') status = 1;
      }
      progress.advance(0);
      return;
    }
    const { result } = outcome;
    if (result.kind === 'entities') story?.add(result.entities);
    else {
      if ((kind === 'text' || kind === 'markdown') && written > 0) await output.write('\n');
      if (result.kind === 'chunks') {
        for (const chunk of result.chunks) {
          if (output.isBroken) break;
          await output.write(chunk);
        }
      } else await output.write(result.text);
      written++;
    }
    progress.advance(result.bytes);
  };

  try {
    const window = Math.max(1, workers) * IN_FLIGHT_PER_WORKER;
    await inOrder(options.stream ? streamInputs() : fileInputs(), start, emit, workers > 1 ? window : 1);
  } finally {
    progress.stop();
    await analyzer.close();
  }
  if (story && !output.isBroken) {
    const rows = story.rows();
    if (options.json) for (const row of rows) await output.write(`${JSON.stringify(row)}\n`);
    else await output.write(storyTableText(rows, story.articles, terminalSafe));
  }
  return status;
}

if (isMainThread && require.main === module) {
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    exit: (status) => process.exit(status),
  };
  main(process.argv.slice(2), io).then(
    (status) => {
      // Not process.exit: let buffered output drain first.
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`annotate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
