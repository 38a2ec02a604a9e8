/** A named step of the analysis: reads what earlier stages left on the document and writes its own part. */
import type { ArticleDoc } from './articleDoc';

export interface Stage {
  /** Short and stable: used in warnings ("quotes failed: …"), in the bench's per-stage timings and `--skip`. */
  readonly name: string;
  run(doc: ArticleDoc): void;
}
