import type { ClaimKind } from './types';
import {
  ABSENCE_NOUNS, ABSOLUTE_WORDS, alternation, CAUSAL_PHRASES, COMPARATIVES, DETECTION_VERBS, EVENT_NOUNS,
  EVENT_PHRASES, EVENT_VERBS, EVIDENCE_NOUNS, EVIDENCE_VERBS, IRREGULAR_SUPERLATIVES, LEGAL_WORDS, MONTHS,
  NUMBER_SUFFIXES, NUMBER_WORDS, ONE_QUALIFIERS, ORDINALS, QUANTITY_QUALIFIERS, SOURCE_ROLES, SOURCE_TITLES,
  SPEECH_VERBS, SUPERLATIVE_EXCEPTIONS, TIME_UNITS, VAGUE_SOURCES, WEEKDAYS,
} from './lexicon';

/**
 * One piece of evidence that a clause is checkable. `rank` orders kinds when a
 * clause carries several cues (a number beats the attribution around it); `hard`
 * cues survive opinion markers, soft ones do not.
 */
export interface Cue {
  kind: ClaimKind;
  /** The cue words as they appear in the text, for the reason shown to editors. */
  reason: string;
  weight: number;
  rank: number;
  hard: boolean;
  /** True when the cue names a person or organisation as its source. */
  named?: boolean;
}

const W = '[\\p{L}\\p{N}’\'-]+';
const CAP = '\\p{Lu}[\\p{L}’\'.-]*';
const NAME = `${CAP}(?:\\s+(?:de\\s+|van\\s+|von\\s+|al-)?${CAP}){0,3}`;
const FUNCTION_WORDS = 'and|or|but|nor|so|yet|the|of|to|in|into|from|by|a|an|on|at|for|with|without|within|as|than|is|was|were|are|be|been|has|have|had|will|would|can|could|after|before|since|between|during|over|under|about|against|among|across|through|that|this|these|those|it|its|their|his|her|our|per|up|down|last|next|each|while|when|where|which|who|if|because|then|also|only|just|more|less|ago|later|earlier';
const NEXT_WORD = `(?:\\s+(?!(?:${FUNCTION_WORDS})\\b)\\p{L}[\\p{L}-]*)?`;
const QUALIFIER = `(?:(?:${alternation(QUANTITY_QUALIFIERS)})\\s+)?`;
const SUFFIX = `(?:\\s?(?:${alternation(NUMBER_SUFFIXES)})(?!\\p{L}))?`;
/** A capital letter or case-folded first letter, so word lists can be matched whatever the case. */
const anyCase = (w: string): string => w.replace(/^\p{L}/u, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

const NUMERIC = new RegExp(`${QUALIFIER}(?<![\\p{L}\\p{N}_]|\\p{L}[-‐])((?:[$€£¥]\\s?)?\\d+(?:[.,:]\\d+)*${SUFFIX})(?![\\p{L}\\p{N}])${NEXT_WORD}`, 'giu');
const NUMBER_WORD = new RegExp(`${QUALIFIER}\\b(?:${alternation(NUMBER_WORDS)})\\b${NEXT_WORD}`, 'iu');
const COUNTED_ONE = new RegExp(`\\b(?:(?:${alternation(ONE_QUALIFIERS)})\\s+(?:been\\s+|be\\s+)?one|one\\s+(?:in|of|out of)\\s+(?:every\\s+)?(?:\\d+|${alternation(NUMBER_WORDS)}))\\b${NEXT_WORD}`, 'iu');
const RANKING = new RegExp(`\\b(?:the|its|their|his|her|for the)\\s+(?:${alternation(ORDINALS)}|\\d+(?:st|nd|rd|th))\\b${NEXT_WORD}`, 'iu');

const MONTH = new RegExp(`\\b(?:${alternation(MONTHS)})\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\b\\d{1,2}\\s+(?:${alternation(MONTHS)})\\b|\\bMay\\s+\\d|\\b(?:in|on|since|until|by|last|next|early|late|mid-?)\\s+May\\b`, 'u');
const MONTH_NEXT_TO_DAY = new RegExp(`(?:${alternation(MONTHS)}|May)\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${alternation(MONTHS)}|May)(?:,?\\s+\\d{4})?`, 'u');
const WEEKDAY = new RegExp(`\\b(?:on\\s+)?(?:${alternation(WEEKDAYS)})s?\\b`, 'u');
const RELATIVE_DATE = new RegExp(
  `\\b(?:yesterday|tomorrow|last night|this morning|this afternoon|this evening|earlier today|` +
    `(?:last|next|this|earlier this|later this|early next|late last|earlier in the|later in the)\\s+(?:${alternation(TIME_UNITS)})|` +
    `(?:\\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\\s+(?:days?|weeks?|months?|years?|decades?)\\s+ago|` +
    `since\\s+(?:the\\s+)?\\d{4}s?)\\b`,
  'iu',
);
const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)(?!\p{L})/iu;

const SUPERLATIVE = new RegExp(
  `\\b(?:the|its|their|his|her|our|world's|country's|nation's)\\s+((?:most|least)\\s+${W}|(?:${alternation(IRREGULAR_SUPERLATIVES.filter((w) => w !== 'last'))})|(?!(?:${alternation(SUPERLATIVE_EXCEPTIONS)})\\b)\\p{L}{2,}est)\\b(?:\\s+${W})?`,
  'iu',
);
const RECORD = /\b(?:(?:a|the|new|all-time|world|national)\s+record(?:[\s-]\w+)?|record[\s-](?:high|low|level|number|breaking)|all-time (?:high|low)|unprecedented|for the first time|never before|than any other\s+\S+|than ever(?: before)?)\b/iu;
const COMPARATIVE = new RegExp(`\\b(?:${alternation(COMPARATIVES)})\\b(?:\\s+${W}){0,6}?\\s+than\\b`, 'iu');
const VALUE_COMPARATIVE = /\b(?:better|worse)\b(?:\s+[\p{L}'-]+){0,3}?\s+than\b/iu;

const FIRST_PERSON = /^(?:i|we|you|i have|we have|i had|we had|i've|we've)$/i;
const SPEECH = new RegExp(`(?:(${NAME}|\\b(?:he|she|they|it|i|we|you)(?:\\s+(?:have|has|had))?)\\s+(?:(?:also|later|previously|repeatedly|always|once again|again|then|publicly|officially)\\s+)?)?\\b(${alternation(SPEECH_VERBS)})\\b`, 'u');
const ACCORDING_TO = new RegExp(`\\baccording to\\s+(?:${W}\\s+){0,3}${W}`, 'iu');
const CALLED_QUOTE = /\bcalled\b[^"“.]{0,80}["“]/u;
const ROLE_APPOSITION = new RegExp(`(${NAME}),\\s+(?:the\\s+|a\\s+|an\\s+|who\\s+is\\s+)?(?:${W}\\s+){0,3}?(?:${alternation(SOURCE_ROLES.map(anyCase))})\\b`, 'u');
const TITLED_NAME = new RegExp(`(?<![\\p{L}])(?:${alternation(SOURCE_TITLES.map((t) => t.replace('.', '\\.')))})\\s+${CAP}`, 'u');
const VAGUE_SOURCE = new RegExp(`\\b(?:${alternation(VAGUE_SOURCES)})\\b`, 'iu');

const ABSENCE = new RegExp(`\\b(no|not any|without|nobody|no one|none)\\s+(?:${W}\\s+){0,8}?(${alternation(ABSENCE_NOUNS)})\\b`, 'iu');
const NOT_DETECTED = new RegExp(`\\b(no|nobody|none|nothing)\\s+(?:${W}\\s+){0,3}?(?:has|have|had|was|were|is|are)\\s+(?:yet\\s+|so far\\s+|ever\\s+|since\\s+)?(?:been\\s+)?(${alternation(DETECTION_VERBS)})\\b`, 'iu');
const UNREVIEWED = /\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:peer[- ]reviewed|reviewed|verified|replicated|confirmed|proven|tested|published)\b|\b(?:unverified|unproven|untested|unpublished|peer[- ]review(?:ed)?|preprint|double-blind|placebo-controlled)\b/iu;
const FINDING = new RegExp(`\\b(${alternation(EVIDENCE_NOUNS)})\\b(?:\\s+${W}){0,4}?\\s+(${alternation(EVIDENCE_VERBS)})\\b`, 'iu');
const PRODUCED_EVIDENCE = /\b(shown|provided|produced|presented|offered|cited|show|provide|produce|present|offer|cite)\s+(?:[\p{L}-]+\s+){0,3}?(evidence|proof|study|studies|data|research)\b/iu;
const WITHOUT_EVIDENCE = /\bwithout\s+(?:any\s+)?(?:evidence|proof|research|data)\b/iu;

const LEGAL = new RegExp(`\\b(?:${alternation(LEGAL_WORDS)})\\b|\\b\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*\\s+Act\\b`, 'u');
const LEGAL_ANYCASE = new RegExp(`\\b(?:${alternation(LEGAL_WORDS)})\\b`, 'iu');
const CAUSAL = new RegExp(`\\b(?:${alternation(CAUSAL_PHRASES)})\\b`, 'iu');
const ABSOLUTE = new RegExp(
  `(?<!\\b(?:not|almost|nearly|hardly|virtually)\\s)\\b(?:${alternation(ABSOLUTE_WORDS)})\\b|\\bnothing\\b(?!\\s+(?:much|else|more|less|but))|(?<!\\b(?:at|after|above|for|once|in|not)\\s)\\ball\\s+(?:of\\s+)?(?:the\\s+|our\\s+|their\\s+|its\\s+|his\\s+|her\\s+|these\\s+|those\\s+)?\\p{L}+s\\b`,
  'iu',
);
const EVENT_VERB = new RegExp(`\\b(?:${alternation(EVENT_VERBS)})\\b`, 'iu');
const EVENT_NOUN = new RegExp(`\\b(?:an?|the|its|their)\\s+(?:${W}\\s+)?(?:${alternation(EVENT_NOUNS)})\\b`, 'iu');
const EVENT_PHRASE = new RegExp(`\\b(?:${alternation(EVENT_PHRASES)})\\b`, 'iu');

const PROPER_NOUN = /(?<=[\p{L}\p{N},;:’'")]\s+)(?!(?:I|I'm|I’m|I've|I’ve)\b)\p{Lu}[\p{L}’'-]*|^\p{Lu}[\p{L}’'-]*\s+\p{Lu}[\p{L}’'-]+|\b\p{Lu}{2,}\b/u;
const PAST_VERB = /\b(?:was|were|has been|have been|had been)\s+\p{L}+ed\b|\b(?!(?:hundred|sacred|naked|wicked|rugged|ragged|kindred|embed|shred|biased)\b)\p{L}{2,}[^e\s]ed\b|\b(?:began|won|sold|bought|met|told|said|made|took|gave|went|came|fell|rose|grew|led|held|paid|spent|built|struck|fled|drew|broke|chose|spoke|wrote|drove|became|sent|kept|sank|flew|threw)\b/u;

/** Every cue found in one clause (masked text), strongest kinds first by rank. */
export function findCues(clause: string): Cue[] {
  const cues: Cue[] = [];
  quantityCues(clause, cues);
  comparisonCues(clause, cues);
  attributionCues(clause, cues);
  evidenceCues(clause, cues);
  otherCues(clause, cues);
  return cues;
}

function quantityCues(clause: string, cues: Cue[]): void {
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(clause); m; m = NUMERIC.exec(clause)) {
    const value = m[1];
    const around = clause.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(value) && MONTH_NEXT_TO_DAY.test(around)) {
      cues.push({ kind: 'event', reason: `dated event (${around.match(MONTH_NEXT_TO_DAY)?.[0]})`, weight: 0.7, rank: 4, hard: true });
      continue;
    }
    if (/^\d{4}s?$/.test(value) && Number(value.slice(0, 4)) >= 1800 && Number(value.slice(0, 4)) <= 2099) {
      cues.push({ kind: 'event', reason: `dated event (${value})`, weight: 0.7, rank: 4, hard: true });
      continue;
    }
    if (/^\d{1,2}:\d{2}$/.test(value)) {
      cues.push({ kind: 'event', reason: `timed event (${value})`, weight: 0.65, rank: 4, hard: true });
      continue;
    }
    cues.push({ kind: 'statistic', reason: `quantity: ${m[0].trim()}`, weight: 0.85, rank: 0, hard: true });
    return;
  }
  const word = COUNTED_ONE.exec(clause) ?? NUMBER_WORD.exec(clause);
  if (word) {
    cues.push({ kind: 'statistic', reason: `quantity: ${word[0].trim()}`, weight: 0.75, rank: 0, hard: true });
    return;
  }
  const rank = RANKING.exec(clause);
  if (rank) cues.push({ kind: 'statistic', reason: `ranking: ${rank[0].trim()}`, weight: 0.65, rank: 0, hard: true });
}

function comparisonCues(clause: string, cues: Cue[]): void {
  const record = RECORD.exec(clause);
  if (record) cues.push({ kind: 'comparison', reason: `record or unmatched: ${record[0].trim()}`, weight: 0.8, rank: 2, hard: true });
  const superlative = SUPERLATIVE.exec(clause);
  if (superlative) {
    const isFirst = /\b(?:first|only)\b/i.test(superlative[1]);
    cues.push({ kind: 'comparison', reason: `${isFirst ? 'first or only' : 'superlative'}: ${superlative[0].trim()}`, weight: 0.75, rank: 2, hard: true });
  }
  const comparative = COMPARATIVE.exec(clause);
  if (comparative) cues.push({ kind: 'comparison', reason: `comparison: ${comparative[0].trim()}`, weight: 0.65, rank: 6, hard: false });
  const judged = VALUE_COMPARATIVE.exec(clause);
  if (judged) cues.push({ kind: 'comparison', reason: `comparison: ${judged[0].trim()}`, weight: 0.4, rank: 6, hard: false });
}

function attributionCues(clause: string, cues: Cue[]): void {
  const according = ACCORDING_TO.exec(clause);
  if (according) cues.push({ kind: 'attribution', reason: `attribution: ${according[0].trim()}`, weight: 0.75, rank: 5, hard: true, named: true });
  const speech = SPEECH.exec(clause);
  if (speech && !(speech[1] && FIRST_PERSON.test(speech[1])) && !/^that said\b/i.test(clause.trim())) {
    const subject = speech[1];
    const named = !!subject && /^\p{Lu}/u.test(subject) && !/^(?:He|She|They|It|We|You)\b/.test(subject);
    const sourced = named || TITLED_NAME.test(clause) || VAGUE_SOURCE.test(clause) || /\b(?:he|she|they)\b/i.test(subject ?? '');
    cues.push({
      kind: 'attribution',
      reason: `attribution: ${subject ? `${subject} ` : '… '}${speech[2]}`,
      weight: named ? 0.75 : 0.6,
      rank: 5,
      hard: sourced,
      named,
    });
  } else if (CALLED_QUOTE.test(clause)) {
    cues.push({ kind: 'attribution', reason: 'attribution: called … (quoted)', weight: 0.65, rank: 5, hard: true });
  }
  const role = ROLE_APPOSITION.exec(clause);
  if (role) cues.push({ kind: 'attribution', reason: `named source: ${role[0].trim()}`, weight: 0.75, rank: 5, hard: true, named: true });
}

function evidenceCues(clause: string, cues: Cue[]): void {
  const absent = ABSENCE.exec(clause);
  if (absent) {
    cues.push({ kind: 'evidence', reason: `absence of evidence: ${absent[1]} … ${absent[2]}`, weight: 0.8, rank: 3, hard: true });
    return;
  }
  const undetected = NOT_DETECTED.exec(clause);
  if (undetected) {
    cues.push({ kind: 'evidence', reason: `absence of evidence: ${undetected[0].trim()}`, weight: 0.8, rank: 3, hard: true });
    return;
  }
  const unreviewed = UNREVIEWED.exec(clause);
  if (unreviewed) {
    cues.push({ kind: 'evidence', reason: `state of evidence: ${unreviewed[0].trim()}`, weight: 0.8, rank: 3, hard: true });
    return;
  }
  const finding = FINDING.exec(clause) ?? PRODUCED_EVIDENCE.exec(clause);
  if (finding) {
    cues.push({ kind: 'evidence', reason: `evidence: ${finding[1]} … ${finding[2]}`, weight: 0.75, rank: 3, hard: true });
    return;
  }
  const without = WITHOUT_EVIDENCE.exec(clause);
  if (without) cues.push({ kind: 'evidence', reason: `absence of evidence: ${without[0]}`, weight: 0.65, rank: 3, hard: false });
}

function otherCues(clause: string, cues: Cue[]): void {
  const date = MONTH.exec(clause) ?? WEEKDAY.exec(clause) ?? RELATIVE_DATE.exec(clause) ?? CLOCK_TIME.exec(clause);
  if (date) cues.push({ kind: 'event', reason: `dated event (${date[0].trim()})`, weight: 0.7, rank: 4, hard: true });
  const legal = LEGAL.exec(clause) ?? LEGAL_ANYCASE.exec(clause);
  if (legal) cues.push({ kind: 'legal', reason: `legal: ${legal[0].trim()}`, weight: 0.7, rank: 1, hard: false });
  const eventPhrase = EVENT_PHRASE.exec(clause);
  const eventVerb = EVENT_VERB.exec(clause);
  const eventNoun = EVENT_NOUN.exec(clause);
  const event = eventVerb ?? eventNoun ?? eventPhrase;
  if (event) cues.push({ kind: 'event', reason: `event: ${event[0].trim()}`, weight: 0.5, rank: 7, hard: false });
  const causal = CAUSAL.exec(clause);
  if (causal) cues.push({ kind: 'causal', reason: `cause and effect: ${causal[0]}`, weight: 0.5, rank: 8, hard: false });
  const absolute = ABSOLUTE.exec(clause);
  if (absolute) cues.push({ kind: 'absolute', reason: `absolute: ${absolute[0].trim()}`, weight: 0.4, rank: 9, hard: false });
  if (!event && !date && PROPER_NOUN.test(clause)) {
    const past = PAST_VERB.exec(clause);
    if (past) cues.push({ kind: 'event', reason: `reported event: ${past[0].trim()}`, weight: 0.35, rank: 10, hard: false });
  }
}

/** True when the clause names a person or organisation (for the check-worthiness score). */
export function namesSomeone(clause: string): boolean {
  return TITLED_NAME.test(clause) || PROPER_NOUN.test(clause);
}
