/**
 * Word lists behind the claim cues. Kept apart from the matching logic so the
 * vocabulary can grow without touching how sentences are scored.
 * Every list is general English newsroom vocabulary, not tuned to any one draft.
 */

/** Joins words into a regex alternation (longest first so "per cent" wins over "per"). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

export const NUMBER_WORDS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds',
  'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'dozen', 'dozens',
  'twice', 'thrice', 'half', 'doubled', 'tripled', 'quadrupled', 'halved', 'majority',
];

/** Words that make "one" a count rather than a pronoun ("only one", "one in five"). */
export const ONE_QUALIFIERS = ['only', 'just', 'at least', 'at most', 'about', 'exactly', 'nearly', 'almost', 'more than', 'fewer than', 'less than', 'single'];

export const QUANTITY_QUALIFIERS = [
  'more than', 'less than', 'fewer than', 'over', 'under', 'about', 'around', 'almost', 'nearly',
  'roughly', 'at least', 'at most', 'up to', 'some', 'approximately', 'just over', 'just under',
];

/** Units that may directly follow a number. */
export const NUMBER_SUFFIXES = ['%', 'percent', 'per cent', 'percentage points', 'bn', 'm', 'k', 'km', 'kg', 'million', 'billion', 'trillion', 'thousand', 'st', 'nd', 'rd', 'th', 's'];

/** Verbs of change: "fraud is rising", "exports fell". */
export const TREND_VERBS = [
  'rising', 'falling', 'increasing', 'decreasing', 'declining', 'growing', 'shrinking', 'soaring', 'dropping', 'climbing',
  'rose', 'fell', 'increased', 'decreased', 'declined', 'grew', 'shrank', 'soared', 'plunged', 'plummeted', 'dropped',
  'climbed', 'slumped', 'surged', 'jumped', 'rises', 'falls', 'increases', 'decreases', 'declines', 'grows', 'fallen', 'risen',
];

export const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const TIME_UNITS = ['week', 'month', 'year', 'decade', 'century', 'spring', 'summer', 'autumn', 'fall', 'winter', 'weekend', 'quarter', 'season', 'term'];

/** Reporting verbs: someone said, argued, warned … something. */
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'stated', 'states that', 'announced', 'announces', 'argued', 'argues',
  'warned', 'warns', 'claimed', 'claims that', 'denied', 'denies', 'confirmed', 'confirms', 'insisted', 'insists',
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'stressed', 'stresses', 'noted', 'notes that',
  'added', 'adds', 'explained', 'explains', 'cautioned', 'cautions', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'alleged', 'alleges', 'reported', 'wrote', 'writes', 'testified', 'predicted', 'predicts',
  'estimated', 'estimates', 'believes', 'suggested', 'suggests', 'accused', 'accuses', 'criticised', 'criticized',
  'criticises', 'criticizes', 'praised', 'urged', 'urges', 'pointed out', 'points out', 'declined to comment',
  'replied', 'countered', 'maintained', 'maintains', 'disputed', 'disputes', 'conceded', 'concedes', 'complained',
  'complains', 'recalled', 'recalls', 'revealed', 'reveals', 'promised', 'promises', 'vowed', 'vows', 'threatened',
  'expects', 'expected that', 'hopes that', 'fears that', 'feared that', 'objected', 'observed that', 'remarked',
  'asserted', 'asserts', 'contended', 'contends', 'expressed', 'expresses', 'describes', 'described', 'told reporters',
  'demanded', 'demands that', 'argue that', 'say that', 'warn that', 'claim that', 'insist that', 'deny that',
];

/** People whose words are reported: a title before a name or a role after one. */
export const SOURCE_ROLES = [
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'commissioner', 'mayor', 'president', 'chairman',
  'chairwoman', 'chair', 'director', 'ceo', 'chief executive', 'founder', 'professor', 'researcher', 'scientist',
  'economist', 'analyst', 'official', 'secretary', 'governor', 'senator', 'mp', 'lawmaker', 'judge', 'prosecutor',
  'lawyer', 'attorney', 'leader', 'head', 'manager', 'adviser', 'advisor', 'expert', 'ambassador', 'chancellor',
  'councillor', 'councilor', 'representative', 'inspector', 'commander', 'general', 'coach', 'captain', 'owner',
  'author', 'editor', 'investigator', 'epidemiologist', 'doctor', 'physician', 'engineer', 'campaigner', 'activist',
];
export const SOURCE_TITLES = [
  'Mayor', 'Minister', 'Commissioner', 'President', 'Senator', 'Dr.', 'Professor', 'Prof.', 'Judge', 'Governor',
  'Chancellor', 'Prime Minister', 'Secretary', 'Chief', 'General', 'Ambassador', 'Councillor', 'Councilor', 'Inspector',
  'Mr.', 'Mrs.', 'Ms.', 'Sir', 'Dame', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Rep.', 'Sen.', 'Gov.',
];
/** Unnamed sources: "experts cautioned", "officials said", "some people … have said". */
export const VAGUE_SOURCES = [
  'experts', 'officials', 'critics', 'sources', 'analysts', 'researchers', 'scientists', 'authorities', 'police',
  'witnesses', 'residents', 'investigators', 'regulators', 'economists', 'observers', 'campaigners', 'opponents',
  'supporters', 'people', 'insiders', 'doctors', 'lawyers', 'prosecutors', 'diplomats', 'activists', 'unions',
  'company', 'government', 'ministry', 'agency', 'council', 'court', 'firm', 'bank', 'authority', 'union', 'department',
  'office', 'regulator', 'operator', 'club', 'hospital', 'university', 'school', 'army', 'spokesman', 'spokeswoman',
  'spokesperson', 'report', 'study', 'statement',
];

export const EVIDENCE_NOUNS = [
  'evidence', 'proof', 'study', 'studies', 'research', 'data', 'finding', 'findings', 'survey', 'poll', 'audit',
  'report', 'trial', 'analysis', 'review', 'experiment', 'investigation', 'inquiry', 'census', 'records', 'documents',
  'tests', 'test', 'statistics', 'figures', 'paper', 'assessment', 'inspection',
];
export const EVIDENCE_VERBS = [
  'found', 'finds', 'find', 'shows', 'showed', 'shown', 'show', 'suggests', 'suggested', 'concluded', 'concludes',
  'revealed', 'reveals', 'indicates', 'indicated', 'confirmed', 'confirms', 'demonstrates', 'demonstrated', 'proved',
  'proves', 'established', 'documented', 'identified', 'link', 'links', 'linked', 'tie', 'ties', 'tied', 'associate', 'associates',
];
/** Perception verbs in "no problems have been noticed". */
export const DETECTION_VERBS = [
  'noticed', 'found', 'detected', 'reported', 'recorded', 'observed', 'identified', 'linked', 'confirmed',
  'documented', 'seen', 'registered', 'traced', 'discovered', 'proven', 'proved', 'verified', 'established',
];
export const ABSENCE_NOUNS = ['evidence', 'proof', 'sign', 'signs', 'trace', 'traces', 'record', 'records', 'indication', 'data', 'study', 'studies', 'research', 'link', 'basis', 'effect', 'association', 'correlation',
  'wrongdoing', 'irregularities', 'complaints', 'incidents',
];

export const SUPERLATIVE_EXCEPTIONS = [
  'rest', 'interest', 'west', 'test', 'contest', 'protest', 'request', 'guest', 'quest', 'forest', 'honest', 'modest',
  'harvest', 'manifest', 'chest', 'arrest', 'nest', 'pest', 'vest', 'zest', 'crest', 'digest', 'earnest', 'invest',
  'suggest', 'latest', 'inquest', 'conquest', 'midwest', 'priest', 'behest', 'unrest', 'bequest', 'southwest',
  'northwest', 'interest', 'pretest', 'retest', 'attest', 'detest', 'infest', 'molest', 'fest',
];
export const IRREGULAR_SUPERLATIVES = ['most', 'least', 'best', 'worst', 'fewest', 'first', 'only', 'last'];
export const COMPARATIVES = [
  'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'cheaper', 'dearer', 'faster', 'slower',
  'older', 'younger', 'longer', 'shorter', 'greater', 'richer', 'poorer', 'heavier', 'lighter', 'wider', 'deadlier',
  'safer', 'riskier', 'earlier', 'later', 'stronger', 'weaker', 'warmer', 'colder', 'hotter',
];

export const ABSOLUTE_WORDS = [
  'always', 'never', 'nobody', 'no one', 'none', 'everyone', 'everybody', 'everything', 'nowhere', 'everywhere',
  'invariably', 'without exception', 'not a single', 'not one', 'all of them', 'every single',
];

export const CAUSAL_PHRASES = [
  'because', 'due to', 'caused', 'causes', 'causing', 'led to', 'leads to', 'lead to', 'leading to', 'resulted in',
  'results in', 'as a result', 'owing to', 'thanks to', 'therefore', 'consequently', 'triggered', 'triggers',
  'blamed on', 'blamed for', 'blame', 'blames', 'blamed', 'contributed to', 'contributes to', 'responsible for', 'explains why', 'the reason',
  'driven by', 'drove', 'attributed to', 'stems from', 'stemmed from', 'prompted', 'fuelled', 'fueled',
  'because of', 'prevents', 'prevented', 'reduces the risk', 'increases the risk',
];

/** What rules require, allow or forbid. */
export const LEGAL_RULES = [
  'law', 'laws', 'legal', 'illegal', 'illegally', 'unlawful', 'unlawfully', 'lawful', 'legislation', 'regulation',
  'regulations', 'regulatory', 'statute', 'statutes', 'statutory', 'constitution', 'constitutional', 'unconstitutional',
  'banned', 'ban', 'bans', 'prohibit', 'prohibits', 'prohibited', 'prohibition', 'forbid', 'forbids', 'forbidden',
  'mandatory', 'compulsory', 'licence', 'license', 'licensed', 'unlicensed', 'permitted', 'embargo', 'embargoes',
  'sanction', 'sanctions', 'extradition', 'extradite', 'extradited', 'treaty', 'directive', 'decree', 'ordinance',
  'bylaw', 'bylaws', 'copyright', 'patent', 'in breach of', 'violated', 'violates', 'violation', 'complies with',
  'comply with', 'compliance', 'obliged to', 'obligated to', 'required by', 'entitled to', 'legally', 'jurisdiction',
  'liable', 'liability', 'rules require', 'rules allow', 'rules forbid', 'the rules', 'exemption', 'loophole',
];
/** What can lay down a rule: "Under the new law, …", "Competition rules say …" ("act" is matched apart, as a noun). */
export const LEGAL_SOURCES = [
  'law', 'laws', 'regulation', 'regulations', 'rule', 'rules', 'statute', 'statutes', 'directive', 'treaty', 'constitution',
  'legislation', 'bylaw', 'bylaws', 'ordinance', 'decree', 'code of conduct', 'charter', 'convention',
];
/** What a rule does: requires, allows or forbids. */
export const DEONTIC_WORDS = [
  'must', 'must not', 'shall', 'shall not', 'may not', 'require', 'requires', 'required', 'forbid', 'forbids', 'forbidden',
  'prohibit', 'prohibits', 'prohibited', 'ban', 'bans', 'banned', 'allow', 'allows', 'permit', 'permits', 'permitted',
  'guarantee', 'guarantees', 'entitle', 'entitles', 'entitled', 'oblige', 'obliges', 'obliged', 'exempt', 'exempts',
  'exempted', 'mandate', 'mandates', 'compel', 'compels', 'force', 'forces', 'is suspended', 'are suspended',
];
/** Verbs of liking, knowing and wanting: after "nobody" or "everyone" they make an aphorism. */
export const ATTITUDE_VERBS = [
  'like', 'likes', 'love', 'loves', 'hate', 'hates', 'want', 'wants', 'know', 'knows', 'care', 'cares', 'remember',
  'remembers', 'forget', 'forgets', 'enjoy', 'enjoys', 'trust', 'trusts', 'believe', 'believes', 'miss', 'misses',
  'deserve', 'deserves', 'understand', 'understands', 'prefer', 'prefers', 'wish', 'wishes', 'admire', 'admires',
  'say', 'says', 'tell', 'tells', 'agree', 'agrees', 'mind', 'minds', 'needs',
];

/** Courts and prosecutions: events of the legal process. */
export const LEGAL_PROCEEDINGS = [
  'court', 'courts', 'ruling', 'ruled', 'sued', 'suing', 'lawsuit', 'lawsuits', 'prosecuted', 'prosecution',
  'prosecutors', 'convicted', 'conviction', 'charged with', 'indicted', 'indictment', 'fined', 'penalty', 'penalties',
  'verdict', 'acquitted', 'appeal', 'appealed', 'tribunal', 'injunction', 'subpoena', 'warrant', 'sentenced', 'trial judge',
];

export const EVENT_VERBS = [
  'announced', 'launched', 'started', 'began', 'begun', 'opened', 'closed', 'signed', 'approved', 'rejected', 'passed',
  'voted', 'elected', 'appointed', 'resigned', 'fired', 'hired', 'arrested', 'detained', 'released', 'killed', 'died',
  'injured', 'founded', 'acquired', 'merged', 'bought', 'sold', 'won', 'raised', 'published', 'unveiled', 'introduced',
  'investigated', 'responded', 'met', 'visited', 'attacked', 'hacked', 'collapsed', 'crashed', 'filed', 'completed',
  'held', 'hosted', 'fled', 'struck', 'suspended', 'cancelled', 'canceled', 'postponed', 'withdrew', 'expelled',
  'evacuated', 'destroyed', 'damaged', 'discovered', 'recalled', 'shut down', 'laid off', 'took office', 'stepped down',
  'took place', 'broke out', 'erupted', 'overturned', 'adopted', 'ratified', 'blocked', 'seized', 'confiscated',
  'renamed', 'relocated', 'expanded', 'reopened', 'delayed', 'agreed', 'settled', 'awarded', 'deployed', 'imposed',
  'ordered', 'refunded', 'scored', 'equalised', 'equalized', 'defeated', 'beat', 'beaten', 'crashed',
];
export const EVENT_NOUNS = [
  'investigation', 'inquiry', 'probe', 'arrest', 'hack', 'attack', 'election', 'merger', 'acquisition', 'strike',
  'protest', 'summit', 'referendum', 'ceremony', 'explosion', 'earthquake', 'flood', 'fire', 'crash', 'outbreak',
  'extradition', 'raid', 'recall', 'resignation', 'takeover', 'bankruptcy', 'lockdown', 'ceasefire', 'shooting',
];
export const EVENT_PHRASES = [
  'comes after', 'came after', 'follows', 'followed', 'is expected to', 'are expected to', 'was expected to',
  'is scheduled to', 'are scheduled to', 'is due to', 'are due to', 'will take place', 'plans to', 'planned to',
  'is set to', 'are set to', 'for years', 'for decades', 'for months',
  'so far', 'to date', 'in recent years', 'in recent months', 'in recent weeks', 'recently', 'is investigating',
  'are investigating', 'has started', 'have started', 'starts in', 'will start', 'will open', 'will close',
];

/** Evaluative words that mark a value judgement rather than a checkable fact. */
export const EVALUATIVE_WORDS = [
  'ridiculous', 'absurd', 'strange', 'strangely', 'sad', 'exciting', 'wonderful', 'terrible', 'awful', 'shameful',
  'disgraceful', 'outrageous', 'brilliant', 'stupid', 'silly', 'unacceptable', 'beautiful', 'ugly', 'boring',
  'fascinating', 'amazing', 'incredible', 'disappointing', 'embarrassing', 'scandalous', 'tragic', 'pathetic',
  'excellent', 'fantastic', 'horrible', 'unfair', 'naive', 'foolish', 'misguided', 'laughable', 'depressing',
  'encouraging', 'admirable', 'commendable', 'regrettable', 'shocking', 'inspiring', 'refreshing', 'deserve',
  'deserves', 'deserved', 'nonsense', 'madness', 'insane', 'crazy', 'lovely', 'delightful', 'dreadful', 'nice',
  'good news', 'bad news', 'a shame', 'a pity', 'a mess', 'a disaster', 'a joke', 'a disgrace', 'a scandal', 'easy', 'difficult', 'glorious', 'dismal', 'hopeless', 'sensible', 'reckless', 'fun', 'remarkable', 'extraordinary',
];
/** Hedges and normative words: opinion, advice or speculation. */
export const OPINION_MARKERS = [
  'should', 'ought to', 'must', 'need to', 'needs to', 'have to', 'has to', 'let us', "let's", 'let me', 'surely', 'perhaps',
  'maybe', 'probably', 'hopefully', 'frankly', 'honestly', 'i think', 'i believe', 'i feel', 'i hope', 'i wish',
  'i suspect', 'i doubt', 'i miss', 'i love', 'i hate', 'i like', 'i am', "i'm", 'i do not', "i don't", 'in my view',
  'in my opinion', 'we must', 'we should', 'we need', 'we can', 'we could', 'it is time', 'i would', "i'd", 'i want', 'we want',
  'i was', 'it seems', 'seems to me', 'of course', 'imagine', 'sometimes',
];
/** A sentence starting with one of these is an instruction to the reader. */
export const IMPERATIVE_STARTS = [
  'read', 'consider', 'imagine', 'think', 'look', 'remember', 'let', "let's", "don't", 'do not', 'click', 'subscribe',
  'follow', 'sign up', 'join', 'share', 'see', 'check', 'visit', 'find out', 'contact', 'email', 'try', 'take', 'stop',
  'watch', 'listen', 'download', 'register', 'support', 'donate', 'tell', 'keep', 'go', 'ask', 'get', 'make sure',
  'write to', 'call us', 'learn', 'discover', 'explore', 'send', 'vote for', 'please',
];
/** Calls to action that are never reporting when a preposition or "now" follows ("Subscribe for €1 a month", not "Share prices fell"). */
export const CALL_TO_ACTION_STARTS = ['subscribe', 'sign up', 'donate', 'register', 'download', 'share'];
/** Lines that are page furniture, not reporting. */
export const BOILERPLATE_STARTS = [
  'tags', 'related', 'related articles', 'read more', 'read also', 'see also', 'share this',
  'share', 'advertisement', 'sponsored', "editor's note", 'editor’s note', 'editors note', 'note to editors',
  'correction', 'updated', 'last updated', 'published', 'posted', 'photo', 'photograph', 'image', 'caption',
  'credit', 'by', 'written by', 'reporting by', 'words by', 'edited by', 'additional reporting', 'for more information',
  'for more details', 'more information', 'click here', 'follow us', 'all rights reserved', 'copyright', '©', 'tk',
  'todo', 'fixme', 'nb', 'ed.', 'ed:', 'source:', 'sources:', 'filed under', 'topics', 'newsletter',
];

/** Title abbreviations that never end a sentence ("Dr. Okafor"). */
export const TITLE_ABBREVIATIONS = [
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'gen', 'gov', 'sen', 'rep', 'rev', 'sgt', 'capt', 'lt', 'col', 'maj', 'cpl',
  'mt', 'ft', 'vs', 'no', 'nos', 'fig', 'figs', 'vol', 'pp', 'ch', 'art', 'sec', 'approx', 'dept', 'est', 'jr', 'sr',
  'e.g', 'i.e', 'cf', 'al', 'ca', 'op', 'hon', 'pres', 'supt', 'det', 'insp', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
/** Abbreviations that may end a sentence ("… to the U.S. The next day …"). */
export const ENDING_ABBREVIATIONS = ['inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'etc', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'bros'];
/** Words that typically open a new sentence after an ambiguous abbreviation. */
export const SENTENCE_STARTERS = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'this', 'that', 'these', 'those',
  'his', 'her', 'their', 'its', 'our', 'there', 'after', 'before', 'when', 'while', 'however', 'meanwhile', 'yet',
  'so', 'as', 'at', 'for', 'if', 'then', 'what', 'why', 'how', 'who', 'one', 'some', 'many', 'most', 'no', 'since',
  'nobody', 'nothing', 'none', 'not', 'every', 'everyone', 'everybody', 'all', 'each',
];

/** Phrases that hedge what follows without taking it back ("I believe 60,000 families …"): the rest is still checkable. */
export const HEDGES = [
  'i believe', 'i think', 'i suspect', 'i reckon', 'i guess', 'we believe', 'we think', 'as far as i know',
  'as far as i am aware', "as far as i'm aware", 'to my knowledge', 'to the best of my knowledge', 'if i remember correctly',
  'if i recall correctly', 'i am told', "i'm told", 'i understand', 'my understanding is', 'my understanding is that',
  'i believe that', 'i think that', 'we believe that',
];
/** Relations that, after "my" or "our", name someone else whose acts are checkable ("my opponent voted …"). */
export const RELATION_NOUNS = [
  'opponent', 'predecessor', 'successor', 'rival', 'challenger', 'colleague', 'deputy', 'government', 'administration',
  'ministry', 'department', 'office', 'party', 'staff', 'team', 'council', 'committee', 'board', 'company', 'firm',
  'inspector', 'auditor', 'constituent', 'counterpart', 'boss', 'employer', 'union', 'agency', 'lawyers', 'opposition',
];
/** How spoken turns open when they are courtesy, not content. */
export const PLEASANTRY_STARTS = [
  'good morning', 'good afternoon', 'good evening', 'good night', 'hello', 'hi', 'welcome', 'welcome back', 'thank you',
  'thanks', 'thank you very much', 'we welcome', 'i welcome', 'please welcome', 'it is a pleasure', "it's a pleasure",
  'it is good to be here', "it's good to be here", 'happy to be here', 'glad to be here', 'pleased to be here',
  'we will take a short break', "we'll be right back", 'we will be right back',
];
/** Nouns that make a small spelled number a figure of speech ("three basic things", "two quick points"). */
export const DISCOURSE_NOUNS = [
  'things', 'steps', 'points', 'questions', 'reasons', 'ways', 'words', 'priorities', 'promises', 'principles', 'lessons',
  'ideas', 'goals', 'pillars', 'messages', 'options', 'choices', 'tasks',
];
/** Adjectives that may sit between such a number and its discourse noun. */
export const DISCOURSE_ADJECTIVES = ['basic', 'simple', 'key', 'main', 'big', 'important', 'quick', 'little', 'short', 'core', 'fundamental', 'clear', 'major', 'very'];
/** Reporting verbs of belief and suggestion: they report a view, so they need something checkable beside them. */
export const BELIEF_VERBS = ['believes', 'believed', 'believe', 'suggested', 'suggests', 'expects', 'expected that', 'expect', 'hopes that', 'fears that', 'feared that', 'fear'];
/** Superlatives of praise: without a measure beside them ("the best in the world") they are rhetoric, not records. */
export const VALUE_SUPERLATIVES = [
  'best', 'worst', 'greatest', 'finest', 'nicest', 'proudest', 'happiest', 'strongest', 'smartest', 'brightest', 'bravest',
  'hardest-working', 'most beautiful', 'most wonderful', 'most important', 'most dynamic', 'most innovative', 'most talented',
];
/** Legal nouns and adjectives that name an area of law rather than state a rule ("constitutional rights", "enabling legislation"). */
export const LEGAL_TOPICS = [
  'law', 'laws', 'legal', 'legally', 'legislation', 'regulation', 'regulations', 'regulatory', 'statute', 'statutes', 'statutory',
  'constitution', 'constitutional', 'unconstitutional', 'treaty', 'directive', 'decree', 'ordinance', 'bylaw', 'bylaws',
  'jurisdiction', 'liability', 'liable', 'the rules', 'copyright', 'patent', 'sanction', 'sanctions', 'compliance', 'loophole',
  'exemption', 'embargo', 'embargoes', 'extradition', 'licence', 'license', 'licensed',
];
