import { findQuantities, type Quantity } from '../text/quantities';
import { precompiled } from '../text/precompiled';

/**
 * What a claim says, reduced to what must agree for two claims to state the same fact:
 * its content words (case, punctuation and light inflection removed), its figures and dates
 * in canonical form, and its named entities. Built once per claim and per library entry.
 */
export interface ClaimFingerprint {
  /** Content words and entities, lower case, lightly stemmed, unique. */
  words: ReadonlySet<string>;
  /** Canonical figures (`6500`, `%31`, `€1330`, `s8464`), sorted, unique. */
  figures: readonly string[];
  /** Canonical dates (`y2013`, `m12d3`), sorted, unique. */
  dates: readonly string[];
  /** Stems of the capitalised names in the claim. */
  entities: readonly string[];
  /** Each figure or date as written with the word after it ("74 ships"), for messages. */
  said: readonly string[];
}

const STOP_WORDS = new Set(
  (
    'a an the and or but if then than that this these those there here of in on at to for from by with without into onto over under about around ' +
    "as is are was were be been being has have had do does did will would shall should can could may might must it its it’s it's they them their " +
    'he she him her his hers we us our you your i me my not no nor so such also just only very more most less least some any all each every ' +
    'which who whom whose what when where why how while after before since until during per according said says say told tells ' +
    'nearly almost roughly approximately around some just exactly least up down out off again new one'
  ).split(/\s+/),
);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((m, i) => {
  MONTH_INDEX.set(m, i + 1);
  MONTH_INDEX.set(m.slice(0, 3), i + 1);
});
MONTH_INDEX.set('sept', 9);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const DAY_MONTH = precompiled(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?\b/g);
const MONTH_DAY = precompiled(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d))/g);
const ISO_DATE = precompiled(/\b(\d{4})-(\d{2})-(\d{2})\b/g);

/** Light stemming so "contracts"/"contract" and "employed"/"employs" meet; never shorter than 3 letters. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && (w.endsWith('ies') || w.endsWith('ied'))) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** A word: letters and digits, with apostrophe parts ("council's", "don't"). Each user makes its own RegExp (lastIndex is state). */
export const WORD_PATTERN = String.raw`[\p{L}\p{N}]+(?:['’][\p{L}]+)*`;
const WORD_TOKENS = precompiled(new RegExp(WORD_PATTERN, 'gu'));

/** A matched word without its possessive 's. */
export function tokenWord(match: string): string {
  return match.replace(/['’]s$/i, '');
}

/** Word tokens with their offsets; apostrophes stay inside words, possessive 's is dropped. */
export function wordTokens(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (const m of text.matchAll(WORD_TOKENS)) {
    out.push({ word: tokenWord(m[0]), start: m.index });
  }
  return out;
}

function isSentenceStart(text: string, offset: number): boolean {
  return /(?:^|[.!?:;"“”(]\s*|\n\s*[-*#>\d.]*\s*)$/.test(text.slice(Math.max(0, offset - 6), offset));
}

/** Dates as `y2013` (a year) and `m12d3` (a day of a month). */
interface DateMention {
  key: string;
  text: string;
  start: number;
  end: number;
}

function findDates(text: string, quantities: readonly Quantity[]): DateMention[] {
  const dates: DateMention[] = [];
  const add = (key: string, m: RegExpMatchArray) => dates.push({ key, text: m[0], start: m.index!, end: m.index! + m[0].length });
  for (const q of quantities) if (q.kind === 'year') dates.push({ key: q.key, text: q.text, start: q.start, end: q.end });
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = MONTH_INDEX.get(m[2].toLowerCase());
    if (month && Number(m[1]) >= 1 && Number(m[1]) <= 31) add(`m${month}d${Number(m[1])}`, m);
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = MONTH_INDEX.get(m[1].toLowerCase());
    if (month && Number(m[2]) >= 1 && Number(m[2]) <= 31) add(`m${month}d${Number(m[2])}`, m);
  }
  for (const m of text.matchAll(ISO_DATE)) {
    add(`y${Number(m[1])}`, m);
    add(`m${Number(m[2])}d${Number(m[3])}`, m);
  }
  return dates;
}

/** The fingerprint of one claim's text. */
export function fingerprint(text: string): ClaimFingerprint {
  const quantities = findQuantities(text);
  const dates = findDates(text, quantities);
  // A day of a month is part of a date, not a figure.
  const figures = quantities.filter((q) => q.kind !== 'year' && !dates.some((d) => q.start < d.end && d.start < q.end));
  const dateSpans = new Set(dates.map((d) => d.text));
  const words = new Set<string>();
  const entities = new Set<string>();
  for (const { word, start } of wordTokens(text)) {
    const lower = word.toLowerCase();
    if (/^\d[\d.,]*$/.test(lower) || MONTH_INDEX.has(lower) || WEEKDAYS.has(lower)) continue;
    // Number words are figures, not content ("six thousand five hundred").
    if (figures.some((q) => start >= q.start && start < q.end)) continue;
    if (STOP_WORDS.has(lower)) continue;
    const stemmed = stem(lower);
    words.add(stemmed);
    const capitalised = /^\p{Lu}/u.test(word);
    if (capitalised && (!isSentenceStart(text, start) || /^\p{Lu}{2,}$/u.test(word) || /\p{N}/u.test(word))) entities.add(stemmed);
  }
  const said = [
    ...figures.map((q) => (q.unitWord && q.kind !== 'duration' && !STOP_WORDS.has(q.unitWord) ? `${q.text} ${q.unitWord}` : q.text)),
    ...dateSpans,
  ];
  return {
    words,
    figures: [...new Set(figures.map((q) => q.key))].sort(),
    dates: [...new Set(dates.map((d) => d.key))].sort(),
    entities: [...entities].sort(),
    said,
  };
}
