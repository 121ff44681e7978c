import type { ClaimKind } from '../../core/claims/types';

/** Claim kinds as rules of a code-scanning report (SARIF); what each kind covers is core's describeKind. */
export interface KindRule {
  /** PascalCase rule name. */
  name: string;
  /** The kind in a phrase: "Statistic claim". */
  label: string;
  /** One line. */
  short: string;
  /** What an editor should do about such a claim. */
  help: string;
}

export const KIND_RULES: Readonly<Record<ClaimKind, KindRule>> = {
  statistic: {
    name: 'StatisticClaim',
    label: 'Statistic claim',
    short: 'Statistic: a number an editor should check',
    help: 'Find the primary source of the figure, check the number, unit, date and base it is measured against.',
  },
  comparison: {
    name: 'ComparisonClaim',
    label: 'Comparison claim',
    short: 'Comparison: a superlative, record or first',
    help: 'Check what is being compared with what, over which period, and whether the superlative still holds.',
  },
  attribution: {
    name: 'AttributionClaim',
    label: 'Attribution claim',
    short: 'Attribution: what a source said',
    help: 'Confirm the quote or paraphrase against the recording, transcript or statement, and name vague sources where possible.',
  },
  evidence: {
    name: 'EvidenceClaim',
    label: 'Evidence claim',
    short: 'Evidence: a statement about evidence, findings or reviews',
    help: 'Check the study, review or record the statement relies on, and whether newer findings exist.',
  },
  absolute: {
    name: 'AbsoluteClaim',
    label: 'Absolute claim',
    short: 'Absolute: a universal statement',
    help: 'One counter-example disproves it: check whether the absolute is literally true or should be qualified.',
  },
  causal: {
    name: 'CausalClaim',
    label: 'Causal claim',
    short: 'Causal: one thing caused or explains another',
    help: 'Check that the source shows cause, not only correlation or sequence, and who makes the causal claim.',
  },
  event: {
    name: 'EventClaim',
    label: 'Event claim',
    short: 'Event: something that happened or is scheduled',
    help: 'Confirm who did what, when and where against a record of the event.',
  },
  legal: {
    name: 'LegalClaim',
    label: 'Legal claim',
    short: 'Legal: what a law or rule requires, allows or forbids',
    help: 'Check the text of the law or regulation in force, its jurisdiction and date.',
  },
};
