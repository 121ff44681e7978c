import type { ClaimKind } from './types';
import { gate, opens, type Words } from './words';
import {
  ABSENCE_NOUNS,
  ABSOLUTE_WORDS,
  alternation,
  CAUSAL_PHRASES,
  COMPARATIVES,
  DETECTION_VERBS,
  EVENT_NOUNS,
  EVENT_PHRASES,
  EVENT_VERBS,
  EVIDENCE_NOUNS,
  EVIDENCE_VERBS,
  IRREGULAR_SUPERLATIVES,
  LEGAL_PROCEEDINGS,
  LEGAL_RULES,
  MONTHS,
  NUMBER_SUFFIXES,
  NUMBER_WORDS,
  EVALUATIVE_WORDS,
  DISCOURSE_ADJECTIVES,
  DISCOURSE_NOUNS,
  BELIEF_VERBS,
  VALUE_SUPERLATIVES,
  LEGAL_TOPICS,
  LEGAL_SOURCES,
  DEONTIC_WORDS,
  ATTITUDE_VERBS,
  TREND_VERBS,
  ONE_QUALIFIERS,
  ORDINALS,
  QUANTITY_QUALIFIERS,
  SOURCE_ROLES,
  SOURCE_TITLES,
  SPEECH_VERBS,
  SUPERLATIVE_EXCEPTIONS,
  TIME_UNITS,
  VAGUE_SOURCES,
  WEEKDAYS,
} from './lexicon';
import { precompiled } from '../text/precompiled';

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
  /**
   * A soft cue (causal connective, relative time, legal vocabulary, belief verb, rhetorical superlative)
   * that makes a claim only with a checkable anchor in the same clause; it always adds to the score.
   */
  needsAnchor?: boolean;
  /** A reporting verb ("said", "argued"): the sentence is an attribution unless a firm cue carries it. */
  reported?: boolean;
  /** Keeps its kind against a reporting verb around it: a measured figure, a record, a finding, a rule, a cause. */
  firm?: boolean;
}

/**
 * Which kind wins when a clause carries several cues (lower wins): a figure is the most
 * checkable part of a sentence, a bare "always" the least. Legal rules outrank plain
 * superlatives ("needs a licence for its most advanced machines" is about the licence), and what
 * a named law or rule requires outranks the figures inside it ("under the act, councils must
 * publish contracts above €50,000" is a rule, whatever the threshold).
 */
export const RANK = {
  legalRequirement: -1,
  /** "was the largest at the ground": the superlative is what the sentence asserts, whatever figures it holds. */
  predicateSuperlative: -0.5,
  quantity: 0,
  record: 1,
  legalRule: 2,
  evidence: 2.3,
  causal: 2.4,
  spelledCount: 2.5,
  superlative: 2.7,
  date: 4,
  attribution: 5,
  comparative: 6,
  legalProceedings: 6,
  impliedComparison: 7.5,
  /** "for 24 hours", "for another two years", "ten men": a span or small count that describes an event, not a measure. */
  minorQuantity: 7.9,
  event: 8,
  absolute: 9,
  reportedEvent: 10,
  customCue: 11,
} as const;
// Order and examples: docs/claim-kinds.md.

const W = "[\\p{L}\\p{N}’'-]+";
const CAP = "\\p{Lu}[\\p{L}’'.-]*";
const NAME = `${CAP}(?:\\s+(?:de\\s+|van\\s+|von\\s+|al-)?${CAP}){0,3}`;
const FUNCTION_WORDS = [
  'and',
  'or',
  'but',
  'nor',
  'so',
  'yet',
  'the',
  'of',
  'to',
  'in',
  'into',
  'from',
  'by',
  'a',
  'an',
  'on',
  'at',
  'for',
  'with',
  'without',
  'within',
  'as',
  'than',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'after',
  'before',
  'since',
  'between',
  'during',
  'over',
  'under',
  'about',
  'against',
  'among',
  'across',
  'through',
  'that',
  'this',
  'these',
  'those',
  'it',
  'its',
  'their',
  'his',
  'her',
  'our',
  'per',
  'up',
  'down',
  'last',
  'next',
  'each',
  'while',
  'when',
  'where',
  'which',
  'who',
  'if',
  'because',
  'then',
  'also',
  'only',
  'just',
  'more',
  'less',
  'ago',
  'later',
  'earlier',
].join('|');
/** What "every" counts when it means "each time", not "all": "every day", "every other week". */
const PERIODIC_WORDS = 'few|other|now|so|time|day|week|month|year|morning|evening|night|summer|winter|spring|autumn|weekend';
const NEXT_WORD = `(?:\\s+(?!(?:${FUNCTION_WORDS})\\b)\\p{L}[\\p{L}-]*)?`;
/** "more than", "about" … right before a number, found by looking back from the number. */
const QUALIFIER_BEFORE = precompiled(new RegExp(`(?:^|[^\\p{L}])((?:${alternation(QUANTITY_QUALIFIERS)})\\s+)$`, 'u'));
const SUFFIX = `(?:\\s?(?:${alternation(NUMBER_SUFFIXES)})(?!\\p{L}))?`;

const NUMERIC = precompiled(
  new RegExp(`(?<![\\p{L}\\p{N}_]|\\p{L}[-‐])((?:[$€£¥]\\s?)?\\d+(?:[.,:]\\d+)*${SUFFIX})(?![\\p{L}\\p{N}])${NEXT_WORD}`, 'gu'),
);
/** Not "the second half" (a part of a match or year) nor "thousands of years" (a vague span of time). */
const NUMBER_WORD = precompiled(
  new RegExp(
    `\\b(?<!\\b(?:first|second)\\s)(?:${alternation(NUMBER_WORDS)})\\b(?!\\s*o['’]clock|\\s+of\\s+(?:years|decades|` +
      `centuries|generations)\\b)${NEXT_WORD}`,
    'u',
  ),
);
const NUMBER_WORD_ALL = precompiled(new RegExp(NUMBER_WORD.source, 'gu'));
/** After a number word: a hyphenated name ("six-party talks", but not "eighty-two"), a discourse noun, or minutes and seconds. */
const FIGURE_OF_SPEECH = precompiled(
  new RegExp(
    `^\\p{L}+(?:-(?!(?:${alternation(NUMBER_WORDS)}|one|hundred|thousand)\\b)\\p{L}+|\\s+(?:` +
      `(?:${alternation(DISCOURSE_ADJECTIVES)})\\s+)*(?:${alternation(DISCOURSE_NOUNS)})\\b|\\s+(?:basic|simple|quick|` +
      `little|short|fundamental|core)\\s+\\p{L}+s\\b|\\s+(?:minutes|seconds)\\b)`,
    'u',
  ),
);
/** FIGURE_OF_SPEECH tried where a number word starts (sticky, without its ^), so the rest of the clause is not copied. */
const FIGURE_OF_SPEECH_AT = precompiled(new RegExp(FIGURE_OF_SPEECH.source.slice(1), 'uy'));
/** Counts so small that, next to an event, they describe it ("three unions", "twice") rather than measure it. */
const SMALL_COUNT = precompiled(
  new RegExp(
    String.raw`^(?:two|three|four|five|six|seven|eight|nine|ten|twice|thrice)\b(?!\s+(?:percent|per cent|metres|meters|` +
      String.raw`kilometres|kilometers|miles|kilos|kilograms|tonnes|tons|litres|liters|degrees|points|goals|votes|times)\b)`,
    'u',
  ),
);
const SPAN_UNIT = precompiled(/\s(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|seasons?|terms?)$/u);
const SPAN_BEFORE = precompiled(
  new RegExp(
    String.raw`\b(?:for|over|within|after|by|lasting|in the (?:last|past|next))\s+(?:(?:another|a further|the (?:next|last|` +
      String.raw`past)|nearly|almost|about|more than|up to|at least|just|some)\s+)?$`,
    'u',
  ),
);
/** "is not up", "are down by", "is up 6%": a level that changed (or did not). */
/** Found from the negation (a rare literal, fast to scan for); the copula before it is checked apart. */
const NEGATED_LEVEL = precompiled(/(?:\bnot|\bnever|n['’]t)\s+(?:going\s+)?(?:up|down)\b(?!\s+(?:to|with|for|here|there)\b)/u);

/** False when NEGATED_LEVEL has no negation to start from (a quick substring test; the pattern tries every position). */
function mayNegate(lower: string): boolean {
  return lower.includes('not') || lower.includes('never') || lower.includes("n't") || lower.includes('n’t');
}
const COPULA_BEFORE = precompiled(/\b(?:is|are|was|were|been)\s*$/u);
const CHANGED_LEVEL = precompiled(
  new RegExp(
    String.raw`\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:up|down)\s+(?:by\b|\d|sharply|again|from\b|since\b|on\s+(?:last|` +
      String.raw`the previous))`,
    'u',
  ),
);
const COUNTED_ONE = precompiled(
  new RegExp(
    `\\b(?:(?:${alternation(ONE_QUALIFIERS)})\\s+(?:been\\s+|be\\s+)?(?:one|once)|one\\s+(?:in|of|out of)\\s+` +
      `(?:every\\s+)?(?:\\d+|${alternation(NUMBER_WORDS)}))\\b${NEXT_WORD}`,
    'u',
  ),
);
const RANKING = precompiled(
  new RegExp(
    `\\b(?:the|its|their|his|her|a)\\s+(?:${alternation(ORDINALS)}|\\d+(?:st|nd|rd|th))(?:[\\s-]+(?:time|year|month|` +
      `week|day|consecutive|straight|successive|place|row|term|round|quarter|\\p{L}+est|most|least)\\b(?:\\s+${W})?)|` +
      `\\b(?:ranked|ranks|ranking)\\s+(?:${W}\\s+){0,2}?(?:${alternation(ORDINALS)}|first|last|\\d+(?:st|nd|rd|th))\\b`,
    'u',
  ),
);
const TREND = precompiled(new RegExp(`\\b(?:${alternation(TREND_VERBS)})\\b`, 'u'));
/** "a third of", "by a quarter"; not the period in "in a quarter" or "per quarter". */
const FRACTION = precompiled(
  new RegExp(
    `\\b(?<!\\b(?:in|within)\\s)(?:a|one|two|three)[\\s-]+(?:third|quarter|fifth|tenth)s?\\b(?!\\s+(?:time|year|` +
      `round|term))${NEXT_WORD}`,
    'u',
  ),
);

const MONTH = precompiled(
  new RegExp(
    `\\b(?:${alternation(MONTHS)})\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\b\\d{1,2}\\s+(?:${alternation(MONTHS)})\\b|` +
      `\\bMay\\s+\\d|\\b(?:in|on|since|until|by|last|next|early|late|mid-?)\\s+May\\b`,
    'u',
  ),
);
const MONTH_NEXT_TO_DAY = precompiled(
  new RegExp(
    `(?:${alternation(MONTHS)}|May)\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+` +
      `(?:of\\s+)?(?:${alternation(MONTHS)}|May)(?:,?\\s+\\d{4})?`,
    'u',
  ),
);
const WEEKDAY = precompiled(new RegExp(`\\b(?:on\\s+)?(?:${alternation(WEEKDAYS)})s?\\b`, 'u'));
const RELATIVE_DATE = precompiled(
  new RegExp(
    `\\b(?:yesterday|tomorrow|last night|this morning|this afternoon|this evening|earlier today|` +
      `(?:last|next|this|earlier this|later this|early next|late last|earlier in the|later in the)\\s+(?:${alternation(TIME_UNITS)})|` +
      `(?:\\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\\s+(?:days?|weeks?|months?|years?|decades?)\\s+ago|` +
      `since\\s+(?:the\\s+)?\\d{4}s?)\\b`,
    'u',
  ),
);
const CLOCK_SUFFIX = precompiled(/^\s?(?:a\.m\.|p\.m\.|am|pm)(?!\p{L})/u);
const MATCH_MINUTE = precompiled(/^[\s-]+minute\b/u);
const CLOCK_TIME = precompiled(/\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)(?!\p{L})/u);

const SUPERLATIVE = precompiled(
  new RegExp(
    `\\b(?:the|its|their|his|her|our|world's|country's|nation's)\\s+((?:most|least)\\s+${W}|` +
      `(?:${alternation(IRREGULAR_SUPERLATIVES.filter((w) => w !== 'last'))})|(?!` +
      `(?:${alternation(SUPERLATIVE_EXCEPTIONS)})\\b)\\p{L}{2,}est)\\b(?!\\s+(?:ways?|things?|parts?|bet|options?|` +
      `ideas?|answers?|solutions?|approach(?:es)?|of all|we|i|you)\\b)(?:\\s+${W})?`,
    'u',
  ),
);
/** A copula right before a superlative: the superlative is the sentence's predicate. */
const PREDICATE = precompiled(
  new RegExp(
    String.raw`\b(?:is|are|was|were|be|been|remains?|remained|became|becomes|has become)\s+(?:now\s+|also\s+|still\s+|` +
      String.raw`by far\s+|easily\s+)?$`,
    'u',
  ),
);
const VALUE_SUPERLATIVE = precompiled(new RegExp(`^(?:${alternation(VALUE_SUPERLATIVES)})\\b`, 'u'));
const RECORD = precompiled(
  new RegExp(
    String.raw`\b(?:(?:a|the|new|all-time|world|national)\s+record(?:[\s-]\w+)?|record[\s-](?:high|low|level|number|breaking)|` +
      String.raw`all-time (?:high|low)|unprecedented|for the first time|never before|than any other\s+\S+|than ever(?: before)?)` +
      String.raw`\b`,
    'u',
  ),
);
const COMPARATIVE = precompiled(new RegExp(`\\b(?:${alternation(COMPARATIVES)})\\b(?:\\s+${W}){0,6}?\\s+than\\b`, 'u'));
/** "had higher concentrations", "fewer patients": a comparison whose other side is implied. */
const IMPLIED_COMPARATIVE = precompiled(
  new RegExp(
    `\\b(?:higher|lower|larger|smaller|bigger|fewer|greater|cheaper|stronger|weaker|older|younger|richer|poorer|` +
      `deadlier|safer)\\s+(?!(?:${FUNCTION_WORDS}|than)\\b)\\p{L}+`,
    'u',
  ),
);
/** What follows "the first" when it is a place in a sequence: a period, a part of a match, or a count. */
const ORDINAL_POSITION = precompiled(
  new RegExp(
    `^\\s+(?:half|halves|quarter|period|leg|round|set|innings|lap|stage|phase|part|chapter|minutes?|hours?|days?|` +
      `weeks?|months?|years?|few|couple|\\d+|${alternation(NUMBER_WORDS)})\\b`,
    'u',
  ),
);
/** An evaluative word right after "the only" or "the first": a judgement ("the only sensible answer"). */
const EVALUATIVE_NEXT = precompiled(new RegExp(`^\\s+(?:${alternation(EVALUATIVE_WORDS)})\\b`, 'u'));
/** "more likely to …", "less likely than …": a difference in rates, the other side often implied. */
const LIKELIHOOD = precompiled(/\b(?:more|less|twice as|half as|(?:\d+|three|four|five|ten) times (?:as|more))\s+likely\s+(?:to|than)\b/u);
const VALUE_COMPARATIVE = precompiled(/\b(?:better|worse)\b(?:\s+[\p{L}'-]+){0,3}?\s+than\b/u);

const FIRST_PERSON = precompiled(/^(?:i|we|you|i have|we have|i had|we had|i've|we've)$/i);
const SPEECH = precompiled(new RegExp(`\\b(?:${alternation(SPEECH_VERBS)})\\b`, 'u'));
/** What follows a reporting verb when speech is reported: that, a new clause's subject, a colon, a comma or a quotation. */
const REPORTED_SPEECH = precompiled(
  new RegExp(
    String.raw`^(?:\s+(?:that|he|she|it|they|we|there|this|these|those|the|a|an|his|her|its|their|no|some|most|all)\b` +
      String.raw`|\s*[:,"“])`,
  ),
);
/** "tells" reports speech only with "that" or a quotation ("tells reporters that …", not "tells the truth"). */
/** "tells me we will …", "told reporters the plan …": a listener, then what was said. */
const TOLD_SOMEONE = precompiled(
  new RegExp(
    String.raw`^\s+(?:me|us|him|her|them|reporters|journalists|the (?:committee|court|jury|board|council|press))\s+(?!about\b|` +
      String.raw`off\b|to\b)\p{L}`,
    'u',
  ),
);
const TELLS_THAT = precompiled(/^(?:\s+\S+){0,3}?\s+that\b|^[^.]*["“]/);
const SPEAKER_BEFORE = precompiled(
  new RegExp(
    `(?:^|[^\\p{L}])(${NAME}|(?:he|she|they|it|i|we|you)(?:\\s+(?:have|has|had))?)\\s+(?:(?:also|later|previously|` +
      `repeatedly|always|once again|again|then|publicly|officially)\\s+)?$`,
    'u',
  ),
);
const LEGAL_TOPIC = new Set(LEGAL_TOPICS);
const NOUN_BEFORE = precompiled(/\b(?:of|the|a|an|his|her|their|our|my|your|its|these|those|such|any|no|empty|broken|new)\s+$/u);
const BELIEF = new Set(BELIEF_VERBS);
const ACCORDING_TO = precompiled(new RegExp(`\\baccording to\\s+(?:${W}\\s+){0,3}${W}`, 'u'));
const GROUP_SAYS = precompiled(
  new RegExp(
    `\\b(?:${alternation(VAGUE_SOURCES)}|\\p{Lu}\\p{Ll}+s)\\s+(?:also\\s+|now\\s+|still\\s+|have\\s+long\\s+)?(?:say|` +
      `argue|warn|claim|insist|fear|note|point out|agree|disagree|estimate|predict|expect|believe|contend|allege|deny|` +
      `report)\\b`,
    'u',
  ),
);
const CALLED_QUOTE = precompiled(/\bcalled\b[^"“.]{0,80}["“]/u);
const ROLE_AFTER_COMMA = precompiled(
  new RegExp(`,\\s+(?:the\\s+|a\\s+|an\\s+|who\\s+is\\s+)?(?:${W}\\s+){0,3}?(?:${alternation(SOURCE_ROLES)})\\b`, 'gu'),
);
const NAME_BEFORE_COMMA = precompiled(new RegExp(`(?:^|[^\\p{L}])(${NAME})$`, 'u'));
const TITLED_NAME = precompiled(
  new RegExp(`(?<![\\p{L}])(?:${alternation(SOURCE_TITLES.map((t) => t.replace('.', '\\.')))})\\s+${CAP}`, 'u'),
);
const VAGUE_SOURCE = precompiled(new RegExp(`\\b(?:${alternation(VAGUE_SOURCES)})\\b`, 'u'));

const ABSENCE = precompiled(
  new RegExp(
    `\\b(no|not any|without|nobody|no one|none)\\s+(?:${W}\\s+){0,7}?((?:${W}\\s+)?(?:${alternation(ABSENCE_NOUNS)}))` + `\\b`,
    'u',
  ),
);
const NOT_DETECTED = precompiled(
  new RegExp(
    `\\b(no|nobody|none|nothing)\\s+(?:${W}\\s+){0,3}?(?:has|have|had|was|were|is|are)\\s+(?:yet\\s+|so far\\s+|` +
      `ever\\s+|since\\s+)?(?:been\\s+)?(${alternation(DETECTION_VERBS)})\\b`,
    'u',
  ),
);
const UNKNOWN = precompiled(
  new RegExp(
    [
      String.raw`\b(?:do|does|did)\s+not\s+(?:yet\s+)?know\b`,
      String.raw`\b(?:remains?|is|are)\s+(?:still\s+)?unclear\b`,
      String.raw`\bnot\s+(?:yet\s+)?(?:known|understood)\b`,
      String.raw`\bunknown\b`,
    ].join('|'),
    'u',
  ),
);
const FOUND_IN = precompiled(
  new RegExp(
    String.raw`\b(?:has|have|had|was|were|is|are)\s+(?:also\s+)?(?:been\s+)?(?:found|detected|identified|observed|measured|` +
      String.raw`recorded)\s+(?:in|on|at|among)\b`,
    'u',
  ),
);
const UNREVIEWED = precompiled(
  new RegExp(
    String.raw`\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:peer[- ]reviewed|reviewed|verified|replicated|` +
      String.raw`confirmed|proven|tested|published)\b|\b(?:unverified|unproven|untested|unpublished|peer[- ]review(?:ed)?|` +
      String.raw`preprint|double-blind|placebo-controlled)\b`,
    'u',
  ),
);
/** "A review commissioned by the regional parliament concluded …": the finding may sit a few words after its source. */
const FINDING = precompiled(
  new RegExp(`\\b(${alternation(EVIDENCE_NOUNS)})\\b(?:\\s+${W}){0,6}?\\s+(${alternation(EVIDENCE_VERBS)})\\b`, 'u'),
);
const PRODUCED_EVIDENCE = precompiled(
  new RegExp(
    String.raw`\b(shown|provided|produced|presented|offered|cited|show|provide|produce|present|offer|cite)\s+(?:[\p{L}-]+\s+)` +
      String.raw`{0,3}?(evidence|proof|study|studies|data|research)\b`,
    'u',
  ),
);
const WITHOUT_EVIDENCE = precompiled(/\bwithout\s+(?:any\s+)?(?:evidence|proof|research|data)\b/u);

const LEGAL_RULE = precompiled(new RegExp(`(?<![\\p{L}-])(?:${alternation(LEGAL_RULES)})(?![\\p{L}-])`, 'u'));
/** A law, act or set of rules as the subject or frame of a requirement ("Under the 2019 transport act", "Norwegian law"). */
const LEGAL_SOURCE = precompiled(
  new RegExp(
    `(?<![\\p{L}-])(?:${alternation(LEGAL_SOURCES)})(?![\\p{L}-])|\\b(?:the|this|that|an?)\\s+` +
      `(?:[\\p{L}\\p{N}-]+\\s+){0,3}act\\b(?!\\s+(?:of|as|on|like|quickly|now|fast|together|alone|differently)\\b)`,
    'u',
  ),
);
/** What a rule does to people: must, may not, requires, forbids, entitles … */
const DEONTIC = precompiled(new RegExp(`\\b(?:${alternation(DEONTIC_WORDS)})\\b`, 'u'));
const NAMED_ACT = precompiled(/\b(?:[A-Z][a-z]+\s+){1,6}Act\b/);
const LEGAL_PROCESS = precompiled(new RegExp(`\\b(?:${alternation(LEGAL_PROCEEDINGS)})\\b`, 'u'));
const CAUSAL = precompiled(new RegExp(`(?<!\\bjust\\s)\\b(?:${alternation(CAUSAL_PHRASES)})\\b`, 'u'));
/** Consequences: "…, so it absorbs more", "which means fewer …", "means that …". */
const CONSEQUENCE = precompiled(
  new RegExp(
    String.raw`,\s+so\s+(?:it|they|he|she|the|its|their|there|this|these|those|fewer|more|less|many|most)\b|(?<!\b(?:a|the|by|` +
      String.raw`of|no|any|other|some|new|every|what|means)\s)\bmeans?\s+(?:that|the|a|an|more|less|fewer|higher|lower|people|it|` +
      String.raw`they)\b|\bmeaning\s+(?:that|the|more|less|fewer)\b`,
    'u',
  ),
);
/** "Nobody likes …", "everyone knows …": a universal attitude is an aphorism, not a checkable count. */
const UNIVERSAL_ATTITUDE = precompiled(
  new RegExp(
    `\\b(?:nobody|no one|everyone|everybody)\\s+(?:(?:really|truly|ever|actually|secretly|will|would|can|could|does|` +
      `do|did|is going to)\\s+)*(?:${alternation(ATTITUDE_VERBS)})\\b`,
    'u',
  ),
);
/** "none of that", "all of this": the quantifier ranges over the writer's own point, not the world. */
const ANAPHORIC_ABSOLUTE = precompiled(/^(?:none|all|nothing|everything)(?:\s+of)?\s+(?:that|this|it|these|those|which)\b/u);
/** "always", "never", "everyone" …, but not "almost always" nor "not everyone". */
const ABSOLUTE_WORD = `(?<!\\b(?:not|almost|nearly|hardly|virtually|as)\\s)\\b(?:${alternation(ABSOLUTE_WORDS)})\\b`;
const NOTHING = `\\bnothing\\b(?!\\s+(?:much|else|more|less|but))`;
/** "every school", but not "every time" nor "every other week". */
const EVERY_NOUN = `\\bevery\\s+(?:single\\s+)?(?!(?:${PERIODIC_WORDS})\\b)\\p{L}+`;
/** "all the schools", "all of their members"; not "at all", "once and for all". */
const ALL_PLURAL =
  `(?<!\\b(?:at|after|above|for|once|in|not)\\s)\\ball\\s+(?:of\\s+)?` +
  `(?:the\\s+|our\\s+|their\\s+|its\\s+|his\\s+|her\\s+|these\\s+|those\\s+)?\\p{L}+s\\b`;
/** "No school has …" opening a clause. */
const NO_SUBJECT =
  `^[^\\p{L}]*no\\s+(?!one\\b|doubt\\b|longer\\b|matter\\b)\\p{L}+(?:\\s+\\p{L}+){0,4}?\\s+` +
  `(?:has|have|had|is|are|was|were|can|could|will|would)\\b`;
const ABSOLUTE = precompiled(new RegExp([ABSOLUTE_WORD, NOTHING, EVERY_NOUN, ALL_PLURAL, NO_SUBJECT].join('|'), 'u'));
/**
 * "Not one country in the region supports the plan", "nobody was injured", "no chemicals reached the river":
 * a count of zero over something named or definite, checkable like any figure.
 */
const UNIVERSAL_NEGATIVE = precompiled(
  new RegExp(
    [
      String.raw`^[^\p{L}]*not (?:one|a single)(?: of)?\s+(?:[\p{L}'’-]+\s+){0,3}?` +
        String.raw`(?:was|were|has been|have been|had been|is|are|has|have|had|will)\s+(?:yet\s+|ever\s+|so far\s+)?(?:been\s+)?\p{L}+`,
      String.raw`\bnot (?:one|a single)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+` +
        String.raw`(?:in|of|on|at|from|across)\s+(?:the|this|our|their|its|these|those)\b`,
      String.raw`\b(?:nobody|no one)\s+(?:was|were|has been|have been|had been)\s+` +
        String.raw`(?:\p{L}+ed|hurt|hit|seen|taken|told|held|caught|found|shot|struck|left|thrown|bitten)\b`,
      String.raw`^[^\p{L}]*no\s+(?!one\b|doubt\b|longer\b|matter\b|wonder\b)\p{L}+\s+\p{L}+ed\s+(?:the|a|an|any|its|their)\b`,
      String.raw`^[^\p{L}]*no\s+(?!one\b|doubt\b|longer\b|matter\b|wonder\b)(?:[\p{L}-]+\s+)` +
        String.raw`{1,5}?(?:has|have|had)\s+(?:yet\s+|ever\s+|so far\s+)?(?:been\s+\p{L}+|\p{L}+ed\b)`,
    ].join('|'),
    'u',
  ),
);
const NEGATIVE_OPENING = precompiled(/\bnot (?:one|a single)\b|\bnobody\b|\bno one\b|^[^\p{L}]*no\s/u);

/** False when NEGATIVE_OPENING cannot match: none of its phrases occurs and the clause does not open with "no". */
function mayOpenNegative(lower: string): boolean {
  if (lower.includes('nobody') || lower.includes('no one') || lower.includes('not one') || lower.includes('not a single')) return true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128) return true;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return c === 110; /* n */
  }
  return false;
}
/** "Good morning, everyone": an address, not a universal claim. */
const VOCATIVE = precompiled(/,\s*(?:everyone|everybody|all|folks)\s*[.!]?\s*$/u);
const EVENT_VERB = precompiled(new RegExp(`\\b(?:${alternation(EVENT_VERBS)})\\b`, 'u'));
const EVENT_NOUN = precompiled(new RegExp(`\\b(?:an?|the|its|their)\\s+(?:${W}\\s+)?(?:${alternation(EVENT_NOUNS)})\\b`, 'u'));
const EVENT_PHRASE = precompiled(new RegExp(`\\b(?:${alternation(EVENT_PHRASES)})\\b`, 'u'));

/** A capitalised word that is not the first of the sentence (and not "I"): someone or somewhere named. */
function hasProperNoun(text: string): boolean {
  for (let i = text.indexOf(' ') + 1; i > 0 && i < text.length; i = text.indexOf(' ', i) + 1) {
    const c = text.charCodeAt(i);
    const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
    if (!upper) continue;
    const next = text.charCodeAt(i + 1);
    if (c === 73 /* I */ && !((next >= 97 && next <= 122) || (next >= 65 && next <= 90))) continue;
    return true;
  }
  return false;
}

/** Each pattern's trigger words (see words.ts): patterns whose gate stays shut are not run. */
const GATES = {
  counted: gate(['one', 'once']),
  fraction: gate(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']),
  numberWord: gate(NUMBER_WORDS),
  ranking: gate(ORDINALS, ['ranked', 'ranks', 'ranking']),
  trend: gate(TREND_VERBS),
  record: gate(['record', 'all', 'unprecedented', 'first', 'never', 'than']),
  superlative: gate(IRREGULAR_SUPERLATIVES),
  than: gate(['than']),
  impliedComparative: gate([
    'higher',
    'lower',
    'larger',
    'smaller',
    'bigger',
    'fewer',
    'greater',
    'cheaper',
    'stronger',
    'weaker',
    'older',
    'younger',
    'richer',
    'poorer',
    'deadlier',
    'safer',
  ]),
  according: gate(['according']),
  speech: gate(SPEECH_VERBS),
  groupSays: gate([
    'say',
    'argue',
    'warn',
    'claim',
    'insist',
    'fear',
    'note',
    'point',
    'agree',
    'disagree',
    'estimate',
    'predict',
    'expect',
    'believe',
    'contend',
    'allege',
    'deny',
    'report',
  ]),
  called: gate(['called']),
  role: gate(SOURCE_ROLES),
  negation: gate(['no', 'not', 'without', 'nobody', 'none', 'nothing']),
  absenceNoun: gate(ABSENCE_NOUNS),
  detection: gate(DETECTION_VERBS),
  unreviewed: gate([
    'reviewed',
    'verified',
    'replicated',
    'confirmed',
    'proven',
    'tested',
    'published',
    'peer',
    'unverified',
    'unproven',
    'untested',
    'unpublished',
    'preprint',
    'blind',
    'controlled',
  ]),
  evidenceNoun: gate(EVIDENCE_NOUNS),
  evidenceVerb: gate(EVIDENCE_VERBS, [
    'provided',
    'produced',
    'presented',
    'offered',
    'cited',
    'provide',
    'produce',
    'present',
    'offer',
    'cite',
  ]),
  without: gate(['without']),
  unknown: gate(['know', 'unclear', 'known', 'understood', 'unknown']),
  foundIn: gate(['found', 'detected', 'identified', 'observed', 'measured', 'recorded']),
  calendar: gate(
    MONTHS,
    WEEKDAYS,
    WEEKDAYS.map((d) => `${d}s`),
    ['may'],
  ),
  relative: gate(['yesterday', 'tomorrow', 'night', 'morning', 'afternoon', 'evening', 'today', 'ago', 'since'], TIME_UNITS),
  legalRule: gate(LEGAL_RULES, ['act']),
  legalProcess: gate(LEGAL_PROCEEDINGS),
  act: gate(['act']),
  event: gate(EVENT_VERBS, EVENT_NOUNS, EVENT_PHRASES),
  causal: gate(CAUSAL_PHRASES),
  absolute: gate(ABSOLUTE_WORDS, ['nothing', 'every', 'all', 'no']),
  legalSource: gate(LEGAL_SOURCES, ['act']),
  deontic: gate(DEONTIC_WORDS),
  likely: gate(['likely']),
  consequence: gate(['so', 'means', 'mean', 'meaning']),
  level: gate(['up', 'down']),
  valueSuperlative: gate(VALUE_SUPERLATIVES),
  belief: gate(BELIEF_VERBS),
};
/** Runs a pattern only when the clause holds one of its trigger words. */
function when(condition: boolean, pattern: RegExp, clause: string): RegExpExecArray | null {
  if (!condition) return null;
  pattern.lastIndex = 0;
  return pattern.exec(clause);
}

/** A clause as the cue finders see it: the masked text, its lower-case twin and its words. */
export interface ClauseText {
  text: string;
  /** Case-insensitive patterns run on this, without the slow `i` flag. */
  lower: string;
  words: Words;
}

/** The matched words in their original case (lower-casing rarely changes length; then keep the lower form). */
function quoted(c: ClauseText, m: RegExpExecArray): string {
  const text = c.text.length === c.lower.length ? c.text.slice(m.index, m.index + m[0].length) : m[0];
  return text.trim();
}

/** Every cue found in one clause. */
export function findCues(c: ClauseText): Cue[] {
  const cues: Cue[] = [];
  quantityCues(c, cues);
  comparisonCues(c, cues);
  attributionCues(c, cues);
  evidenceCues(c, cues);
  otherCues(c, cues);
  return cues;
}

function quantityCues(c: ClauseText, cues: Cue[]): void {
  const hasDigit = c.words.digit;
  let spans = false;
  NUMERIC.lastIndex = 0;
  for (let m = hasDigit ? NUMERIC.exec(c.lower) : null; m; m = NUMERIC.exec(c.lower)) {
    const value = m[1];
    const digits = leadingDigits(value);
    if (digits >= 1 && digits <= 2 && (value.length === digits || ORDINAL_SUFFIXES.has(value.slice(digits)))) {
      const around = c.text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
      const day = MONTH_NEXT_TO_DAY.exec(around);
      if (day) {
        cues.push({ kind: 'event', reason: `dated event (${day[0]})`, weight: 0.7, rank: RANK.date, hard: true });
        continue;
      }
    }
    if (
      digits === 4 &&
      (value.length === 4 || (value.length === 5 && value[4] === 's')) &&
      Number(value.slice(0, 4)) >= 1800 &&
      Number(value.slice(0, 4)) <= 2099
    ) {
      cues.push({ kind: 'event', reason: `dated event (${value})`, weight: 0.7, rank: RANK.date, hard: true });
      continue;
    }
    const time = digits >= 1 && digits <= 2 && minutesAfter(value, digits, ':') ? value : timeOfDay(c.lower, m.index, value, digits);
    if (time) {
      cues.push({ kind: 'event', reason: `timed event (${time})`, weight: 0.65, rank: RANK.date, hard: true });
      continue;
    }
    // Only a word after the number (not part of the number itself) can be a unit of time.
    if (m[0].length > value.length && isSpan(c.lower, m.index, m[0])) {
      // "walked out for 24 hours": how long something lasted describes the event; a measured figure may still follow.
      cues.push({ kind: 'statistic', reason: `duration: ${quoted(c, m)}`, weight: 0.7, rank: RANK.minorQuantity, hard: true });
      spans = true;
      continue;
    }
    cues.push({
      kind: 'statistic',
      reason: `quantity: ${qualifierBefore(c, m.index)}${quoted(c, m)}`,
      weight: 0.85,
      rank: RANK.quantity,
      hard: true,
      firm: true,
    });
    return;
  }
  if (spans) return;
  // Spelled-out numbers are also figures of speech ("knows half the town"), so opinion cancels them.
  const w = c.words;
  const word =
    when(opens(w, GATES.counted), COUNTED_ONE, c.lower) ??
    when(opens(w, GATES.fraction), FRACTION, c.lower) ??
    (opens(w, GATES.numberWord) ? countWord(c.lower) : null);
  if (word) {
    const minor = isSpan(c.lower, word.index, word[0]) || SMALL_COUNT.test(word[0]);
    cues.push({
      kind: 'statistic',
      reason: `quantity: ${qualifierBefore(c, word.index)}${quoted(c, word)}`,
      weight: 0.75,
      rank: minor ? RANK.minorQuantity : RANK.spelledCount,
      hard: false,
    });
    return;
  }
  const rank = when(hasDigit || opens(w, GATES.ranking), RANKING, c.lower);
  if (rank) {
    cues.push({ kind: 'statistic', reason: `ranking: ${quoted(c, rank)}`, weight: 0.65, rank: RANK.quantity, hard: true, firm: true });
    return;
  }
  const trend = when(opens(w, GATES.trend), TREND, c.lower);
  if (trend) {
    cues.push({ kind: 'statistic', reason: `change: ${quoted(c, trend)}`, weight: 0.6, rank: RANK.spelledCount, hard: false });
    return;
  }
  // "Coal jobs are not up", "crime is down by a third": a trend stated without a figure is still checkable.
  const negation = when(opens(w, GATES.level) && mayNegate(c.lower), NEGATED_LEVEL, c.lower);
  const negated = negation && COPULA_BEFORE.test(c.lower.slice(Math.max(0, negation.index - 12), negation.index)) ? negation : null;
  const level = negated ?? when(opens(w, GATES.level), CHANGED_LEVEL, c.lower);
  if (level)
    cues.push({
      kind: 'statistic',
      reason: `${negated ? 'negated trend' : 'change'}: ${quoted(c, level)}`,
      weight: 0.6,
      rank: RANK.spelledCount,
      hard: true,
    });
}

/** A time span after "for", "over", "within" …: "for 24 hours", "for another two years". */
function isSpan(lower: string, at: number, match: string): boolean {
  return SPAN_UNIT.test(match) && SPAN_BEFORE.test(lower.slice(Math.max(0, at - 30), at));
}

/**
 * The first spelled-out number that counts something: not part of a name ("six-party talks"),
 * a figure of speech ("three basic things") or a speaking time ("you have two minutes").
 */
function countWord(lower: string): RegExpExecArray | null {
  NUMBER_WORD_ALL.lastIndex = 0;
  for (let m = NUMBER_WORD_ALL.exec(lower); m; m = NUMBER_WORD_ALL.exec(lower)) {
    FIGURE_OF_SPEECH_AT.lastIndex = m.index;
    if (!FIGURE_OF_SPEECH_AT.test(lower)) return m;
  }
  return null;
}

/** "6 pm", "10.30 a.m.", "the 70th minute": a moment, not an amount; undefined otherwise. */
function timeOfDay(lower: string, at: number, value: string, digits: number): string | undefined {
  // "6", "10.30" (an hour and minutes) or "70th" (a minute of a match), told apart by their digits.
  const clock = digits >= 1 && digits <= 2 && (value.length === digits || minutesAfter(value, digits, ':.'));
  const minute = !clock && digits >= 1 && digits <= 3 && value.length === digits + 2 && ORDINAL_SUFFIXES.has(value.slice(digits));
  if (!clock && !minute) return undefined;
  const after = lower.slice(at + value.length, at + value.length + 12);
  const m = clock ? CLOCK_SUFFIX.exec(after) : MATCH_MINUTE.exec(after);
  return m ? `${value}${m[0]}` : undefined;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** How many ASCII digits open `value`. */
function leadingDigits(value: string): number {
  let i = 0;
  while (i < value.length && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) i++;
  return i;
}

/** True when `value` goes on after its `digits` leading digits with one of `separators` and exactly two digits ("12:30", "10.30"). */
function minutesAfter(value: string, digits: number, separators: string): boolean {
  return value.length === digits + 3 && separators.includes(value[digits]) && leadingDigits(value.slice(digits + 1)) === 2;
}

/** The qualifier in front of a number ("more than "), or ''. */
function qualifierBefore(c: ClauseText, at: number): string {
  return QUALIFIER_BEFORE.exec(c.lower.slice(Math.max(0, at - 24), at))?.[1] ?? '';
}

function comparisonCues(c: ClauseText, cues: Cue[]): void {
  const w = c.words;
  const record = when(opens(w, GATES.record), RECORD, c.lower);
  if (record)
    cues.push({
      kind: 'comparison',
      reason: `record or unmatched: ${quoted(c, record)}`,
      weight: 0.8,
      rank: RANK.record,
      hard: true,
      firm: true,
    });
  const superlative = when(opens(w, GATES.superlative) || w.superlativeLike, SUPERLATIVE, c.lower);
  const isFirst = !!superlative && /\b(?:first|only)\b/.test(superlative[1]);
  // "the first half", "the first five years": a position in a sequence, not a record.
  const position =
    isFirst &&
    !!superlative &&
    /^first$/.test(superlative[1]) &&
    ORDINAL_POSITION.test(c.lower.slice(superlative.index + superlative[0].indexOf(superlative[1]) + 5));
  if (superlative && !position) {
    // "The first …" is a checkable record ("the only sensible answer" is not); "the safest way" is often a judgement, so opinion cancels plain superlatives.
    const judged =
      isFirst && EVALUATIVE_NEXT.test(c.lower.slice(superlative.index + superlative[0].indexOf(superlative[1]) + superlative[1].length));
    // "The crowd was the largest this season" asserts the superlative; in "the most common side effect was …" it only describes.
    const asserted = PREDICATE.test(c.lower.slice(Math.max(0, superlative.index - 30), superlative.index));
    // "Our workers are the best in the world": praise needs a measure, a name or a date beside it to be checkable.
    const praise = !isFirst && opens(w, GATES.valueSuperlative) && VALUE_SUPERLATIVE.test(superlative[1]);
    cues.push({
      kind: 'comparison',
      reason: `${isFirst ? 'first or only' : 'superlative'}: ${quoted(c, superlative)}`,
      weight: 0.75,
      rank: isFirst ? RANK.record : asserted ? RANK.predicateSuperlative : RANK.superlative,
      hard: isFirst && !judged,
      firm: isFirst || (asserted && !praise),
      needsAnchor: praise,
    });
  }
  const likelihood = when(opens(w, GATES.likely), LIKELIHOOD, c.lower);
  if (likelihood)
    cues.push({ kind: 'comparison', reason: `comparison: ${quoted(c, likelihood)}`, weight: 0.6, rank: RANK.comparative, hard: false });
  if (!opens(w, GATES.than)) {
    const implied = when(opens(w, GATES.impliedComparative), IMPLIED_COMPARATIVE, c.lower);
    if (implied)
      cues.push({
        kind: 'comparison',
        reason: `comparison: ${quoted(c, implied)}`,
        weight: 0.55,
        rank: RANK.impliedComparison,
        hard: false,
      });
    return;
  }
  const comparative = COMPARATIVE.exec(c.lower);
  if (comparative)
    cues.push({ kind: 'comparison', reason: `comparison: ${quoted(c, comparative)}`, weight: 0.65, rank: RANK.comparative, hard: false });
  const judged = VALUE_COMPARATIVE.exec(c.lower);
  if (judged)
    cues.push({ kind: 'comparison', reason: `comparison: ${quoted(c, judged)}`, weight: 0.4, rank: RANK.comparative, hard: false });
}

function attributionCues(c: ClauseText, cues: Cue[]): void {
  const w = c.words;
  const according = when(opens(w, GATES.according), ACCORDING_TO, c.lower);
  if (according)
    cues.push({
      kind: 'attribution',
      reason: `attribution: ${quoted(c, according)}`,
      weight: 0.75,
      rank: RANK.attribution,
      hard: true,
      named: true,
    });
  const verb = when(opens(w, GATES.speech), SPEECH, c.text);
  // A party or title in brackets may sit between name and verb: "De Croo (Open VLD) notes that".
  const speaker = verb ? SPEAKER_BEFORE.exec(withoutBracketAtEnd(c.text.slice(Math.max(0, verb.index - 80), verb.index)))?.[1] : undefined;
  // "She believes in freedom" states a value, not what anyone said.
  const believesIn = !!verb && verb[0] === 'believes' && /^\s+in\b/.test(c.lower.slice(verb.index + verb[0].length));
  // "tired of promises", "the claims": the reporting word used as a noun.
  const asNoun = !!verb && NOUN_BEFORE.test(c.lower.slice(Math.max(0, verb.index - 12), verb.index));
  if (
    verb &&
    !believesIn &&
    !asNoun &&
    !(speaker && FIRST_PERSON.test(speaker)) &&
    !(c.lower.includes('that said') && /^that said\b/.test(c.lower.trim()))
  ) {
    const named = !!speaker && /^\p{Lu}/u.test(speaker) && !/^(?:He|She|They|It|We|You)\b/.test(speaker);
    const pronoun = /\b(?:he|she|they)\b/i.test(speaker ?? '');
    const identified = named || TITLED_NAME.test(c.text) || VAGUE_SOURCE.test(c.lower);
    const sourced = identified || pronoun;
    // Without a source, only reported speech counts ("… warned that", "… said:"), not "a friend who tells the truth".
    const after = c.text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 80);
    const reported =
      sourced ||
      verb[0].endsWith('that') ||
      /["“”]/.test(c.text) ||
      TELLS_THAT.test(after) ||
      (verb[0] === 'tells' || verb[0] === 'told' ? TOLD_SOMEONE.test(after) : REPORTED_SPEECH.test(after));
    if (reported)
      cues.push({
        kind: 'attribution',
        reason: `attribution: ${speaker ? `${speaker} ` : '… '}${verb[0]}`,
        weight: named ? 0.75 : 0.6,
        rank: RANK.attribution,
        // '"That has to stop," she said': a bare pronoun adds no checkable source to an opinion.
        hard: identified,
        named,
        // "announced" and "confirmed" report an event as much as words.
        reported: !reportsEvent(verb[0]),
        needsAnchor: opens(w, GATES.belief) && BELIEF.has(verb[0]),
      });
  } else if (opens(w, GATES.groupSays) && GROUP_SAYS.test(c.text)) {
    const group = GROUP_SAYS.exec(c.text)?.[0] ?? '';
    const believed = /\b(?:believe|expect|fear)$/.test(group);
    cues.push({
      kind: 'attribution',
      reason: `attribution: ${group.trim()}`,
      weight: 0.6,
      rank: RANK.attribution,
      hard: true,
      reported: true,
      needsAnchor: believed,
    });
  } else if (opens(w, GATES.called) && CALLED_QUOTE.test(c.text)) {
    cues.push({ kind: 'attribution', reason: 'attribution: called … (quoted)', weight: 0.65, rank: RANK.attribution, hard: true });
  }
  const source = c.text.includes(',') && opens(w, GATES.role) ? namedRole(c) : undefined;
  if (source)
    cues.push({ kind: 'attribution', reason: `named source: ${source}`, weight: 0.75, rank: RANK.attribution, hard: true, named: true });
}

/** The text with a bracketed aside at its end replaced by a space ("De Croo (Open VLD) " → "De Croo "). */
function withoutBracketAtEnd(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    // Only a ")" ends an aside (a character beyond ASCII may be a space the quick test does not know).
    return c === 41 || c >= 128 ? text.replace(BRACKET_AT_END, ' ') : text;
  }
  return text;
}
const BRACKET_AT_END = precompiled(/\s*\([^()]*\)\s*$/);

/** Whether a reporting verb also reports an event ("announced", "confirmed"); the verbs are few, so the answers are kept. */
function reportsEvent(verb: string): boolean {
  let answer = EVENT_REPORTING.get(verb);
  if (answer === undefined) {
    answer = EVENT_VERB.test(verb);
    EVENT_REPORTING.set(verb, answer);
  }
  return answer;
}
const EVENT_REPORTING = new Map<string, boolean>();

/** "Lu Kang, spokesman for …": a capitalised name right before a comma and a role. */
function namedRole(c: ClauseText): string | undefined {
  ROLE_AFTER_COMMA.lastIndex = 0;
  for (let m = ROLE_AFTER_COMMA.exec(c.lower); m; m = ROLE_AFTER_COMMA.exec(c.lower)) {
    const name = NAME_BEFORE_COMMA.exec(c.text.slice(Math.max(0, m.index - 60), m.index));
    if (name) return `${name[1]}${quoted(c, m)}`;
  }
  return undefined;
}

function evidenceCues(c: ClauseText, cues: Cue[]): void {
  const w = c.words;
  const negated = opens(w, GATES.negation);
  const absent = when(negated && opens(w, GATES.absenceNoun), ABSENCE, c.lower);
  if (absent) {
    const adjacent = absent[0].replace(/\s+/g, ' ') === `${absent[1]} ${absent[2]}`;
    cues.push({
      kind: 'evidence',
      reason: `absence of evidence: ${absent[1]}${adjacent ? ' ' : ' … '}${absent[2].replace(/\s+/g, ' ')}`,
      weight: 0.8,
      rank: RANK.evidence,
      hard: true,
      firm: true,
    });
    return;
  }
  const undetected = when(negated && opens(w, GATES.detection), NOT_DETECTED, c.lower);
  if (undetected) {
    cues.push({
      kind: 'evidence',
      reason: `absence of evidence: ${quoted(c, undetected)}`,
      weight: 0.8,
      rank: RANK.evidence,
      hard: true,
      firm: true,
    });
    return;
  }
  const unreviewed = when(opens(w, GATES.unreviewed), UNREVIEWED, c.lower);
  if (unreviewed) {
    cues.push({
      kind: 'evidence',
      reason: `state of evidence: ${quoted(c, unreviewed)}`,
      weight: 0.8,
      rank: RANK.evidence,
      hard: true,
      firm: true,
    });
    return;
  }
  const unknown = when(opens(w, GATES.unknown), UNKNOWN, c.lower) ?? when(opens(w, GATES.foundIn), FOUND_IN, c.lower);
  if (unknown) {
    cues.push({
      kind: 'evidence',
      reason: `state of evidence: ${quoted(c, unknown)}`,
      weight: 0.7,
      rank: RANK.evidence,
      hard: false,
      firm: true,
    });
    return;
  }
  const weighed = opens(w, GATES.evidenceNoun) && opens(w, GATES.evidenceVerb);
  const finding = when(weighed, FINDING, c.lower) ?? when(weighed, PRODUCED_EVIDENCE, c.lower);
  if (finding) {
    cues.push({
      kind: 'evidence',
      reason: `evidence: ${finding[1]} … ${finding[2]}`,
      weight: 0.75,
      rank: RANK.evidence,
      hard: true,
      firm: true,
    });
    return;
  }
  const without = when(opens(w, GATES.without), WITHOUT_EVIDENCE, c.lower);
  if (without)
    cues.push({
      kind: 'evidence',
      reason: `absence of evidence: ${quoted(c, without)}`,
      weight: 0.65,
      rank: RANK.evidence,
      hard: false,
      firm: true,
    });
}

function otherCues(c: ClauseText, cues: Cue[]): void {
  const w = c.words;
  const calendar = opens(w, GATES.calendar);
  const fixed = when(calendar, MONTH, c.text) ?? when(calendar, WEEKDAY, c.text) ?? when(w.digit, CLOCK_TIME, c.lower);
  // "Yesterday", "last year": a relative time alone dates nothing checkable ("just yesterday I was …").
  const relative = fixed ? null : when(opens(w, GATES.relative), RELATIVE_DATE, c.lower);
  const date = fixed ?? relative;
  if (date)
    cues.push({ kind: 'event', reason: `dated event (${quoted(c, date)})`, weight: 0.7, rank: RANK.date, hard: true, needsAnchor: !fixed });
  const source = opens(w, GATES.deontic) ? when(opens(w, GATES.legalSource), LEGAL_SOURCE, c.lower) : null;
  // The rule comes first and then what it does: "Norwegian law requires", "Under the act, councils must".
  const duty = source ? DEONTIC.exec(c.lower.slice(source.index + source[0].length)) : null;
  if (source && duty) {
    cues.push({
      kind: 'legal',
      reason: `legal rule: ${quoted(c, source)} … ${duty[0]}`,
      weight: 0.8,
      rank: RANK.legalRequirement,
      hard: true,
      firm: true,
    });
  }
  const word = when(opens(w, GATES.legalRule), LEGAL_RULE, c.lower);
  const rule = word ?? when(opens(w, GATES.act), NAMED_ACT, c.text);
  // Legal vocabulary alone ("constitutional rights", "enabling legislation") names no rule anyone could look up.
  if (rule)
    cues.push({
      kind: 'legal',
      reason: `legal: ${quoted(c, rule)}`,
      weight: 0.75,
      rank: RANK.legalRule,
      hard: true,
      needsAnchor: !!word && LEGAL_TOPIC.has(word[0]),
    });
  else {
    const proceeding = when(opens(w, GATES.legalProcess), LEGAL_PROCESS, c.lower);
    if (proceeding)
      cues.push({
        kind: 'legal',
        reason: `legal proceedings: ${quoted(c, proceeding)}`,
        weight: 0.65,
        rank: RANK.legalProceedings,
        hard: false,
      });
  }
  const eventful = opens(w, GATES.event);
  const event = when(eventful, EVENT_VERB, c.lower) ?? when(eventful, EVENT_NOUN, c.lower) ?? when(eventful, EVENT_PHRASE, c.lower);
  if (event) cues.push({ kind: 'event', reason: `event: ${quoted(c, event)}`, weight: 0.5, rank: RANK.event, hard: false });
  const causal = when(opens(w, GATES.causal), CAUSAL, c.lower) ?? when(opens(w, GATES.consequence), CONSEQUENCE, c.lower);
  // A bare "because" or "therefore" is rhetoric until something checkable sits beside it.
  if (causal)
    cues.push({
      kind: 'causal',
      reason: `cause and effect: ${quoted(c, causal)}`,
      weight: 0.5,
      rank: RANK.causal,
      hard: false,
      firm: true,
      needsAnchor: true,
    });
  const quantified = opens(w, GATES.absolute);
  // The full pattern only where one of its openings occurs: it is slow to try at every position.
  const none = when(quantified && mayOpenNegative(c.lower) && NEGATIVE_OPENING.test(c.lower), UNIVERSAL_NEGATIVE, c.lower);
  if (none) cues.push({ kind: 'absolute', reason: `universal negative: ${quoted(c, none)}`, weight: 0.6, rank: RANK.absolute, hard: true });
  const absolute = none || !quantified || VOCATIVE.test(c.lower) ? null : ABSOLUTE.exec(c.lower);
  if (absolute && !UNIVERSAL_ATTITUDE.test(c.lower) && !ANAPHORIC_ABSOLUTE.test(c.lower.slice(absolute.index)))
    cues.push({ kind: 'absolute', reason: `absolute: ${quoted(c, absolute)}`, weight: 0.4, rank: RANK.absolute, hard: false });
  if (!event && !date) {
    const past = w.pastVerb;
    if (past && hasProperNoun(c.text))
      cues.push({ kind: 'event', reason: `reported event: ${past}`, weight: 0.35, rank: RANK.reportedEvent, hard: false });
  }
}

/** True when the text names a person or organisation (for the check-worthiness score). */
export function namesSomeone(text: string): boolean {
  return hasProperNoun(text) || TITLED_NAME.test(text);
}

const MORE_OR_LESS = precompiled(
  /\b(?:more|less|fewer)\s+(?!(?:than|and|or|of|to|about|in|on|at|for|with|we|i|you|it|that|this)\b)\p{L}{3,}/u,
);
/** "The reservoir is lower each spring": a measurable quantity compared, as a predicate. */
const MEASURED_CHANGE = precompiled(
  new RegExp(
    String.raw`\b(?:is|are|was|were|has been|have been|became|becomes|grew|gets|got)\s+(?:much\s+|far\s+|even\s+|slightly\s+|` +
      String.raw`now\s+)?(?:higher|lower|larger|smaller|bigger|fewer|greater|cheaper|dearer|warmer|colder|hotter|longer|shorter|` +
      String.raw`faster|slower|deeper|shallower|wetter|drier|heavier|lighter)\b`,
    'u',
  ),
);
const YEAR = precompiled(/\b(?:1[89]|20)\d{2}s?\b/u);

/**
 * A checkable anchor in a clause, which soft cues need before they make a claim: a quantity, a date,
 * a named source, a concrete event, or (not in a speaker's own anecdote) a named person or place.
 */
export function hasAnchor(c: ClauseText, personal: boolean): boolean {
  const w = c.words;
  if (w.digit || (opens(w, GATES.numberWord) && countWord(c.lower) !== null)) return true;
  // "means the ice is exposed earlier, so it absorbs more sunlight": a change in amount is measurable.
  if (
    (opens(w, GATES.impliedComparative) && IMPLIED_COMPARATIVE.test(c.lower)) ||
    MORE_OR_LESS.test(c.lower) ||
    MEASURED_CHANGE.test(c.lower)
  )
    return true;
  if (opens(w, GATES.calendar) && (MONTH.test(c.text) || WEEKDAY.test(c.text))) return true;
  if (YEAR.test(c.lower) || TITLED_NAME.test(c.text)) return true;
  if (personal) return false;
  return hasProperNoun(c.text) || (opens(w, GATES.event) && EVENT_VERB.test(c.lower));
}
