/**
 * A q-gram index of a text, built once per re-anchoring pass and only when some quote
 * must be searched approximately in the whole text. It finds the few regions that can
 * hold an approximate match (the q-gram lemma: a match of a pattern of length m with at
 * most k edits shares at least m − q + 1 − k·q of the pattern's q-grams), so the exact
 * but slower edit-distance search runs on those regions only.
 */

const Q = 4;
/** Buckets of the hashed q-grams: different q-grams may share one, which only loosens the filter. */
const BUCKET_BITS = 18;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;
/** Regions checked with the edit-distance search, best-voted first. */
const MAX_REGIONS = 24;

function gramBucket(text: string, at: number): number {
  let h = 0;
  for (let i = 0; i < Q; i++) h = Math.imul(h ^ text.charCodeAt(at + i), 0x01000193);
  return (h >>> 0) & BUCKET_MASK;
}

export class TextIndex {
  /** positions[offsets[b] .. offsets[b + 1]) are the starts of q-grams hashed to bucket b. */
  private readonly offsets: Int32Array;
  private readonly positions: Int32Array;

  constructor(readonly text: string) {
    const grams = Math.max(0, text.length - Q + 1);
    const buckets = new Int32Array(grams);
    const counts = new Int32Array(BUCKET_MASK + 2);
    for (let j = 0; j < grams; j++) {
      const b = gramBucket(text, j);
      buckets[j] = b;
      counts[b + 1]++;
    }
    for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
    this.offsets = counts.slice();
    this.positions = new Int32Array(grams);
    const fill = counts;
    for (let j = 0; j < grams; j++) this.positions[fill[buckets[j]]++] = j;
  }

  /**
   * Regions [from, to) of the text most likely to hold pattern with at most maxErrors
   * edits (those sharing the most q-grams with it), merged and sorted; 'everywhere'
   * when the filter cannot exclude anything.
   */
  candidateRegions(pattern: string, maxErrors: number): Array<[number, number]> | 'everywhere' {
    const m = pattern.length;
    const threshold = m - Q + 1 - maxErrors * Q;
    if (threshold <= 0) return 'everywhere';
    // Votes per diagonal band (diagonal = text position − pattern position): a match's
    // q-grams lie within maxErrors diagonals of each other, so within 3 adjacent bands.
    const band = maxErrors + 1;
    // Diagonals run from −m to text.length; band k is stored at k + shift, with a spare slot each side.
    const shift = Math.ceil(m / band) + 1;
    const votes = new Int32Array(Math.floor(this.text.length / band) + shift + 2);
    let postings = 0;
    for (let i = 0; i + Q <= m; i++) {
      const b = gramBucket(pattern, i);
      const from = this.offsets[b];
      const to = this.offsets[b + 1];
      postings += to - from;
      if (postings > this.text.length * 2) return 'everywhere';
      for (let p = from; p < to; p++) votes[Math.floor((this.positions[p] - i) / band) + shift]++;
    }
    const scored: Array<{ votes: number; from: number; to: number }> = [];
    for (let slot = 1; slot < votes.length - 1; slot++) {
      const total = votes[slot - 1] + votes[slot] + votes[slot + 1];
      if (total < threshold) continue;
      const key = slot - shift;
      // The match starts within maxErrors of a diagonal in bands key−1..key+1 and is at most m + maxErrors long.
      scored.push({
        votes: total,
        from: Math.max(0, (key - 1) * band - maxErrors),
        to: Math.min(this.text.length, (key + 2) * band + m + 2 * maxErrors),
      });
    }
    // A real match (a few edits) shares nearly all q-grams; chance regions share few. Checking
    // only the best-voted regions keeps a pass over repetitive text fast.
    scored.sort((a, b) => b.votes - a.votes || a.from - b.from);
    const regions = scored.slice(0, MAX_REGIONS).sort((a, b) => a.from - b.from);
    const merged: Array<[number, number]> = [];
    for (const r of regions) {
      const last = merged[merged.length - 1];
      if (last && r.from <= last[1]) last[1] = Math.max(last[1], r.to);
      else merged.push([r.from, r.to]);
    }
    return merged;
  }
}
