import { findCues, hasAnchor, namesSomeone, RANK, type ClauseText, type Cue } from './cues';
import { imperativeMood, isFurniture, isQuestion, opinionMarker } from './furniture';
import type { ResolvedOptions } from './options';
import { splitClauses, type Segment } from './sentences';
import { hedgeLength, isPleasantry, isSpeakerLabel, labelLength, opensWithThirdParty } from './speech';
import type { Claim } from './types';
import { scanWords } from './words';
import { precompiled } from '../text/precompiled';

/** Where a sentence sits, for rules that need its surroundings. */
export interface SentenceContext {
  /** The sentence is the only text of its block and not a list item (a title-like line). */
  aloneInBlock: boolean;
  /** The sentence is (partly) inside quotation marks, so "I" is a quoted source, not the writer. */
  quoted: boolean;
  /** The block is a speaker's turn (a transcript line, a Q/A answer), so "I" is the speaker, not the writer. */
  spoken?: boolean;
}

/**
 * The writer talking about themselves ("I take the train four times a year"): personal, not checkable.
 * "I am told that …" and "I understand that …" pass on what others say, so they stay.
 */
const WRITER_AS_SUBJECT = precompiled(
  new RegExp(
    String.raw`^[^\p{L}]*(?:(?:then|so|and|but|now|still|also|today|yesterday|[Jj]ust (?:yesterday|last \p{L}+|this \p{L}+))` +
      String.raw`\s*,?\s+)?(?:I|My|My own)\s(?!(?:am|was|have been|had been)\s+(?:told|informed|assured)\b|(?:understand|hear|` +
      String.raw`gather|have learned|have learnt)\s+that\b)`,
    'u',
  ),
);

/** The letters WRITER_AS_SUBJECT's words begin with (then, so, and, but, now, still, also, today, yesterday, just, I, My). */
const WRITER_INITIALS = 'tsabnyjJIM';

/** False when the first letter rules WRITER_AS_SUBJECT out, which spares most clauses the pattern. */
function mayOpenWithWriter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return WRITER_INITIALS.includes(text[i]);
  }
  return false;
}

/** At most this many cue reasons are kept on a claim for the hover. */
const MAX_CUES = 6;

/**
 * Decides whether one sentence is a claim and, if so, which clause(s) carry it.
 * `masked` is the block with non-prose blanked; `source` is the real block text.
 * Offsets in the result are relative to the block. The rules are explained in docs/claim-kinds.md.
 */
export function classifySentence(
  masked: string,
  source: string,
  sentence: Segment,
  context: SentenceContext,
  options: ResolvedOptions,
): Claim | undefined {
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
  const voiced = context.quoted || context.spoken === true;

  let first: Segment | undefined;
  let last: Segment | undefined;
  const cues: Cue[] = [];
  for (const clause of splitClauses(masked, sentence)) {
    const clauseText = masked.slice(clause.start, clause.end);
    if (context.spoken && isSpeakerLabel(clauseText)) continue;
    // A speaker's label and a hedge ("I believe", "as far as I know") frame what follows; the rest is judged on its own.
    const label = context.spoken ? labelLength(clauseText) : 0;
    const framed = clauseText.slice(label);
    const lowerFramed = framed.toLowerCase();
    const hedge = hedgeLength(lowerFramed);
    const lower = lowerFramed.slice(hedge);
    const clauseBody: ClauseText = { text: framed.slice(hedge), lower, words: scanWords(lower) };
    const found = cuesOf(clauseBody, voiced, mood === 'opinion', hedge > 0, options);
    const custom = extraCue && options.kinds.has('event') && source.slice(clause.start, clause.end).toLowerCase().includes(extraCue);
    if (found.length === 0 && !custom) continue;
    for (const cue of found) cues.push(cue);
    if (custom) cues.push({ kind: 'event', reason: `custom cue: ${extraCue}`, weight: 0.6, rank: RANK.customCue, hard: true });
    first ??= { start: clause.start + leadingSpace(clauseText, label), end: clause.end };
    last = clause;
  }
  if (!first || !last) return undefined;

  const best = kindOf(cues);
  const score = checkWorthiness(cues, masked, first.start, last.end);
  if (score < options.minScore) return undefined;
  const claim: Claim = {
    start: first.start,
    end: last.end,
    text: source.slice(first.start, last.end),
    kind: best.kind,
    reason: best.reason,
    score,
  };
  const cueList = reasons(cues, best);
  if (cueList) claim.cues = cueList;
  return claim;
}

/**
 * The cues of one clause that count: none when the writer talks about themselves; soft ones not
 * under an opinion marker; and soft cues that need an anchor only when the clause has one.
 */
function cuesOf(c: ClauseText, voiced: boolean, imperative: boolean, hedged: boolean, options: ResolvedOptions): Cue[] {
  if (isPleasantry(c.lower)) return NO_CUES;
  const firstPerson = mayOpenWithWriter(c.text) && WRITER_AS_SUBJECT.test(c.text) && !opensWithThirdParty(c.lower);
  if (firstPerson && !voiced) return NO_CUES;
  const found = findCues(c);
  if (found.length === 0) return found;
  const opinion = imperative || hedged || opinionMarker(c.lower, c.words) !== undefined;
  // Kept in place (no second array). A figure survives a hedge ("I believe 60,000 families …");
  // other soft cues do not survive an opinion.
  let kept = 0;
  let anchored = false;
  for (const cue of found) {
    if (!(cue.hard || !opinion || (hedged && cue.kind === 'statistic')) || !options.kinds.has(cue.kind)) continue;
    found[kept++] = cue;
    anchored ||= !needsAnchor(cue, firstPerson);
  }
  found.length = kept;
  if (kept > 0 && !anchored && !hasAnchor(c, firstPerson)) return NO_CUES;
  return found;
}

const NO_CUES: Cue[] = [];

/**
 * A cue that makes a claim only beside a checkable anchor; a speaker's own day ("just yesterday I was in Orsa")
 * is an anecdote unless something checkable comes with it.
 */
function needsAnchor(cue: Cue, firstPerson: boolean): boolean {
  return cue.needsAnchor === true || (firstPerson && cue.kind === 'event' && !cue.firm && cue.rank !== RANK.date);
}

/**
 * The claim's kind (docs/claim-kinds.md): the highest-ranked cue, except that a reporting verb
 * ("said", "argued", "warned") makes an attribution of a sentence whose other cues only describe
 * (a date, a small count, a plain superlative) rather than carry a measured figure, record, finding, rule or cause.
 */
function kindOf(cues: readonly Cue[]): Cue {
  let ranked = cues[0];
  let reported: Cue | undefined;
  let firm = false;
  for (const c of cues) {
    if (c.rank < ranked.rank || (c.rank === ranked.rank && c.weight > ranked.weight)) ranked = c;
    if (c.reported && !reported) reported = c;
    firm ||= c.firm === true;
  }
  if (ranked.kind === 'attribution' || ranked.firm) return ranked;
  return reported && !firm ? reported : ranked;
}

/**
 * The reasons behind the score, the deciding one first, then by weight, without repeats;
 * undefined for a single cue (the reason says it all).
 */
function reasons(cues: readonly Cue[], best: Cue): string[] | undefined {
  if (cues.length === 1) return undefined;
  const list = [best.reason];
  // The rest by weight (then rank, then position), picked one at a time: a stable sort without copying the cues.
  const used: boolean[] = [];
  while (list.length < MAX_CUES) {
    let next = -1;
    for (let i = 0; i < cues.length; i++) {
      const c = cues[i];
      if (c === best || used[i]) continue;
      if (next < 0 || c.weight > cues[next].weight || (c.weight === cues[next].weight && c.rank < cues[next].rank)) next = i;
    }
    if (next < 0) break;
    used[next] = true;
    if (!list.includes(cues[next].reason)) list.push(cues[next].reason);
  }
  return list.length > 1 ? list : undefined;
}

function leadingSpace(clause: string, from: number): number {
  let i = from;
  while (i < clause.length && /[\s*_]/.test(clause[i])) i++;
  return i < clause.length ? i : 0;
}

/**
 * 0..1: the strongest cue's weight, raised a little for corroborating cues of other
 * kinds and for a named source, so "Minister X said 40% …" outranks "always".
 */
function checkWorthiness(cues: readonly Cue[], masked: string, start: number, end: number): number {
  let strongest = -Infinity;
  let kinds = 0;
  let named = false;
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i];
    strongest = Math.max(strongest, c.weight);
    named ||= c.named === true;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = cues[j].kind === c.kind;
    if (!seen) kinds++;
  }
  const bonus = named || namesSomeone(masked.slice(start, end)) ? 0.05 : 0;
  const score = strongest + 0.04 * Math.min(3, kinds - 1) + bonus;
  return Math.round(Math.min(0.99, Math.max(0.05, score)) * 100) / 100;
}
