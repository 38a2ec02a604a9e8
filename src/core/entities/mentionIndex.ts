/** Name mentions by token and by position, for the steps that read the words around a name. */
import type { Cluster } from './clusters';
import type { EntityContext, NameMention } from './context';
import { lowerBound } from '../text/lowerBound';

export interface IndexedMention {
  mention: NameMention;
  cluster: Cluster;
}

export class NameMentionIndex {
  /** All name mentions in document order. */
  readonly ordered: IndexedMention[];
  private readonly atToken: Int32Array;

  constructor(ctx: EntityContext, clusters: readonly Cluster[]) {
    const ordered: IndexedMention[] = [];
    for (const cluster of clusters) for (const mention of cluster.mentions) ordered.push({ mention, cluster });
    ordered.sort((a, b) => a.mention.start - b.mention.start);
    this.ordered = ordered;
    this.atToken = new Int32Array(ctx.tokens.length).fill(-1);
    for (let k = 0; k < ordered.length; k++) {
      const { tokenStart, tokenEnd } = ordered[k].mention;
      for (let i = tokenStart; i < tokenEnd; i++) this.atToken[i] = k;
    }
  }

  /** The mention covering token i, or null. */
  at(i: number): IndexedMention | null {
    const k = i >= 0 && i < this.atToken.length ? this.atToken[i] : -1;
    return k >= 0 ? this.ordered[k] : null;
  }

  /** The mention that starts exactly at token i. */
  startingAt(i: number): IndexedMention | null {
    const m = this.at(i);
    return m && m.mention.tokenStart === i ? m : null;
  }

  /** The mention that ends exactly before token i. */
  endingBefore(i: number): IndexedMention | null {
    const m = this.at(i - 1);
    return m && m.mention.tokenEnd === i ? m : null;
  }

  /** Distinct clusters with a mention in [offset - window, offset), most recent first. */
  recentClusters(offset: number, window: number, limit = 400): Cluster[] {
    const lo = lowerBound(this.ordered, (entry) => entry.mention.start < offset);
    const seen = new Set<Cluster>();
    const out: Cluster[] = [];
    for (let k = lo - 1, n = 0; k >= 0 && n < limit; k--, n++) {
      const entry = this.ordered[k];
      if (entry.mention.start < offset - window) break;
      if (entry.mention.end > offset) continue;
      if (!seen.has(entry.cluster)) {
        seen.add(entry.cluster);
        out.push(entry.cluster);
      }
    }
    return out;
  }
}
