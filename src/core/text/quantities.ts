import { precompiled } from './precompiled';
/**
 * Finds the figures in a sentence and puts them in one canonical form, so that `6,500`, `6500`,
 * `6.5k` and `six thousand five hundred` compare equal, and `2:21:04` equals "2 hours 21 minutes
 * and 4 seconds". Shared by the claim library (same figures?) and the consistency check (same fact,
 * different value?). Cheap regular scans only; anything unusual is left out rather than guessed.
 */

export type QuantityKind = 'number' | 'percent' | 'money' | 'year' | 'duration' | 'age' | 'vote';

export interface Quantity {
  /** UTF-16 offsets into the text given to findQuantities. */
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
  /** money: in currency units; duration: seconds; vote: votes for. */
  value: number;
  /** Comparable canonical form: `6500`, `%31`, `€1330`, `y2013`, `s8464`, `age54`, `v7-2`. */
  key: string;
  /** "about", "roughly", "more than" … before it: not an exact statement of the value. */
  approx: boolean;
  /** The word right after the figure (lower case), e.g. `employees` in "640 employees". */
  unitWord?: string;
}

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCY_SYMBOLS: Record<string, string> = { '€': '€', $: '$', '£': '£', '¥': '¥' };
const CURRENCY_WORDS: Record<string, string> = {
  euro: '€',
  euros: '€',
  eur: '€',
  dollar: '$',
  dollars: '$',
  usd: '$',
  pound: '£',
  pounds: '£',
  gbp: '£',
};
const DURATION_UNITS: Record<string, number> = {
  second: 1,
  seconds: 1,
  minute: 60,
  minutes: 60,
  hour: 3600,
  hours: 3600,
  day: 86400,
  days: 86400,
  week: 604800,
  weeks: 604800,
  month: 2629800,
  months: 2629800,
  year: 31557600,
  years: 31557600,
};
const YEAR_CUES = new Set([
  'in',
  'since',
  'from',
  'until',
  'till',
  'by',
  'of',
  'during',
  'after',
  'before',
  'year',
  'circa',
  'c',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'winter',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const APPROX_WORDS =
  '(?:about|around|roughly|nearly|almost|approximately|some|more than|less than|fewer than|over|under|up to|at least|at most|just over|just under|close to|an estimated|estimated|upwards of|as many as|as much as|circa|c\\.|~)\\s*';
/** "about", "more than" … right before a figure, within 20 characters. */
const APPROX_BEFORE = precompiled(new RegExp(`${APPROX_WORDS}$`, 'i'));
const APPROX_WINDOW = 20;
/** The same, looked for backwards from one place only: most figures have none, and this finds that without a copy. */
const MAY_BE_APPROX = precompiled(new RegExp(`(?<=${APPROX_WORDS})`, 'iy'));

const NUMBER_WORD = `(?:${[...Object.keys(SMALL), ...Object.keys(SCALES)].join('|')})`;
/** Digits (with thousands commas and decimals) and an optional multiplier, or a run of number words. */
const FIGURE = precompiled(
  new RegExp(
    String.raw`([€$£¥])?\s?(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|m|bn)\b|\s+(thousand|million|billion|trillion)\b)?(?![\w]|,\d|\.\d)|\b(${NUMBER_WORD}(?:[\s-]+(?:and\s+)?${NUMBER_WORD})*)\b`,
    'gi',
  ),
);
/** Cheap test first: most sentences hold no figure at all. */
const DIGIT = precompiled(/\d/);
const NUMBER_WORD_ALONE = precompiled(new RegExp(String.raw`\b${NUMBER_WORD}\b`, 'i'));
const LEADING_SPACE = precompiled(/^\s/);
const CLOCK = precompiled(/(?<![\d:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])/g);

/** "six thousand five hundred" → 6500; undefined for a lone "one" (a pronoun far more often than a count). */
export function parseNumberWords(words: string): number | undefined {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  if (parts.length === 1 && parts[0] === 'one') return undefined;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part in SMALL) current += SMALL[part];
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (part in SCALES) {
      total += (current || 1) * SCALES[part];
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** The word after a figure, within the 40 characters after it (sticky: no copy of the text is made). */
const WORD_AFTER = precompiled(/[\s-]*([A-Za-z][A-Za-z'’-]*)/y);
const WORD_AFTER_WINDOW = 40;

function wordAfter(text: string, end: number): { word: string; end: number } | undefined {
  WORD_AFTER.lastIndex = end;
  const match = WORD_AFTER.exec(text);
  if (!match) return undefined;
  const limit = end + WORD_AFTER_WINDOW;
  let wordEnd = match.index + match[0].length;
  const wordStart = wordEnd - match[1].length;
  // Only what lies in the window counts: a word running past it is cut there, one starting past it is none.
  if (wordStart >= limit) return undefined;
  if (wordEnd > limit) wordEnd = limit;
  return { word: text.slice(wordStart, wordEnd).toLowerCase(), end: wordEnd };
}

const WORD_BEFORE_WINDOW = 30;
const SPACE = precompiled(/\s/);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The last run of ASCII letters before start, followed only by spaces and commas, within 30 characters; '' if none. */
function wordBefore(text: string, start: number): string {
  const windowStart = Math.max(0, start - WORD_BEFORE_WINDOW);
  let end = start;
  while (end > windowStart && (text.charCodeAt(end - 1) === 44 || SPACE.test(text[end - 1]))) end--;
  let begin = end;
  while (begin > windowStart && isAsciiLetter(text.charCodeAt(begin - 1))) begin--;
  return begin === end ? '' : text.slice(begin, end).toLowerCase();
}

/** The look of the text right after a figure: sticky patterns read in place, never a copy of the rest. */
const PERCENT_UNIT = precompiled(/\s?(?:%|percent\b|per cent\b)/iy);
const OLD_AFTER = precompiled(/\s*old/y);
const WORD_CHAR = precompiled(/\w/);
const APPOSITION_END = precompiled(/\s*[,)]/y);
/** What a window of 12 characters after the figure (6 after "years") used to show: a match must fit in it. */
const REST_WINDOW = 12;
const OLD_WINDOW = 6;
const YEAR_OLD = precompiled(/^(?:-?year-old|years?-old)$/);
const NAME_COMMA_BEFORE = precompiled(/\p{Lu}[\p{L}'’-]+,\s*$/u);

/** Length of "%", " percent" or " per cent" right at `at` (0 if none); it always fits in the old 12-character window. */
function percentUnitAt(text: string, at: number): number {
  PERCENT_UNIT.lastIndex = at;
  const match = PERCENT_UNIT.exec(text);
  return match ? match[0].length : 0;
}

/**
 * Length of " old" right at `at` (0 if none), as a 6-character window used to read it: "old" must end
 * in the window, and where it ends at the window's edge the edge counted as the end of the word.
 */
function oldAt(text: string, at: number): number {
  OLD_AFTER.lastIndex = at;
  const match = OLD_AFTER.exec(text);
  if (!match || match[0].length > OLD_WINDOW) return 0;
  const length = match[0].length;
  return length < OLD_WINDOW && WORD_CHAR.test(text.charAt(at + length)) ? 0 : length;
}

/** A comma or bracket after optional spaces, within 12 characters of `at`: "Ana Silva, 54, said". */
function closesApposition(text: string, at: number): boolean {
  APPOSITION_END.lastIndex = at;
  const match = APPOSITION_END.exec(text);
  return match !== null && match[0].length <= REST_WINDOW;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Every figure in the text, in order, none overlapping. */
/** False when text surely has no figure (no digit, no number word): findQuantities would find none. */
export function mayHaveFigure(text: string): boolean {
  // Two patterns, the digit first: most sentences with a figure have a digit, and one pattern for both was slower (29 against 24 ms a corpus).
  return DIGIT.test(text) || NUMBER_WORD_ALONE.test(text);
}

export function findQuantities(text: string): Quantity[] {
  return mayHaveFigure(text) ? quantitiesIn(text) : [];
}

/** findQuantities for a text that mayHaveFigure already passed (the test is not run twice). */
export function quantitiesIn(text: string): Quantity[] {
  const found: Quantity[] = [];
  const taken = (start: number, end: number) => found.some((q) => q.start < end && start < q.end);
  const approxAt = (start: number) => {
    MAY_BE_APPROX.lastIndex = start;
    return MAY_BE_APPROX.test(text) && APPROX_BEFORE.test(text.slice(Math.max(0, start - APPROX_WINDOW), start));
  };

  // exec loops over the module's own patterns: matchAll would copy the pattern on every call, and this runs per sentence.
  CLOCK.lastIndex = 0;
  for (let m = text.includes(':') ? CLOCK.exec(text) : null; m; m = CLOCK.exec(text)) {
    const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'duration',
      value: seconds,
      key: `s${seconds}`,
      approx: approxAt(m.index),
    });
  }
  findVotes(text, found, taken);

  const figures: Quantity[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    // Only the space FIGURE allows before digits without a currency symbol can lead the match.
    const start = m[1] === undefined && m[2] !== undefined && LEADING_SPACE.test(m[0]) ? m.index + 1 : m.index;
    const end = m.index + m[0].length;
    if (taken(start, end)) continue;
    let value: number | undefined;
    let symbol = m[1] ? CURRENCY_SYMBOLS[m[1]] : undefined;
    let plain = false;
    if (m[2] !== undefined) {
      value = Number(m[2].includes(',') ? m[2].replace(/,/g, '') : m[2]);
      const scale = m[3] ?? m[4];
      if (scale) value *= SUFFIX_SCALES[scale.toLowerCase()];
      plain = !scale && !m[2].includes(',') && !m[2].includes('.');
    } else {
      value = parseNumberWords(m[5]);
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    value = round(value);
    const after = wordAfter(text, end);
    const quantity: Quantity = {
      start,
      end,
      text: text.slice(start, end),
      kind: 'number',
      value,
      key: String(value),
      approx: approxAt(start),
    };
    if (after) quantity.unitWord = after.word;
    if (!symbol && after && after.word in CURRENCY_WORDS) {
      symbol = CURRENCY_WORDS[after.word];
      quantity.end = after.end;
      quantity.text = text.slice(start, after.end);
      const next = wordAfter(text, after.end);
      if (next) quantity.unitWord = next.word;
      else delete quantity.unitWord;
    }
    const percentLength = symbol ? 0 : percentUnitAt(text, end);
    if (symbol) {
      quantity.kind = 'money';
      quantity.key = `${symbol}${value}`;
      if (m[1] && !after?.word.startsWith(symbol)) quantity.start = m.index;
      quantity.text = text.slice(quantity.start, quantity.end);
    } else if (percentLength > 0) {
      quantity.kind = 'percent';
      quantity.key = `%${value}`;
      quantity.end = end + percentLength;
      quantity.text = text.slice(start, quantity.end);
      delete quantity.unitWord;
      const next = wordAfter(text, quantity.end);
      if (next) quantity.unitWord = next.word;
    } else if (plain && value >= 1800 && value <= 2099 && (YEAR_CUES.has(wordBefore(text, start)) || !after || !after.word.endsWith('s'))) {
      quantity.kind = 'year';
      quantity.key = `y${value}`;
      delete quantity.unitWord;
    } else if ((after && YEAR_OLD.test(after.word)) || (after?.word === 'years' && oldAt(text, after.end) > 0)) {
      quantity.kind = 'age';
      quantity.key = `age${value}`;
      quantity.end = after.word === 'years' ? after.end + oldAt(text, after.end) : after.end;
      quantity.text = text.slice(start, quantity.end);
      delete quantity.unitWord;
    } else if (
      /^aged?$/.test(wordBefore(text, start)) ||
      (value < 120 && closesApposition(text, end) && NAME_COMMA_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
    ) {
      // "aged 54", and the newsroom style "Ana Silva, 54, said".
      quantity.kind = 'age';
      quantity.key = `age${value}`;
    }
    figures.push(quantity);
  }
  // A loop, not push(...): a 10 MB line of figures gives more than a call takes arguments.
  for (const figure of joinDurations(text, figures)) found.push(figure);
  return found.sort((a, b) => a.start - b.start);
}

const VOTE = precompiled(
  /\b(\d{1,4})\s*(?:votes?\s+)?(?:-|–|to)\s*(\d{1,4})\b(?!\s*(?:%|percent|per cent|years?|months?|days?|hours?|minutes?|p\.?m|a\.?m))/gi,
);
const VOTE_WORDS = precompiled(/\bvot|\bballot|\bmotion|\bpassed|\brejected|\bapproved|\bin favou?r|\bagainst\b/);

/** "7-2", "7–2 vote", "by 7 votes to 2", "seven votes to two" near a vote word. */
function findVotes(text: string, found: Quantity[], taken: (start: number, end: number) => boolean): void {
  VOTE.lastIndex = 0;
  for (let m = VOTE.exec(text); m; m = VOTE.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30).toLowerCase();
    if (!VOTE_WORDS.test(around)) continue;
    if (taken(m.index, m.index + m[0].length)) continue;
    const yes = Number(m[1]);
    const no = Number(m[2]);
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'vote', value: yes, key: `v${yes}-${no}`, approx: false });
  }
}

/** Joins "2 hours 21 minutes and 4 seconds" into one duration (in seconds); single "18 months" too. */
function joinDurations(text: string, figures: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i];
    if (first.kind !== 'number' || !first.unitWord || !(first.unitWord in DURATION_UNITS)) {
      out.push(first);
      continue;
    }
    let seconds = first.value * DURATION_UNITS[first.unitWord];
    let end = wordAfter(text, first.end)!.end;
    let j = i + 1;
    while (j < figures.length) {
      const next = figures[j];
      const gap = text.slice(end, next.start);
      if (next.kind !== 'number' || !next.unitWord || !(next.unitWord in DURATION_UNITS) || !/^\s*(?:,|and|,\s*and)?\s*$/.test(gap)) break;
      seconds += next.value * DURATION_UNITS[next.unitWord];
      end = wordAfter(text, next.end)!.end;
      j++;
    }
    seconds = round(seconds);
    const joined: Quantity = {
      start: first.start,
      end,
      text: text.slice(first.start, end),
      kind: 'duration',
      value: seconds,
      key: `s${seconds}`,
      approx: first.approx,
    };
    const after = wordAfter(text, end);
    if (after) joined.unitWord = after.word;
    out.push(joined);
    i = j - 1;
  }
  return out;
}
