import type { ClaimKind } from './types';

const DESCRIPTIONS: Record<ClaimKind, string> = {
  statistic: 'A number, amount, percentage, count, change or ranking that can be checked against a source.',
  comparison: 'A superlative, record, first or only, or a comparison with something else.',
  attribution: 'What a named or unnamed source said, argued, warned or denied.',
  evidence: 'A statement about what evidence, studies, reviews or findings exist or do not exist.',
  absolute: 'A universal statement (always, never, all, nobody) that one counter-example would disprove.',
  causal: 'A claim that one thing caused, led to or explains another.',
  event: 'Something that happened or is scheduled, usually with a who, when or where.',
  legal: 'What a law, rule, regulation or court requires, allows or forbids.',
};

/** The name of each kind, in English: the one table the editor (hover, pickers, diagnostics) and the desk both translate. */
export const KIND_LABELS: Record<ClaimKind, string> = {
  statistic: 'Statistic',
  comparison: 'Comparison',
  attribution: 'Attribution',
  evidence: 'Evidence',
  absolute: 'Absolute statement',
  causal: 'Cause and effect',
  event: 'Event',
  legal: 'Legal',
};

/** One plain-English line per kind, for hovers and the sidebar. */
export function describeKind(kind: ClaimKind): string {
  return DESCRIPTIONS[kind] ?? 'A checkable factual claim.';
}
