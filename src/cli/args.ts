/** Command-line arguments of `annotate`. */

export interface CliOptions {
  json: boolean;
  /** Run the editor's checks too (issue #15). */
  checks?: boolean;
  referenceDate?: string;
  files: string[];
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: annotate [--json] [--checks] [--reference-date YYYY-MM-DD] FILE...

Annotates news articles (plain text, UTF-8): people, organisations, places and other names, dates and
times (TimeML TIMEX3 values), quotations and their speakers, and the dateline.

Options:
  --json                       one JSON object per file per line (the Article Lens annotation format),
                               each starting with "file": the path as given
  --checks                     also run the editor's checks (weekday/date clashes, quotations with no speaker,
                               names spelled two ways, unbalanced quotation marks, vague attribution, past
                               events dated after the article): a "checks" array in JSON, a section in the report
  --reference-date YYYY-MM-DD  resolve relative dates ("yesterday", "on Monday") against this date
                               instead of the date the article itself gives
  -h, --help                   show this help
  -v, --version                show the version

FILE may be "-" to read standard input. Offsets are UTF-16 code units (JavaScript string indices) into the
text after UTF-8 decoding, with a leading byte-order mark removed (as an editor shows the text); carriage
returns are kept and counted. A file that cannot be read, is a directory or is not UTF-8 text is reported
on standard error and the other files are still annotated; the exit status is then 1 (2 for a usage error).
Colours are used only when standard output is a terminal and NO_COLOR is not set.`;

function checkDate(value: string | undefined): string {
  if (value === undefined || value === '') throw new UsageError('--reference-date needs a date: YYYY-MM-DD');
  const date = new Date(`${value}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  if (!ok) {
    throw new UsageError(`--reference-date: "${value}" is not a calendar date in the form YYYY-MM-DD`);
  }
  return value;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, files: [], help: false, version: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--checks') {
      options.checks = true;
    } else if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg === '-v' || arg === '--version') {
      options.version = true;
    } else if (arg === '--reference-date') {
      options.referenceDate = checkDate(argv[++i]);
    } else if (arg.startsWith('--reference-date=')) {
      options.referenceDate = checkDate(arg.slice('--reference-date='.length));
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (!options.help && !options.version && options.files.length === 0) throw new UsageError('no FILE given');
  return options;
}
