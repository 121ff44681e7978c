import { shiftClaims } from './paragraph';
import type { Claim } from './types';
import { firstAtLeast } from './ascending';

/**
 * The claims of one document version, held per paragraph: each paragraph's claims keep offsets
 * relative to the paragraph (frozen, shared with the analyzer's cache) and the paragraph has a
 * base offset. An edit therefore re-creates only the edited paragraph's claims; consumers get
 * document offsets on demand, for everything (`toArray`, once per version) or a range (`inRange`).
 */
export class PlacedClaims {
  private all: Claim[] | undefined;

  /**
   * @param bases document offset of each paragraph, ascending
   * @param ends document offset where each paragraph ends
   * @param groups each paragraph's claims, relative to its base
   */
  constructor(
    private readonly bases: ArrayLike<number>,
    private readonly ends: ArrayLike<number>,
    private readonly groups: ArrayLike<readonly Claim[]>,
    /** Number of claims. */
    readonly length: number,
    /** False once the arrays above were edited for a later version (see ClaimAnalyzer.update). */
    private readonly isCurrent: () => boolean = () => true,
  ) {}

  static readonly empty = new PlacedClaims([], [], [], 0);

  /** Every claim at document offsets, in document order (built once, then shared and still valid after later edits). */
  toArray(): Claim[] {
    if (!this.all) {
      this.checkCurrent();
      const all: Claim[] = [];
      for (let i = 0; i < this.groups.length; i++) shiftClaims(this.groups[i], this.bases[i], all);
      this.all = all;
    }
    return this.all;
  }

  /** Claims of the paragraphs overlapping [from, to), at document offsets: what a visible range needs, without the rest. */
  inRange(from: number, to: number): Claim[] {
    this.checkCurrent();
    const found: Claim[] = [];
    for (let i = firstAtLeast(this.ends, from); i < this.groups.length && this.bases[i] < to; i++) {
      shiftClaims(this.groups[i], this.bases[i], found);
    }
    return found;
  }

  private checkCurrent(): void {
    if (!this.isCurrent()) throw new Error('These claims belong to an earlier version of the text: call toArray() before the next update.');
  }
}
