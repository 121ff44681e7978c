// Paragraphs for the newsroom-scale benchmarks that never repeat verbatim: sentences of the project's own
// texts (samples/ and the labelled evaluation drafts in test/fixtures/eval, both written for this project)
// drawn into new paragraphs, with names, days, months and figures varied. A paragraph that came out before
// is drawn again, so a 10 MB corpus made from 50 KB of text still holds no paragraph twice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Names and places a sentence may take instead of its own capitalised words. */
const NAMES = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Haddad',
  'Novak',
  'Castillo',
  'Brennan',
  'Achebe',
  'Kowalski',
  'Duarte',
  'Nguyen',
  'Ferreira',
  'Mbeki',
  'Sorensen',
  'Petrov',
  'Alvarez',
  'Kaplan',
  'Yilmaz',
  'Ansari',
  'Oduya',
  'Vasquez',
  'Lemaire',
  'Halvorsen',
  'Dimitriou',
  'Rahman',
  'Osei',
  'Brandt',
  'Quintero',
  'Mwangi',
  'Eriksen',
  'Kovacs',
  'Marchetti',
  'Varga',
  'Oyelaran',
  'Strand',
  'Belmonte',
  'Hashemi',
  'Calloway',
  'Rautio',
  'Northfield',
  'Ashby',
  'Kirkwall',
  'Penrith',
  'Dunmore',
  'Harlow',
  'Westmere',
  'Elmbridge',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'g');
const MONTH = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'g');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS.join('|')}|May)\\b`);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS.join('|')}|May)\\s+$`);
/** A capitalised word inside a sentence (not its first word): a name, a place, an organisation; days and months vary on their own. */
const INNER_NAME = new RegExp(String.raw`(?<=\w[ ,]+)(?!(?:${[...WEEKDAYS, ...MONTHS, 'May'].join('|')})\b)[A-Z][a-z]{3,}\b`, 'g');

/** Blocks that are not running prose: headings, lists, quotes, tables, comments, link definitions, speaker turns, timestamps. */
const FURNITURE = /^(?:#|>|\||[-*+_]|\d+[.)]\s|<!--|\[[^\]]+\]:|```|~~~|\*\*|\[?\d{1,2}:\d{2}|[A-Z][A-Za-z .'-]{0,30}:\s)/;
/** A sentence end inside a prose block: . ! or ? (with closing quotes) before a space and a capital or an opening quote. */
const SENTENCE_BREAK = /(?<=[.!?]["”’)]*)\s+(?=["“(]?[A-Z])/;

function textsOf(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textsOf(path));
    else if (/\.(md|txt)$/.test(entry.name) && entry.name !== 'README.md') out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

/** The sentence pool and the furniture pool of the project's texts. */
export function corpusSources(root, samples) {
  const texts = [...samples, ...textsOf(join(root, 'test/fixtures/eval'))];
  const sentences = [];
  const furniture = [];
  for (const text of texts) {
    const body = text.replace(/^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)\r?\n/, '');
    for (const block of body.split(/\r?\n\s*\r?\n/).map((b) => b.trim())) {
      if (block.length < 12) continue;
      if (FURNITURE.test(block) || block.includes('\n')) furniture.push(block);
      else for (const sentence of block.split(SENTENCE_BREAK)) if (isWholeSentence(sentence)) sentences.push(sentence);
    }
  }
  return { sentences, furniture, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

/** Four words or more, and no quotation cut open by the split ("… she said" whose quote began in the sentence before). */
function isWholeSentence(sentence) {
  const count = (re) => (sentence.match(re) ?? []).length;
  return sentence.split(/\s+/).length >= 4 && count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g);
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** A block with its figures, and some of its names, days and months, changed. */
function vary(block, random) {
  return block
    .replace(INNER_NAME, (name) => (random() < 0.4 ? pick(random, NAMES) : name))
    .replace(WEEKDAY, (day) => (random() < 0.5 ? pick(random, WEEKDAYS) : day))
    .replace(MONTH, (month) => (random() < 0.5 ? pick(random, MONTHS) : month))
    .replace(/\d+/g, (digits, at, whole) => {
      // A year stays a plausible year, a day of a month a plausible day; other figures keep their number of digits, at most six.
      if (digits.length === 4 && /^(?:19|20)/.test(digits)) return String(1950 + Math.floor(random() * 80));
      if (digits.length <= 2 && (MONTH_AFTER.test(whole.slice(at + digits.length)) || MONTH_BEFORE.test(whole.slice(0, at))))
        return String(1 + Math.floor(random() * 28));
      return String(Math.floor(random() * 10 ** Math.min(digits.length, 6)));
    });
}

/**
 * Makes paragraphs that were never made before (by this maker): mostly prose of one to four sentences
 * drawn from any of the texts, sometimes a block of furniture (a heading, a list, a quote, a speaker's turn).
 */
export function paragraphMaker(sources, random) {
  const seen = new Set();
  let paragraphs = 0;
  let redrawn = 0;
  const sentenceCounts = new Map();
  const prose = () => {
    // One to four sentences, as news paragraphs run: 30 %, 35 %, 22 %, 13 %.
    const r = random();
    const n = r < 0.3 ? 1 : r < 0.65 ? 2 : r < 0.87 ? 3 : 4;
    return Array.from({ length: n }, () => vary(pick(random, sources.sentences), random));
  };
  const next = () => {
    for (let attempt = 0; ; attempt++) {
      // Furniture only on a first attempt: a block without figures or names comes out the same every time.
      const parts = attempt === 0 && random() < 0.12 ? [vary(pick(random, sources.furniture), random)] : prose();
      const paragraph = parts.join(' ');
      if (seen.has(paragraph)) {
        redrawn++;
        continue;
      }
      seen.add(paragraph);
      paragraphs++;
      for (const part of parts) sentenceCounts.set(part, (sentenceCounts.get(part) ?? 0) + 1);
      return paragraph;
    }
  };
  /** What came out: every paragraph differs; sentences (or furniture blocks) may recur. */
  const stats = () => {
    let sentences = 0;
    for (const n of sentenceCounts.values()) sentences += n;
    return { paragraphs, uniqueParagraphs: seen.size, redrawn, sentences, uniqueSentences: sentenceCounts.size };
  };
  return { next, stats };
}
