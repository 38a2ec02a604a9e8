/**
 * `annotate [--json] [--reference-date YYYY-MM-DD] FILE...` — Article Lens on the command line.
 * With --json: one FORMAT.md annotation per file per line, "file" first. Without: a readable report.
 */
import '../node/installNerModel';
import { analyzeArticle } from '../core/analyze';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { ArticleReadError, readArticle } from './readArticle';
import { markup } from './markup';
import { outline } from './outline';
import { checksReport, withChecks } from './checks';
import { makeStyle, wantsColor, CODES } from './style';
import packageJson from '../../package.json';

export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
}

/** Runs the CLI; returns the exit status. */
export function main(argv: readonly string[], io: CliIO): number {
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
  const style = makeStyle(!options.json && wantsColor(io.stdout, io.env));
  let status = 0;
  let first = true;
  for (const file of options.files) {
    let text: string;
    try {
      text = readArticle(file);
    } catch (error) {
      io.stderr.write(`annotate: ${error instanceof ArticleReadError ? error.message : `${file}: ${String(error)}`}\n`);
      status = 1;
      continue;
    }
    const annotation = withChecks(options.checks, text, analyzeArticle(text, { referenceDate: options.referenceDate }));
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ file, ...annotation })}\n`);
    } else {
      if (!first) io.stdout.write('\n');
      io.stdout.write(`${style.paint(`== ${file} ==`, CODES.heading)}\n\n${markup(text, annotation, style)}\n${outline(annotation, style)}\n`);
      if (annotation.checks) io.stdout.write(`\n${checksReport(text, annotation.checks, style)}`);
    }
    first = false;
  }
  return status;
}

if (require.main === module) {
  const status = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
  // Let buffered output drain before exiting.
  process.exitCode = status;
}
