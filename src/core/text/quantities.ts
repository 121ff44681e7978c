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
const APPROX_BEFORE =
  /(?:about|around|roughly|nearly|almost|approximately|some|more than|less than|fewer than|over|under|up to|at least|at most|just over|just under|close to|an estimated|estimated|upwards of|as many as|as much as|circa|c\.|~)\s*$/i;

const NUMBER_WORD = `(?:${[...Object.keys(SMALL), ...Object.keys(SCALES)].join('|')})`;
/** Digits (with thousands commas and decimals) and an optional multiplier, or a run of number words. */
const FIGURE = new RegExp(
  String.raw`([€$£¥])?\s?(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|m|bn)\b|\s+(thousand|million|billion|trillion)\b)?(?![\w]|,\d|\.\d)|\b(${NUMBER_WORD}(?:[\s-]+(?:and\s+)?${NUMBER_WORD})*)\b`,
  'gi',
);
/** Cheap test first: most sentences hold no figure at all. */
const MAY_HAVE_FIGURE = new RegExp(String.raw`\d|\b${NUMBER_WORD}\b`, 'i');
const CLOCK = /(?<![\d:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])/g;

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

function wordAfter(text: string, end: number): { word: string; end: number } | undefined {
  const match = /^[\s-]*([A-Za-z][A-Za-z'’-]*)/.exec(text.slice(end, end + 40));
  return match ? { word: match[1].toLowerCase(), end: end + match[0].length } : undefined;
}

function wordBefore(text: string, start: number): string {
  const match = /([A-Za-z]+)[\s,]*$/.exec(text.slice(Math.max(0, start - 30), start));
  return match ? match[1].toLowerCase() : '';
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Every figure in the text, in order, none overlapping. */
export function findQuantities(text: string): Quantity[] {
  if (!MAY_HAVE_FIGURE.test(text)) return [];
  const found: Quantity[] = [];
  const taken = (start: number, end: number) => found.some((q) => q.start < end && start < q.end);
  const approxAt = (start: number) => APPROX_BEFORE.test(text.slice(Math.max(0, start - 20), start));

  for (const m of text.matchAll(CLOCK)) {
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
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    if (taken(start, end)) continue;
    let value: number | undefined;
    let symbol = m[1] ? CURRENCY_SYMBOLS[m[1]] : undefined;
    let plain = false;
    if (m[2] !== undefined) {
      value = Number(m[2].replace(/,/g, ''));
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
    const rest = text.slice(end, end + 12);
    if (!symbol && after && after.word in CURRENCY_WORDS) {
      symbol = CURRENCY_WORDS[after.word];
      quantity.end = after.end;
      quantity.text = text.slice(start, after.end);
      const next = wordAfter(text, after.end);
      if (next) quantity.unitWord = next.word;
      else delete quantity.unitWord;
    }
    if (symbol) {
      quantity.kind = 'money';
      quantity.key = `${symbol}${value}`;
      if (m[1] && !after?.word.startsWith(symbol)) quantity.start = m.index;
      quantity.text = text.slice(quantity.start, quantity.end);
    } else if (/^\s?(?:%|percent\b|per cent\b)/i.test(rest)) {
      const unit = /^\s?(?:%|percent|per cent)/i.exec(rest)![0];
      quantity.kind = 'percent';
      quantity.key = `%${value}`;
      quantity.end = end + unit.length;
      quantity.text = text.slice(start, quantity.end);
      delete quantity.unitWord;
      const next = wordAfter(text, quantity.end);
      if (next) quantity.unitWord = next.word;
    } else if (plain && value >= 1800 && value <= 2099 && (YEAR_CUES.has(wordBefore(text, start)) || !after || !/s$/.test(after.word))) {
      quantity.kind = 'year';
      quantity.key = `y${value}`;
      delete quantity.unitWord;
    } else if (
      (after && /^(?:-?year-old|years?-old)$/.test(after.word)) ||
      (after?.word === 'years' && /^\s*old\b/.test(text.slice(after.end, after.end + 6)))
    ) {
      quantity.kind = 'age';
      quantity.key = `age${value}`;
      quantity.end = after.word === 'years' ? after.end + /^\s*old/.exec(text.slice(after.end))![0].length : after.end;
      quantity.text = text.slice(start, quantity.end);
      delete quantity.unitWord;
    } else if (
      /^aged?$/.test(wordBefore(text, start)) ||
      (value < 120 && /\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(Math.max(0, start - 30), start)) && /^\s*[,)]/.test(rest))
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

/** "7-2", "7–2 vote", "by 7 votes to 2", "seven votes to two" near a vote word. */
function findVotes(text: string, found: Quantity[], taken: (start: number, end: number) => boolean): void {
  const pattern =
    /\b(\d{1,4})\s*(?:votes?\s+)?(?:-|–|to)\s*(\d{1,4})\b(?!\s*(?:%|percent|per cent|years?|months?|days?|hours?|minutes?|p\.?m|a\.?m))/gi;
  for (const m of text.matchAll(pattern)) {
    const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30).toLowerCase();
    if (!/\bvot|\bballot|\bmotion|\bpassed|\brejected|\bapproved|\bin favou?r|\bagainst\b/.test(around)) continue;
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
