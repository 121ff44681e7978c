import { stem, tokenWord, WORD_PATTERN, wordTokens } from '../library/fingerprint';
import { mayHaveFigure, quantitiesIn, type Quantity } from '../text/quantities';
import { FACT_NOUNS, MONEY_NOUNS, NON_FACT_UNITS, OPENING_VERBS, UNIT_SYNONYMS } from './vocabulary';
import { precompiled } from '../text/precompiled';
import { asciiWordSpans } from '../text/asciiWords';

/** One place a draft states a value. Offsets are UTF-16 code units into the draft. */
export interface FactSpan {
  start: number;
  end: number;
  text: string;
}

/** Statements in one draft that give different values for the same fact. */
export interface Inconsistency {
  /** What the statements are about, in words: "employees of the Harbour Trust", "year the bridge opened". */
  fact: string;
  /** Every statement of the fact, in document order; at least two values differ. */
  spans: FactSpan[];
  /** What each span says, with its unit where it has one ("460 workers"). */
  values: string[];
}

/** A figure with what it is about. */
export interface FactMention {
  quantity: Quantity;
  /** Sentence the figure is in, [start, end). */
  sentenceStart: number;
  sentenceEnd: number;
  /** What kind of fact: `count:employee`, `money:budget`, `year:open`, `age:silva`, `vote`, `duration:delay`. */
  key: string;
  /** Words for the fact, for messages. */
  label: string;
  /** Names and possessors in the sentence: statements naming different ones are about different subjects. */
  subjects: Set<string>;
  /** Stems of every word in the sentence, to tell whether a subject named in another sentence is mentioned here too. */
  words: Set<string>;
  /** Words between the figure and its unit ("full-time"): different ones are different facts. */
  qualifiers: string;
  /** Words that set a subject apart ("another", "rival", "second", "smaller"): statements with different ones are about different things. */
  contrast: string;
}

/** Change over time, comparison or projection: the figures in such a sentence are not a plain statement of the fact. */
const CHANGE_MARKERS = precompiled(
  /\b(?:up|down|rose|risen|rising|rises|fell|fallen|falling|falls|increased?|increases|increasing|decreased?|decreases|decreasing|grew|grown|grows|growing|dropped|drops|cut|climbed|doubled|halved|jumped|slumped|compared|versus|vs|than|from\s+\S+\s+to|previous(?:ly)?|earlier|last\s+year|a\s+year\s+ago|before|originally|initially|once|formerly|had\s+been|used\s+to|would|could|plans?\s+to|planned|target|expected|forecast|projected|estimates?|proposed|by\s+20\d\d|next\s+year|until|rather)\b/i,
);
/** Words that set one subject apart from another of its kind. */
const CONTRAST_WORDS = precompiled(
  /\b(?:another|other|rival|sister|first|second|third|last|previous|next|smaller|larger|bigger|older|newer|former|neighbouring|neighboring|nearby|each)\b/gi,
);
const NONBLANK = precompiled(/\S/);
/** Ranges ("between 400 and 600") and ratios are not single values. */
const RANGE_MARKERS = precompiled(/\b(?:between|range|ranging|or)\b|[-–]\s*$/i);

const STOP = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'of',
  'and',
  'in',
  'on',
  'at',
  'for',
  'to',
  'with',
  'by',
  'from',
  'it',
  'they',
  'was',
  'is',
  'are',
  'were',
  'has',
  'have',
  'had',
  'be',
  'been',
]);

/** Sentence spans: ends at . ! ? followed by space and a capital or a line break; blank lines always end one. */
const SENTENCE_END = precompiled(
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|Prof|Gen|Sen|Rep|Inc|Ltd|Co|vs|e\.g|i\.e|[A-Z]))[.!?]["”’)]*(?=\s+["“(]?[A-Z\d])|\n\s*\n|\n(?=\s*(?:[-*+>#]|\d+\.)\s)/g,
);

export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(new RegExp(SENTENCE_END))) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/** Word spans, reused from call to call (asciiWordSpans). */
const spans: number[] = [];

/** The last `count` of wordTokens(the 80 characters before offset), lower-cased. */
function wordsBefore(text: string, offset: number, count: number): string[] {
  const from = Math.max(0, offset - 80);
  spans.length = 0;
  if (!asciiWordSpans(text, from, offset, spans, Infinity)) {
    const tokens = wordTokens(text.slice(from, offset));
    return tokens.slice(-count).map((t) => t.word.toLowerCase());
  }
  return lowerWords(text, Math.max(0, spans.length - 2 * count));
}

/** The words of `spans` from index `first` on, lower-cased. */
function lowerWords(text: string, first: number): string[] {
  const words: string[] = [];
  for (let k = first; k < spans.length; k += 2) words.push(text.slice(spans[k], spans[k + 1]).toLowerCase());
  return words;
}

/** This module's own word pattern: wordsAfter stops part-way, leaving lastIndex set until the next call resets it. */
const WORDS_AFTER = precompiled(new RegExp(WORD_PATTERN, 'gu'));

/** The first `count` of wordTokens(the 80 characters after offset), lower-cased: tokenised only as far as needed. */
function wordsAfter(text: string, offset: number, count: number): string[] {
  spans.length = 0;
  if (asciiWordSpans(text, offset, Math.min(text.length, offset + 80), spans, count)) return lowerWords(text, 0);
  const window = text.slice(offset, offset + 80);
  const words: string[] = [];
  WORDS_AFTER.lastIndex = 0;
  for (let m = WORDS_AFTER.exec(window); m && words.length < count; m = WORDS_AFTER.exec(window)) words.push(tokenWord(m[0]).toLowerCase());
  return words;
}

/** Capitalised names not at the sentence start, and possessors ("the council's"), as stems. */
function subjectsOf(sentence: string, tokens: readonly { word: string; start: number }[]): Set<string> {
  const subjects = new Set<string>();
  tokens.forEach((token, i) => {
    const raw = sentence.slice(token.start, token.start + token.word.length + 2);
    const possessive = /^[\p{L}]+(?:['’]s\b|s['’](?![\p{L}]))/u.test(raw);
    // A capital at the start of the sentence is a name only when a capitalised word follows ("Upper Marsh has …").
    // Only the gap since the previous word is looked at: the text before it ends in a letter or digit.
    const gapStart = i === 0 ? 0 : tokens[i - 1].start + tokens[i - 1].word.length;
    const startsSentence = i === 0 || /[.!?:]\s*$/.test(sentence.slice(gapStart, token.start));
    const nextCapitalised = i + 1 < tokens.length && /^\p{Lu}/u.test(tokens[i + 1].word);
    const name = /^\p{Lu}/u.test(token.word) && (!startsSentence || nextCapitalised);
    if (
      (name || possessive) &&
      !STOP.has(token.word.toLowerCase()) &&
      !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
        token.word,
      )
    ) {
      subjects.add(stem(token.word.toLowerCase()));
    }
  });
  return subjects;
}

/** What every figure of one sentence shares; worked out once per sentence, so a long sentence with many figures stays linear. */
interface SentenceFacts {
  subjects: Set<string>;
  words: Set<string>;
  contrast: string;
  /** Capitalised words, in order, with offsets into the draft (for ages). */
  capitals: { start: number; end: number; word: string }[];
}

function sentenceFacts(text: string, sentence: { start: number; end: number }): SentenceFacts {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const tokens = wordTokens(sentenceText);
  return {
    subjects: subjectsOf(sentenceText, tokens),
    words: new Set(tokens.map((t) => stem(t.word.toLowerCase()))),
    contrast: [...new Set([...sentenceText.matchAll(CONTRAST_WORDS)].map((m) => m[0].toLowerCase()))].sort().join(' '),
    capitals: tokens
      .filter((t) => /^\p{Lu}/u.test(t.word))
      .map((t) => ({ start: sentence.start + t.start, end: sentence.start + t.start + t.word.length, word: t.word })),
  };
}

/** The name right before an age ("Ana Silva, 54" / "Silva, who is 54" / "the 54-year-old Silva"). */
function ageOwner(q: Quantity, capitals: SentenceFacts['capitals']): string | undefined {
  // Binary search: the first capitalised word that does not end before the figure.
  let low = 0;
  let high = capitals.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (capitals[mid].end <= q.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) if (!STOP.has(capitals[i].word.toLowerCase())) return stem(capitals[i].word.toLowerCase());
  const after = capitals.slice(low).find((t) => t.start >= q.end);
  return after ? stem(after.word.toLowerCase()) : undefined;
}

/**
 * A figure that states a fact the check compares, before its sentence's names and words (a tokenisation
 * of the whole sentence) are worked out: that is done only for facts the draft states with two values in
 * two sentences. Most figures state no such fact, and most facts are stated once.
 */
interface PendingMention {
  quantity: Quantity;
  sentenceStart: number;
  sentenceEnd: number;
  key: string;
  label: string;
  qualifiers: string;
  facts: () => SentenceFacts;
}

function mentionOf(pending: PendingMention): FactMention {
  const facts = pending.facts();
  return {
    quantity: pending.quantity,
    sentenceStart: pending.sentenceStart,
    sentenceEnd: pending.sentenceEnd,
    subjects: facts.subjects,
    words: facts.words,
    qualifiers: pending.qualifiers,
    contrast: facts.contrast,
    key: pending.key,
    label: pending.label,
  };
}

/**
 * The statements that can take part in a disagreement: those of facts stated with two values in two
 * sentences. A group is part of its fact's statements, so no other fact can give an Inconsistency.
 */
function mayDisagree(pending: readonly PendingMention[]): PendingMention[] {
  const firstOf = new Map<string, { value: string; sentence: number; values: boolean; sentences: boolean }>();
  for (const p of pending) {
    const first = firstOf.get(p.key);
    if (!first) firstOf.set(p.key, { value: p.quantity.key, sentence: p.sentenceStart, values: false, sentences: false });
    else {
      first.values ||= p.quantity.key !== first.value;
      first.sentences ||= p.sentenceStart !== first.sentence;
    }
  }
  return pending.filter((p) => {
    const first = firstOf.get(p.key)!;
    return first.values && first.sentences;
  });
}

function factOf(text: string, q: Quantity, factsOf: () => SentenceFacts): { key: string; label: string; qualifiers?: string } | undefined {
  if (q.kind !== 'age' && q.kind !== 'vote' && q.kind !== 'year' && q.kind !== 'money' && q.kind !== 'duration' && q.kind !== 'number')
    return undefined;
  let words: string[] | undefined;
  const wordsBeforeFigure = () => (words ??= wordsBefore(text, q.start, 6));
  switch (q.kind) {
    case 'age': {
      const owner = ageOwner(q, factsOf().capitals);
      return owner ? { key: `age:${owner}`, label: `age of ${owner}` } : undefined;
    }
    case 'vote': {
      return { key: 'vote', label: 'vote count' };
    }
    case 'year': {
      const verb = wordsBeforeFigure()
        .slice(-4)
        .map(stem)
        .find((w) => OPENING_VERBS.has(w));
      return verb ? { key: `year:${OPENING_VERBS.get(verb)}`, label: `year it ${OPENING_VERBS.get(verb)}` } : undefined;
    }
    case 'money': {
      // The money noun nearest the figure, on either side.
      const after = wordsAfter(text, q.end, 3);
      const left = [...wordsBeforeFigure().slice(-5)].reverse();
      const near = [after[0], left[0], after[1], left[1], after[2], left[2], left[3], left[4]]
        .filter((w): w is string => w !== undefined)
        .map(stem)
        .find((w) => MONEY_NOUNS.has(w));
      return near ? { key: `money:${MONEY_NOUNS.get(near)}:${q.key.charAt(0)}`, label: MONEY_NOUNS.get(near)! } : undefined;
    }
    case 'duration': {
      const noun = [...wordsBeforeFigure().slice(-5)]
        .reverse()
        .map(stem)
        .find((w) => FACT_NOUNS.has(w));
      return noun ? { key: `duration:${noun}`, label: `length of the ${noun}` } : undefined;
    }
    case 'number': {
      // "640 employees", "640 full-time employees": the unit is the first noun after the figure.
      const after = wordsAfter(text, q.end, 3);
      const unitIndex = after.findIndex((w) => UNIT_SYNONYMS.has(stem(w)));
      if (unitIndex < 0) return undefined;
      let unit = UNIT_SYNONYMS.get(stem(after[unitIndex]))!;
      // "employs 320 people" counts employees.
      if (
        unit === 'person' &&
        wordsBeforeFigure()
          .slice(-2)
          .some((w) => stem(w) === 'employ')
      )
        unit = 'employee';
      if (NON_FACT_UNITS.has(unit)) return undefined;
      const qualifiers = after
        .slice(0, unitIndex)
        .filter((w) => !STOP.has(w))
        .map(stem)
        .join(' ');
      return { key: `count:${unit}`, label: `number of ${unit}s`, qualifiers };
    }
    default:
      return undefined;
  }
}

function within(subjects: Set<string>, words: Set<string>): boolean {
  for (const s of subjects) if (!words.has(s)) return false;
  return true;
}

/** Same qualifiers and contrast words, and the names of one statement all appear in the other's sentence. */
function sameSubject(a: FactMention, b: FactMention): boolean {
  if (a.qualifiers !== b.qualifiers || a.contrast !== b.contrast) return false;
  return within(a.subjects, b.words) || within(b.subjects, a.words);
}

/** Every figure the check would compare, with its fact (for tests and hovers). */
export function factMentions(text: string): FactMention[] {
  return readWhole(text).mentions;
}

/** A ConsistencyScan that has read the whole draft at once. */
function readWhole(text: string): ConsistencyScan {
  const scan = new ConsistencyScan(text);
  scan.step(() => false);
  return scan;
}

function readSentence(text: string, sentence: { start: number; end: number }, sentenceText: string, pending: PendingMention[]): void {
  // Most sentences state no figure: that test is the cheaper one.
  if (!mayHaveFigure(sentenceText) || CHANGE_MARKERS.test(sentenceText)) return;
  let facts: SentenceFacts | undefined;
  const factsOf = () => (facts ??= sentenceFacts(text, sentence));
  for (const q of quantitiesIn(sentenceText)) {
    // Approximations are never compared, and percentages are no fact the check knows (factOf): skip them before any work.
    if (q.approx || q.kind === 'percent') continue;
    // To the draft's offsets, in place: quantitiesIn made it for this call alone.
    q.start += sentence.start;
    q.end += sentence.start;
    if (RANGE_MARKERS.test(text.slice(Math.max(sentence.start, q.start - 12), q.start))) continue;
    const fact = factOf(text, q, factsOf);
    if (!fact) continue;
    pending.push({
      quantity: q,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      key: fact.key,
      label: fact.label,
      qualifiers: fact.qualifiers ?? '',
      facts: factsOf,
    });
  }
}

/**
 * The check over one draft, a few sentences at a time: step() reads until told to stop, so the
 * extension can spread a long draft over slices of its event loop; result() groups what was read.
 */
export class ConsistencyScan {
  private readonly pending: PendingMention[] = [];
  private readonly boundary = new RegExp(SENTENCE_END);
  private start = 0;
  private finished = false;

  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.finished;
  }

  /** Reads sentences until shouldStop() (asked every 4 sentences) returns true; true once the draft is read. */
  step(shouldStop: () => boolean): boolean {
    let count = 0;
    while (!this.finished) {
      if (++count % 4 === 0 && shouldStop()) return false;
      const m = this.boundary.exec(this.text);
      const end = m ? m.index + m[0].length : this.text.length;
      if (!m) this.finished = true;
      const sentenceText = this.text.slice(this.start, end);
      if (NONBLANK.test(sentenceText)) readSentence(this.text, { start: this.start, end }, sentenceText, this.pending);
      this.start = end;
    }
    return true;
  }

  /** Every figure read so far that states a fact the check compares, with its sentence's names and words. */
  get mentions(): FactMention[] {
    return this.pending.map(mentionOf);
  }

  result(): Inconsistency[] {
    return groupMentions(mayDisagree(this.pending).map(mentionOf));
  }
}

/**
 * Figures in one draft that disagree: the same fact (same kind of figure about the same thing,
 * the same subject) stated with different values in different sentences. Precision first: change
 * over time, comparisons, projections, ranges and approximations are never compared. Rules in
 * docs/figures-that-disagree.md.
 */
export function findInconsistencies(text: string): Inconsistency[] {
  return readWhole(text).result();
}

/** A figure with its unit, as an editor reads it: "460 workers". */
function said(q: Quantity): string {
  return q.kind === 'number' && q.unitWord ? `${q.text} ${q.unitWord}` : q.text;
}

/**
 * Statements of one kind of fact compared with each other, at most: each is compared with every
 * earlier one, so a draft that is really a data table (thousands of "N employees") would take
 * quadratic time. Prose states a fact a handful of times; later statements of a kind are left out.
 */
export const MAX_MENTIONS_PER_FACT = 300;

function groupMentions(mentions: readonly FactMention[]): Inconsistency[] {
  const groups: FactMention[][] = [];
  const byKey = new Map<string, { groups: FactMention[][]; mentions: number }>();
  for (const mention of mentions) {
    let ofKey = byKey.get(mention.key);
    if (!ofKey) byKey.set(mention.key, (ofKey = { groups: [], mentions: 0 }));
    if (++ofKey.mentions > MAX_MENTIONS_PER_FACT) continue;
    const group = ofKey.groups.find((g) => g.every((other) => sameSubject(other, mention)));
    if (group) group.push(mention);
    else {
      ofKey.groups.push([mention]);
      groups.push(ofKey.groups[ofKey.groups.length - 1]);
    }
  }
  const found: Inconsistency[] = [];
  for (const group of groups) {
    const values = new Set(group.map((m) => m.quantity.key));
    if (values.size < 2) continue;
    // Two values in one sentence are a list or a range, not a contradiction: need two sentences that differ.
    const bySentence = new Map<number, Set<string>>();
    for (const m of group) bySentence.set(m.sentenceStart, (bySentence.get(m.sentenceStart) ?? new Set()).add(m.quantity.key));
    if (bySentence.size < 2) continue;
    const first = group[0];
    const subject = [...first.subjects].find((s) => group.every((m) => m.subjects.size === 0 || m.subjects.has(s)));
    found.push({
      fact: subject && !first.key.startsWith('age:') ? `${first.label} (${subject})` : first.label,
      spans: group.map((m) => ({ start: m.quantity.start, end: m.quantity.end, text: m.quantity.text })),
      values: group.map((m) => said(m.quantity)),
    });
  }
  return found;
}
