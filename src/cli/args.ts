/**
 * Command-line arguments of `annotate`. Every option is one entry of OPTIONS (its names, its value, its help line
 * and what it sets), so a new option is one more entry and the help text follows it.
 */
import * as os from 'os';
import { formatByteSize, parseByteSize } from './byteSize';
import { isIsoDate } from '../core/temporal/calendar';

export interface CliOptions {
  json: boolean;
  /** Run the editor's checks too (issue #15). */
  checks?: boolean;
  referenceDate?: string;
  /** Files, directories, or "-" for standard input. */
  files: string[];
  help: boolean;
  version: boolean;
  /** Largest input read, in bytes (a file, standard input, or one line of --stream input). */
  maxBytes: number;
  /** Globs that select files inside directories (default: DEFAULT_INCLUDE), and globs that leave files out. */
  include: string[];
  exclude: string[];
  /** JSON Lines on standard input → one annotation per line on standard output. */
  stream: boolean;
  /** Worker threads analysing in parallel. */
  jobs: number;
  /** The story table across all inputs instead of per-file annotations. */
  summary: boolean;
  /** The Markdown report per file (the extension's "Export Report as Markdown") instead of the marked-up text. */
  markdown?: boolean;
  /** Progress bar on standard error when it is a terminal (--no-progress turns it off). */
  progress: boolean;
}

export class UsageError extends Error {}

export const DEFAULT_MAX_BYTES = 50_000_000;
/** Articles are plain text or Markdown, as in the extension's default `articleLens.languages`. */
export const DEFAULT_INCLUDE = ['*.txt', '*.text', '*.md', '*.markdown'];

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

interface OptionSpec {
  names: string[];
  /** Placeholder of the option's value in the help; absent for a flag. */
  value?: string;
  help: string;
  set(options: CliOptions, value: string, name: string): void;
}

function checkDate(value: string, name: string): string {
  if (value === '') throw new UsageError(`${name} needs a date: YYYY-MM-DD`);
  if (!isIsoDate(value)) throw new UsageError(`${name}: "${value}" is not a calendar date in the form YYYY-MM-DD`);
  return value;
}

function checkJobs(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new UsageError(`${name}: "${value}" is not a number of worker threads (1–256)`);
  }
  return Number(value);
}

function checkSize(value: string, name: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined || bytes < 1) {
    throw new UsageError(`${name}: "${value}" is not a size (e.g. 20MB, 500KB, 1GiB or a number of bytes)`);
  }
  return bytes;
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    names: ['--json'],
    help: 'one JSON object per file per line (the Article Lens annotation format), each starting with "file": the path as given',
    set: (o) => (o.json = true),
  },
  {
    names: ['--markdown'],
    help: 'write each file\'s Markdown report instead of the marked-up text: entity tables, the timeline and the quotations ' +
      '(the report the extension\'s "Export Report as Markdown" writes)',
    set: (o) => (o.markdown = true),
  },
  {
    names: ['--checks'],
    help: "also run the editor's checks (weekday/date clashes, quotations with no speaker, names spelled two ways, unbalanced " +
      'quotation marks, vague attribution, past events dated after the article): a "checks" array in JSON, a section in the report',
    set: (o) => (o.checks = true),
  },
  {
    names: ['--reference-date'],
    value: 'YYYY-MM-DD',
    help: 'resolve relative dates ("yesterday", "on Monday") against this date instead of the date the article itself gives',
    set: (o, v, n) => (o.referenceDate = checkDate(v, n)),
  },
  {
    names: ['--stream'],
    help: 'read JSON Lines on standard input, {"id": …, "text": …, "referenceDate"?: …} per line, and write one annotation per line ' +
      '(with "id" in place of "file") in input order; a bad line gets an {"id": …, "error": …} line and the stream goes on',
    set: (o) => (o.stream = true),
  },
  {
    names: ['--include'],
    value: 'GLOB',
    help: `inside a directory, annotate the files matching GLOB (repeatable; default: ${DEFAULT_INCLUDE.join(' ')}); ` +
      'a GLOB without "/" matches the file name at any depth, one with "/" the path below the directory',
    set: (o, v) => o.include.push(v),
  },
  {
    names: ['--exclude'],
    value: 'GLOB',
    help: 'leave out files and directories matching GLOB inside a directory (repeatable; e.g. --exclude "drafts/**" --exclude "*.orig.txt")',
    set: (o, v) => o.exclude.push(v),
  },
  {
    names: ['-j', '--jobs'],
    value: 'N',
    help: `analyse with N worker threads, output order unchanged (default: the number of cores, here ${defaultJobs()})`,
    set: (o, v, n) => (o.jobs = checkJobs(v, n)),
  },
  {
    names: ['--summary'],
    help: 'print the story table instead of per-file annotations: each entity across all files with its type, number of articles ' +
      'and of mentions (with --json: one JSON object per entity per line)',
    set: (o) => (o.summary = true),
  },
  {
    names: ['--max-size'],
    value: 'SIZE',
    help: `do not read a file (or standard input, or one --stream line) larger than SIZE (default ${formatByteSize(DEFAULT_MAX_BYTES)}; ` +
      'KB/MB/GB are powers of 1000, KiB/MiB/GiB of 1024)',
    set: (o, v, n) => (o.maxBytes = checkSize(v, n)),
  },
  {
    names: ['--no-progress'],
    help: 'no progress bar (it is only ever shown when standard error is a terminal)',
    set: (o) => (o.progress = false),
  },
  { names: ['-h', '--help'], help: 'show this help', set: (o) => (o.help = true) },
  { names: ['-v', '--version'], help: 'show the version', set: (o) => (o.version = true) },
];

function optionLines(): string {
  const heads = OPTIONS.map((spec) => `${spec.names.join(', ')}${spec.value ? ` ${spec.value}` : ''}`);
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  const wrap = (text: string) => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + 1 + word.length > 110 - width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines;
  };
  return OPTIONS.map((spec, i) =>
    wrap(spec.help)
      .map((line, k) => `  ${(k === 0 ? heads[i]! : '').padEnd(width)}${line}`)
      .join('\n'),
  ).join('\n');
}

export const USAGE = `Usage: annotate [--json] [--checks] [--reference-date YYYY-MM-DD] FILE|DIRECTORY...
       annotate --stream [--jobs N] < articles.jsonl > annotations.jsonl
       annotate --summary [--json] DIRECTORY...

Annotates news articles (plain text, UTF-8 or UTF-16 with a byte-order mark): people, organisations, places and
other names, dates and times (TimeML TIMEX3 values), quotations and their speakers, and the dateline.

Options:
${optionLines()}

FILE may be "-" to read standard input. A DIRECTORY is walked recursively, its files in sorted order; hidden files
and folders (names starting with ".") are skipped. Offsets are UTF-16 code units (JavaScript string indices) into
the decoded text, with a leading byte-order mark removed (as an editor shows the text); carriage returns are kept
and counted. A file that cannot be read, is too large, or is not text is reported on standard error and the other
files are still annotated; the exit status is then 1 (2 for a usage error). Output is written as each file is
done; a closed output pipe (annotate ... | head) ends the run quietly. Control characters of the text (except tab
and line ends) are shown as \\xHH in the readable report. Colours are used only when standard output is a terminal
and NO_COLOR is not set.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    json: false,
    files: [],
    help: false,
    version: false,
    maxBytes: DEFAULT_MAX_BYTES,
    include: [],
    exclude: [],
    stream: false,
    jobs: defaultJobs(),
    summary: false,
    progress: true,
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const spec = OPTIONS.find((s) => s.names.includes(name));
    if (!spec) throw new UsageError(`unknown option ${arg}`);
    let value = '';
    if (spec.value) {
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i]!;
      else throw new UsageError(`${name} needs a value: ${spec.value}`);
    } else if (eq >= 0) {
      throw new UsageError(`${name} takes no value`);
    }
    spec.set(options, value, name);
  }
  if (options.help || options.version) return options;
  if (options.stream && options.files.length > 0) {
    throw new UsageError('--stream reads standard input: give no FILE (or use "annotate FILE..." without --stream)');
  }
  if (!options.stream && options.files.length === 0) throw new UsageError('no FILE given');
  if (options.markdown && (options.json || options.summary || options.stream)) {
    throw new UsageError('--markdown writes one report per file: use it without --json, --summary and --stream');
  }
  return options;
}
