/**
 * Word lists behind the consistency check: which nouns name a counted thing, a sum of money,
 * a duration, and which verbs date an opening. Keys are stems (see stem() in the library).
 * General newsroom English, not tuned to any one draft.
 */

function table(groups: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, words] of Object.entries(groups)) for (const word of words.split(/\s+/)) map.set(word, canonical);
  return map;
}

/** Counted things; synonyms share a canonical name so "640 employees" and "460 workers" meet. */
export const UNIT_SYNONYMS = table({
  employee: 'employee worker staff staffer job',
  member: 'member',
  resident: 'resident inhabitant',
  student: 'student pupil',
  patient: 'patient',
  passenger: 'passenger rider',
  vehicle: 'vehicle car',
  visitor: 'visitor',
  bed: 'bed',
  home: 'home house dwelling apartment flat',
  seat: 'seat',
  ship: 'ship vessel',
  school: 'school',
  branch: 'branch',
  store: 'store shop',
  case: 'case',
  death: 'death fatality',
  victim: 'victim',
  signature: 'signature',
  room: 'room',
  // Units that follow figures but are not facts of their own ("3 times", "5 points", "two people said").
  time: 'time',
  point: 'point',
  person: 'person people',
  other: 'other',
});

export const NON_FACT_UNITS = new Set(['time', 'point', 'person', 'other']);

/** Sums of money, by what they pay for. */
export const MONEY_NOUNS = table({
  budget: 'budget',
  price: 'price fare ticket cost',
  salary: 'salary wage',
  fine: 'fine penalty',
  revenue: 'revenue turnover sale',
  grant: 'grant subsidy',
  rent: 'rent',
  fee: 'fee',
  deficit: 'deficit',
  debt: 'debt',
  profit: 'profit',
  bill: 'bill',
});

/** Verbs (stems) that date when something began, by what they say. */
export const OPENING_VERBS = table({
  opened: 'open opened',
  'was founded': 'found founded establish',
  'was built': 'built complet',
  launched: 'launch',
  'was inaugurated': 'inaugurat',
  closed: 'clos closed',
  died: 'di died',
  'was born': 'born',
});

/** Things whose length a draft states ("the strike lasted 18 days"). */
export const FACT_NOUNS = new Set([
  'strike',
  'delay',
  'closure',
  'wait',
  'trial',
  'sentence',
  'time',
  'tenure',
  'term',
  'journey',
  'flight',
  'race',
  'marathon',
  'lockdown',
  'outage',
  'shutdown',
  'investigation',
  'construction',
  'renovation',
  'lease',
  'contract',
  'record',
]);
