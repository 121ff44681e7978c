/** Lower-cased words of a clause; cheap set lookups decide which patterns are worth running. */
export type Words = ReadonlySet<string>;
const TOKEN = /[\p{L}\p{N}]+/gu;
export function wordsOf(lower: string): Words {
  return new Set(lower.match(TOKEN) ?? []);
}
/**
 * One word per phrase (its longest, usually its rarest): a phrase can only match where
 * all its words occur, so a clause without any trigger word skips the pattern.
 */
export function triggers(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const phrase of list) {
      const words = phrase.toLowerCase().match(TOKEN) ?? [phrase];
      set.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
    }
  }
  return set;
}
export function mentions(words: Words, set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}
export function endsWithAny(words: Words, suffix: string): boolean {
  for (const w of words) if (w.length > suffix.length + 1 && w.endsWith(suffix)) return true;
  return false;
}
