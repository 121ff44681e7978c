import { CONDITION_LABELS, describeBlocker, describeDraftProblem, STATE_LABELS, type FailOnCondition } from '../../core/publish';
import type { CheckedDraft } from '../checkModel';

/** Levels as code scanning names them: disputed is an error, unverified and changed are warnings, unreviewed is a note. */
export type FindingLevel = 'error' | 'warning' | 'note';

/** One reason a draft fails, located when it is a claim; what the sarif and github formats list. */
export interface Finding {
  rule: FailOnCondition | 'unreadable';
  level: FindingLevel;
  message: string;
  /** 1-based; line 1, column 1 for draft-level findings. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The claim's status, for claim findings. */
  status?: string;
  /** The annotation id, or for a claim nobody annotated yet, undefined. */
  annotationId?: string;
  /** The claim text, for claim findings. */
  text?: string;
  score?: number;
}

export const LEVELS: Readonly<Record<Finding['rule'], FindingLevel>> = {
  disputed: 'error',
  unverified: 'warning',
  changed: 'warning',
  unreviewed: 'note',
  'stale-sign-off': 'warning',
  unsigned: 'note',
  unreadable: 'error',
};

export const RULE_DESCRIPTIONS: Readonly<Record<Finding['rule'], string>> = {
  ...CONDITION_LABELS,
  unreadable: 'the draft or its sidecar cannot be read',
};

/** What an editor should do about each finding, for SARIF rule help. */
export const RULE_HELP: Readonly<Record<Finding['rule'], string>> = {
  disputed: 'A claim is marked disputed: correct or remove it before publication, or resolve the dispute and mark it verified.',
  unverified: 'A claim is flagged for checking: check it against a source and mark it verified (or disputed).',
  changed: 'The text of a verified claim changed after it was verified: check it again.',
  unreviewed: 'A check-worthy claim nobody has reviewed: verify it, flag it, or dismiss it as not a claim.',
  'stale-sign-off': 'The draft changed after it was signed off: review the changes and sign it off again (or revoke the sign-off).',
  unsigned: 'The policy requires a sign-off: sign the draft off once its claims are checked.',
  unreadable: 'Fix the file named in the message (its JSON, or the field it names) so the fact-check record can be read.',
};

export function findingsOf(draft: CheckedDraft, minScore: number): Finding[] {
  if (draft.error !== undefined)
    return [{ rule: 'unreadable', level: 'error', message: `${draft.path}: ${draft.error}`, line: 1, column: 1 }];
  const evaluation = draft.assessment?.evaluation;
  if (!evaluation) return [];
  const claims = evaluation.blockers.map((blocker, i): Finding => {
    const place = draft.places[i];
    const finding: Finding = {
      rule: blocker.condition,
      level: LEVELS[blocker.condition],
      message: `${capitalize(describeBlocker(blocker, minScore))}: ${blocker.item.text}`,
      ...place,
      status: blocker.item.status,
      text: blocker.item.text,
      score: blocker.item.score,
    };
    if (blocker.item.annotation) finding.annotationId = blocker.item.annotation.id;
    return finding;
  });
  const drafts = evaluation.draftProblems.map((problem): Finding => {
    const signOff = evaluation.signOff?.record;
    const who = problem === 'stale-sign-off' && signOff ? ` (signed off by ${signOff.by} at ${signOff.at})` : '';
    return { rule: problem, level: LEVELS[problem], message: `${capitalize(describeDraftProblem(problem))}${who}`, line: 1, column: 1 };
  });
  return [...claims, ...drafts];
}

/** "needs work: 2 claims block it" and the like, for a verdict line. */
export function verdict(draft: CheckedDraft): string {
  if (draft.error !== undefined) return `unreadable: ${draft.error}`;
  const evaluation = draft.assessment!.evaluation;
  const { counts } = evaluation;
  const progress = `${counts.verified}/${counts.total} verified`;
  const blocking = evaluation.blockers.length + evaluation.draftProblems.length;
  return `${STATE_LABELS[evaluation.state]}, ${progress}${blocking > 0 ? `, ${blocking} blocking` : ''}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
