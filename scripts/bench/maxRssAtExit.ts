/**
 * Preloaded into a program the benchmark measures (`node --require out/scripts/bench/maxRssAtExit.js dist/cli.js …`):
 * at exit, writes the process's peak resident memory (process.resourceUsage().maxRSS, in bytes) to the file named by
 * ARTICLE_LENS_MAXRSS_FILE, so the program's own output stays untouched.
 */
import * as fs from 'fs';

const file = process.env.ARTICLE_LENS_MAXRSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, `${process.resourceUsage().maxRSS * 1024}\n`));
