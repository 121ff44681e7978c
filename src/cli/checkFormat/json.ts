import { draftPasses, type CheckRun } from '../checkModel';
import { findingsOf } from './findings';

/**
 * The machine-readable verdict: {pass, policy, policyFile?, drafts: [{path, sidecar?, pass, state,
 * counts, signOff?, error?, blockers: [{condition, level, status, kind, score, id?, text, line, column}], problems}]}.
 */
export function formatCheckJson(run: CheckRun): string {
  const drafts = run.drafts.map((draft) => {
    const evaluation = draft.assessment?.evaluation;
    const findings = findingsOf(draft, run.policy.minScore);
    return {
      path: draft.path,
      ...(draft.sidecarPath !== undefined ? { sidecar: draft.sidecarPath } : {}),
      pass: draftPasses(draft),
      state: evaluation?.state ?? 'unreadable',
      ...(evaluation ? { counts: evaluation.counts } : {}),
      ...(evaluation?.signOff
        ? { signOff: { by: evaluation.signOff.record.by, at: evaluation.signOff.record.at, valid: evaluation.signOff.valid } }
        : {}),
      ...(draft.error !== undefined ? { error: draft.error } : {}),
      blockers: (evaluation?.blockers ?? []).map((blocker, i) => ({
        condition: blocker.condition,
        level: findings[i].level,
        status: blocker.item.status,
        kind: blocker.item.kind,
        score: blocker.item.score,
        ...(blocker.item.annotation ? { id: blocker.item.annotation.id } : {}),
        text: blocker.item.text,
        line: draft.places[i].line,
        column: draft.places[i].column,
      })),
      problems: evaluation?.draftProblems ?? [],
    };
  });
  const result = {
    pass: run.drafts.every(draftPasses),
    policy: run.policy,
    ...(run.policyFile ? { policyFile: run.policyFile } : {}),
    drafts,
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}
