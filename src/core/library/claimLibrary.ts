import type { Annotation, ClaimStatus, Source } from '../annotations/types';
import { fingerprint, type ClaimFingerprint } from './fingerprint';

/** Statuses worth remembering: someone looked at the claim. */
export const LIBRARY_STATUSES: readonly ClaimStatus[] = ['verified', 'disputed', 'unverified'];

/** One reviewed annotation of another draft. */
export interface LibraryEntry {
  /** The draft it belongs to, as the library's owner names it (a path relative to the workspace or a URI). */
  draft: string;
  id: string;
  status: ClaimStatus;
  text: string;
  sources: readonly Source[];
  /** Who set the status last, and when (ISO 8601). */
  by: string;
  at: string;
}

export interface LibraryMatch {
  entry: LibraryEntry;
  /** 0..1: how much of the wording the two claims share (Dice over content words). */
  similarity: number;
  /** Same wording, different figures or dates: never the same verified fact. */
  conflict: boolean;
  /** For a conflict: the figures and dates the other draft gives ("74 ships"). */
  theySay?: readonly string[];
}

export interface MatchOptions {
  /** Entries of this draft are left out (a claim does not match itself). */
  excludeDraft?: string;
  /** At most this many matches, best first (default 5). */
  limit?: number;
}

/** Wording at least this similar, with the same figures, dates and names: the same fact. */
export const MATCH_SIMILARITY = 0.6;
/** A conflict needs closer wording: differing figures in loosely related sentences are no news. */
export const CONFLICT_SIMILARITY = 0.7;
/** Words in more than this share of entries do not pick candidates (they still count in the similarity). */
const COMMON_WORD_SHARE = 0.2;

/** One distinct claim text with its fingerprint, shared by every entry stating it (archives repeat claims). */
interface Indexed {
  print: ClaimFingerprint;
  entries: Set<LibraryEntry>;
}

/** The reviewed annotations of one sidecar as library entries. */
export function libraryEntries(draft: string, annotations: readonly Annotation[]): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  for (const a of annotations) {
    if (!LIBRARY_STATUSES.includes(a.status) || a.anchor.exact.trim() === '') continue;
    let by = a.history[0]?.by ?? '';
    let at = a.updatedAt;
    for (const h of a.history) {
      if (h.action === 'status' || h.action === 'created' || h.action === 'reused') {
        by = h.by;
        at = h.at;
      }
    }
    entries.push({ draft, id: a.id, status: a.status, text: a.anchor.exact, sources: a.sources, by, at });
  }
  return entries;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Every name in one claim appears among the other's words. */
function namesAgree(a: ClaimFingerprint, b: ClaimFingerprint): boolean {
  return a.entities.every((e) => b.words.has(e)) && b.entities.every((e) => a.words.has(e));
}

/**
 * Compares two fingerprints: undefined when they are about different things; otherwise the
 * similarity and whether the figures or dates disagree.
 */
export function compareFingerprints(a: ClaimFingerprint, b: ClaimFingerprint): { similarity: number; conflict: boolean } | undefined {
  if (a.words.size === 0 || b.words.size === 0) return undefined;
  let shared = 0;
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  for (const w of small) if (large.has(w)) shared++;
  const similarity = (2 * shared) / (a.words.size + b.words.size);
  if (similarity < MATCH_SIMILARITY || !namesAgree(a, b)) return undefined;
  const sameFacts = sameList(a.figures, b.figures) && sameList(a.dates, b.dates);
  if (sameFacts) return { similarity, conflict: false };
  // Only two claims that both state a figure (or a date) can disagree about it; one without is a different claim.
  const comparable = (a.figures.length > 0 && b.figures.length > 0) || (a.dates.length > 0 && b.dates.length > 0);
  if (!comparable || similarity < CONFLICT_SIMILARITY) return undefined;
  return { similarity, conflict: true };
}

/**
 * The claim library: reviewed annotations of many drafts, indexed by content word so a claim
 * is compared only with entries sharing an uncommon word. Replace one draft's entries at a time
 * (setDraft) as its sidecar changes; matching never changes the index.
 */
export class ClaimLibrary {
  private readonly byDraft = new Map<string, LibraryEntry[]>();
  private readonly byText = new Map<string, Indexed>();
  private readonly postings = new Map<string, Set<Indexed>>();
  private count = 0;
  private changes = 0;

  get size(): number {
    return this.count;
  }

  /** Changes with every change of the entries: matches found at one revision hold until the next. */
  get revision(): number {
    return this.changes;
  }

  get drafts(): readonly string[] {
    return [...this.byDraft.keys()];
  }

  /** One entry by its draft and annotation id. */
  find(draft: string, id: string): LibraryEntry | undefined {
    return this.byDraft.get(draft)?.find((entry) => entry.id === id);
  }

  /** Replaces every entry of a draft (an empty list removes it). */
  setDraft(draft: string, entries: readonly LibraryEntry[]): void {
    this.removeDraft(draft);
    this.changes++;
    if (entries.length === 0) return;
    const own = entries.map((entry) => ({ ...entry, draft }));
    for (const entry of own) {
      let item = this.byText.get(entry.text);
      if (!item) {
        item = { print: fingerprint(entry.text), entries: new Set() };
        this.byText.set(entry.text, item);
        for (const word of item.print.words) {
          let list = this.postings.get(word);
          if (!list) this.postings.set(word, (list = new Set()));
          list.add(item);
        }
      }
      item.entries.add(entry);
    }
    this.byDraft.set(draft, own);
    this.count += own.length;
  }

  removeDraft(draft: string): void {
    const old = this.byDraft.get(draft);
    if (!old) return;
    this.changes++;
    for (const entry of old) {
      const item = this.byText.get(entry.text);
      if (!item) continue;
      item.entries.delete(entry);
      if (item.entries.size > 0) continue;
      this.byText.delete(entry.text);
      for (const word of item.print.words) {
        const list = this.postings.get(word);
        list?.delete(item);
        if (list?.size === 0) this.postings.delete(word);
      }
    }
    this.byDraft.delete(draft);
    this.count -= old.length;
  }

  /** Finds entries stating the same fact as `text` (or the same wording with other figures: conflicts), best first. */
  match(text: string, options: MatchOptions = {}): LibraryMatch[] {
    return this.matchFingerprint(fingerprint(text), options);
  }

  matchFingerprint(print: ClaimFingerprint, options: MatchOptions = {}): LibraryMatch[] {
    const limit = options.limit ?? 5;
    // Words in many texts do not pick candidates; they may still be shared, so they count towards the bound below.
    const commonLimit = Math.max(50, this.byText.size * COMMON_WORD_SHARE);
    const shared = new Map<Indexed, number>();
    let common = 0;
    for (const word of print.words) {
      const list = this.postings.get(word);
      if (!list) continue;
      if (list.size > commonLimit) {
        common++;
        continue;
      }
      for (const item of list) shared.set(item, (shared.get(item) ?? 0) + 1);
    }
    const matches: LibraryMatch[] = [];
    for (const [item, count] of shared) {
      // Dice >= MATCH_SIMILARITY needs this many shared words: skip texts that cannot reach it.
      if (2 * (count + common) < MATCH_SIMILARITY * (print.words.size + item.print.words.size)) continue;
      const compared = compareFingerprints(print, item.print);
      if (!compared) continue;
      const similarity = Math.round(compared.similarity * 1000) / 1000;
      for (const entry of item.entries) {
        if (entry.draft === options.excludeDraft) continue;
        const match: LibraryMatch = { entry, similarity, conflict: compared.conflict };
        if (compared.conflict) match.theySay = item.print.said;
        matches.push(match);
      }
    }
    // Same facts before conflicts, verified first, then closer wording, then newest.
    matches.sort(
      (a, b) =>
        Number(a.conflict) - Number(b.conflict) ||
        Number(b.entry.status === 'verified') - Number(a.entry.status === 'verified') ||
        b.similarity - a.similarity ||
        (a.entry.at < b.entry.at ? 1 : a.entry.at > b.entry.at ? -1 : 0) ||
        (a.entry.draft < b.entry.draft ? -1 : a.entry.draft > b.entry.draft ? 1 : 0),
    );
    return matches.slice(0, limit);
  }
}
