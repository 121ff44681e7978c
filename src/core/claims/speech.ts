import { alternation, HEDGES, PLEASANTRY_STARTS, RELATION_NOUNS, SOURCE_ROLES } from './lexicon';
import { precompiled } from '../text/precompiled';

/**
 * Spoken material inside drafts: transcripts, Q/A interviews, hearings. Tells a speaker's
 * voice from the writer's, so "I cut the payroll tax twice" in a speaker's turn stays a claim
 * while "I take the train four times a year" in a column does not.
 */

/** Words in capitals that open a line with a colon but are page furniture, not a speaker. */
const NOT_SPEAKERS = [
  'NOTE',
  'NB',
  'UPDATE',
  'UPDATED',
  'CORRECTION',
  'SOURCE',
  'SOURCES',
  'PHOTO',
  'EDITOR',
  'EDITORS NOTE',
  'WARNING',
  'TLDR',
  'PS',
  'FAQ',
  'URL',
];
const TIMESTAMP = String.raw`\[\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\]`;
/** "HADDAD", "CHIEF MARGIT ELLIS", "REPORTER (City Radio)", "Q", "A"; a bracketed outlet or role may follow the name. */
const CAPITALS_NAME = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){0,3}`;
const SPEAKER = String.raw`(?!(?:${alternation(NOT_SPEAKERS)})\s*:)(?:Q|A|${CAPITALS_NAME})(?:[ \t]*\([^()\n]{1,40}\))?`;
/** Opening a line: blanks, quote and list markers; a bold or italic label's asterisks and underscores. */
const LINE_LEAD = String.raw`^[ \t>*_-]*`;
const LABEL = String.raw`[*_ ]{0,2}${SPEAKER}[*_ ]{0,2}:`;
/** A turn's opening: optional timestamp, the speaker (maybe bold, as Markdown masking leaves it blank) and a colon. */
const TURN = precompiled(
  new RegExp(String.raw`${LINE_LEAD}(?:${TIMESTAMP}[ \t]*)?(?:(?:[*_ ]{0,2})${SPEAKER}[*_ ]{0,2}:[*_ ]{0,2}(?=\s|$)|(?=\S))`, 'u'),
);
const TURN_LINE = precompiled(new RegExp(String.raw`${LINE_LEAD}(?:${TIMESTAMP}[ \t]*(?:${LABEL})?|${LABEL})(?=[*_]*(?:\s|$))`, 'mu'));
/** A clause that is nothing but a speaker label or a timestamp. */
const LABEL_ONLY = precompiled(new RegExp(String.raw`^[\s*_]*(?:${TIMESTAMP}[ \t]*)?(?:[*_ ]{0,2}${SPEAKER}[*_ ]{0,2}:)?[\s*_]*$`, 'u'));
const TIMESTAMP_ONLY = precompiled(new RegExp(`^\\s*${TIMESTAMP}\\s*$`, 'u'));

/** True when a line of the block opens with a speaker label or a timestamp: the block is someone's turn to speak. */
export function isSpokenTurn(masked: string): boolean {
  // Most paragraphs have neither a colon nor a bracket: skip the line-by-line pattern for them.
  return (masked.includes(':') || masked.includes('[')) && TURN_LINE.test(masked);
}

/** True for a clause that is only a label ("[00:12:31] HADDAD:", "Q:"), never a claim itself. */
export function isSpeakerLabel(clause: string): boolean {
  return (LABEL_ONLY.test(clause) && /[:\]]\s*[*_]*\s*$/u.test(clause)) || TIMESTAMP_ONLY.test(clause);
}

/** Length of a speaker label and timestamp at the start of a clause (0 when none). */
export function labelLength(clause: string): number {
  return TURN.exec(clause)?.[0].length ?? 0;
}

const HEDGE = precompiled(new RegExp(`^[^\\p{L}]*(?:(?:${alternation(HEDGES)})\\b)[\\s,:]*`, 'u'));

/** Length of a hedge opening the (lower-cased) clause: "i believe ", "as far as i know, "; 0 when none. */
export function hedgeLength(lower: string): number {
  return HEDGE_FIRST.has(firstWord(lower)) ? (HEDGE.exec(lower)?.[0].length ?? 0) : 0;
}

/** The first word of a lower-cased clause (letters and apostrophes), for cheap checks before a pattern runs. */
export function firstWord(lower: string): string {
  // The hedge and the pleasantry checks ask about the same clause one after the other.
  if (lower === lastClause) return lastFirstWord;
  let i = 0;
  while (i < lower.length && !isLetter(lower.charCodeAt(i))) i++;
  const start = i;
  while (i < lower.length && (isLetter(lower.charCodeAt(i)) || lower[i] === "'" || lower[i] === '’')) i++;
  lastClause = lower;
  lastFirstWord = lower.slice(start, i);
  return lastFirstWord;
}
let lastClause = '';
let lastFirstWord = '';

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c >= 0xc0;
}

const firstWords = (phrases: readonly string[]) => new Set(phrases.map((p) => p.split(' ')[0]));
const HEDGE_FIRST = firstWords(HEDGES);
const PLEASANTRY_FIRST = firstWords(PLEASANTRY_STARTS);
const THIRD_PARTY_FIRST = new Set(['my', 'our', 'and', 'but', 'so', 'now']);

/** "My opponent", "our finance minister", "my predecessor": a possessive that introduces a third party. */
const THIRD_PARTY = precompiled(
  new RegExp(
    `^[^\\p{L}]*(?:(?:and|but|so|now)\\s+)?(?:my|our)\\s+(?:own\\s+|former\\s+|new\\s+|old\\s+|\\p{L}+\\s+){0,2}?` +
      `(?:${alternation([...SOURCE_ROLES, ...RELATION_NOUNS])})s?\\b`,
    'u',
  ),
);

export function opensWithThirdParty(lower: string): boolean {
  return THIRD_PARTY_FIRST.has(firstWord(lower)) && THIRD_PARTY.test(lower);
}

const PLEASANTRY = precompiled(new RegExp(`^[^\\p{L}]*(?:${alternation(PLEASANTRY_STARTS)})(?![\\p{L}])(?!\\s+to\\b)`, 'u'));

/** Greetings, thanks and welcomes ("Good evening, everyone", "We welcome Ms Aalto"): the courtesy of speech, not a claim. */
export function isPleasantry(lower: string): boolean {
  return PLEASANTRY_FIRST.has(firstWord(lower)) && PLEASANTRY.test(lower);
}
