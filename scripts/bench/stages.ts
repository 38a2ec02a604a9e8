/**
 * Article Lens stage by stage, for finding which stage makes a big file slow (`npm run bench -- --stages`).
 * Times the very stage list `analyzeArticle` runs (src/core/pipeline/stages.ts), so a new stage shows up here too.
 */
import '../../src/node/installNerModel';
import { ArticleDoc } from '../../src/core/pipeline/articleDoc';
import { ARTICLE_STAGES } from '../../src/core/pipeline/stages';

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

/** Seconds per stage for one text, keyed by stage name. A stage that throws stops the profile with its error. */
export function timeStages(text: string, referenceDate?: string): Record<string, number> {
  const s: Record<string, number> = {};
  const doc = new ArticleDoc(text, referenceDate);
  for (const stage of ARTICLE_STAGES) {
    const t = process.hrtime.bigint();
    stage.run(doc);
    s[stage.name] = seconds(t);
  }
  return s;
}
