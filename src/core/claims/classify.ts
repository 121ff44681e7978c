import { findCues, namesSomeone, RANK, type Cue } from './cues';
import { imperativeMood, isFurniture, isQuestion, opinionMarker } from './furniture';
import type { ResolvedOptions } from './options';
import { splitClauses, type Segment } from './sentences';
import type { Claim } from './types';
import { scanWords } from './words';

/** Where a sentence sits, for rules that need its surroundings. */
export interface SentenceContext {
  /** The sentence is the only text of its block and not a list item (a title-like line). */
  aloneInBlock: boolean;
  /** The sentence is (partly) inside quotation marks, so "I" is a quoted source, not the writer. */
  quoted: boolean;
}

/**
 * The writer talking about themselves ("I take the train four times a year"): personal, not checkable.
 * "I am told that …" and "I understand that …" pass on what others say, so they stay.
 */
const WRITER_AS_SUBJECT = /^[^\p{L}]*(?:(?:then|so|and|but|now|still|also|today|yesterday)\s*,?\s+)?(?:I|My|My own)\s(?!(?:am|was|have been|had been)\s+(?:told|informed|assured)\b|(?:understand|hear|gather|have learned|have learnt)\s+that\b)/u;

/**
 * Decides whether one sentence is a claim and, if so, which clause(s) carry it.
 * `masked` is the block with non-prose blanked; `source` is the real block text.
 * Offsets in the result are relative to the block.
 */
export function classifySentence(masked: string, source: string, sentence: Segment, context: SentenceContext, options: ResolvedOptions): Claim | undefined {
  const text = masked.slice(sentence.start, sentence.end);
  const phrases = options.ignorePhrases.length + options.extraCues.length > 0;
  const original = phrases ? source.slice(sentence.start, sentence.end).toLowerCase() : '';
  if (phrases && options.ignorePhrases.some((p) => original.includes(p))) return undefined;
  const extraCue = phrases ? options.extraCues.find((p) => original.includes(p)) : undefined;

  if (!extraCue) {
    if (isFurniture(text, context.aloneInBlock) || isQuestion(text)) return undefined;
  }
  const mood = imperativeMood(text);
  if (mood === 'drop' && !extraCue) return undefined;

  let first: Segment | undefined;
  let last: Segment | undefined;
  const cues: Cue[] = [];
  for (const clause of splitClauses(masked, sentence)) {
    const clauseText = masked.slice(clause.start, clause.end);
    const personal = !context.quoted && WRITER_AS_SUBJECT.test(clauseText);
    const lower = clauseText.toLowerCase();
    const words = scanWords(lower);
    const opinion = mood === 'opinion' || opinionMarker(lower, words) !== undefined;
    const found = personal ? [] : findCues({ text: clauseText, lower, words }).filter((c) => (c.hard || !opinion) && options.kinds.has(c.kind));
    if (extraCue && options.kinds.has('event') && source.slice(clause.start, clause.end).toLowerCase().includes(extraCue)) {
      found.push({ kind: 'event', reason: `custom cue: ${extraCue}`, weight: 0.6, rank: RANK.customCue, hard: true });
    }
    if (found.length === 0) continue;
    cues.push(...found);
    first ??= clause;
    last = clause;
  }
  if (!first || !last) return undefined;

  const best = cues.reduce((a, c) => (c.rank < a.rank || (c.rank === a.rank && c.weight > a.weight) ? c : a));
  const score = checkWorthiness(cues, masked.slice(first.start, last.end));
  if (score < options.minScore) return undefined;
  return { start: first.start, end: last.end, text: source.slice(first.start, last.end), kind: best.kind, reason: best.reason, score };
}

/**
 * 0..1: the strongest cue's weight, raised a little for corroborating cues of other
 * kinds and for a named source, so "Minister X said 40% …" outranks "always".
 */
function checkWorthiness(cues: readonly Cue[], span: string): number {
  const strongest = Math.max(...cues.map((c) => c.weight));
  const kinds = new Set(cues.map((c) => c.kind)).size;
  const named = cues.some((c) => c.named) || namesSomeone(span) ? 0.05 : 0;
  const score = strongest + 0.04 * Math.min(3, kinds - 1) + named;
  return Math.round(Math.min(0.99, Math.max(0.05, score)) * 100) / 100;
}
