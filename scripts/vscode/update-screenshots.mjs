#!/usr/bin/env node
// Copies the UI tests' step screenshots (test-results/screenshots/, written by `npm test` or
// `node scripts/vscode/run-ui.mjs`) to docs/screenshots/ under the names the README uses. Look at them first.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.mjs';

const FROM = join(REPO_ROOT, 'test-results', 'screenshots');
const TO = join(REPO_ROOT, 'docs', 'screenshots');
const NAMES = {
  '01-article-highlights.png': 'article-highlights.png',
  '02-hover-macron.png': 'hover-card.png',
  '03-outline-people.png': 'outline.png',
  '04-outline-selects-putin.png': 'outline-reveal.png',
  '06-article-light.png': 'article-light.png',
};
mkdirSync(TO, { recursive: true });
let missing = 0;
for (const [source, target] of Object.entries(NAMES)) {
  if (!existsSync(join(FROM, source))) {
    console.error(`missing ${join(FROM, source)} (run the UI tests first)`);
    missing++;
    continue;
  }
  copyFileSync(join(FROM, source), join(TO, target));
  console.log(`docs/screenshots/${target}  <-  test-results/screenshots/${source}`);
}
process.exit(missing ? 1 : 0);
