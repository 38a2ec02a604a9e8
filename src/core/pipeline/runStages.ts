/** Running stages over a document, each guarded: a stage that throws leaves its part empty and adds a warning. */
import type { ArticleDoc } from './articleDoc';
import type { Stage } from './stage';

/** Wraps each stage's run, e.g. to time it; must call `run` exactly once. */
export type StageObserver = (stage: Stage, run: () => void) => void;

export function runStages(doc: ArticleDoc, stages: readonly Stage[], observe?: StageObserver): ArticleDoc {
  for (const stage of stages) {
    const run = () => {
      try {
        stage.run(doc);
      } catch (error) {
        doc.warnings.push(`${stage.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    if (observe) observe(stage, run);
    else run();
  }
  return doc;
}
