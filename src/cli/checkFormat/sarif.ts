import type * as Sarif from 'sarif';
import { hashText } from '../../core/util/hash';
import type { CheckRun } from '../checkModel';
import type { FormatContext } from '../format';
import { artifactLocation, serializeSarif } from '../format/sarif';
import { findingsOf, LEVELS, RULE_DESCRIPTIONS, RULE_HELP, type Finding } from './findings';

const RULES = Object.keys(LEVELS) as Finding['rule'][];

/**
 * SARIF 2.1.0 of the gate: one rule per blocking condition, one result per blocking claim with
 * the level its status calls for (disputed error, unverified and changed warning, unreviewed note),
 * the status in properties, and partialFingerprints from the annotation id (for a claim nobody
 * annotated yet, from its text) so code-scanning alerts stay the same alert across edits.
 */
export function formatCheckSarif(run: CheckRun, context: FormatContext): string {
  const results: Sarif.Result[] = [];
  const artifacts: Sarif.Artifact[] = run.drafts.map((draft) => ({ location: artifactLocation(draft.absolutePath, context.cwd) }));
  run.drafts.forEach((draft, index) => {
    for (const f of findingsOf(draft, run.policy.minScore)) {
      const region: Sarif.Region = { startLine: f.line, startColumn: f.column };
      if (f.endLine !== undefined) Object.assign(region, { endLine: f.endLine, endColumn: f.endColumn });
      if (f.text !== undefined) region.snippet = { text: f.text };
      const fingerprint: Record<string, string> =
        f.annotationId !== undefined
          ? { 'factCheckAnnotation/v1': f.annotationId }
          : f.text !== undefined
            ? { 'factCheckClaimText/v1': hashText(f.text) }
            : { 'factCheckDraft/v1': `${f.rule}` };
      results.push({
        ruleId: f.rule,
        ruleIndex: RULES.indexOf(f.rule),
        level: f.level,
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { ...artifacts[index].location, index }, region } }],
        partialFingerprints: fingerprint,
        properties: {
          ...(f.status !== undefined ? { status: f.status } : {}),
          ...(f.score !== undefined ? { score: f.score } : {}),
          ...(f.annotationId !== undefined ? { annotationId: f.annotationId } : {}),
        },
      });
    }
  });
  const rules = RULES.map((rule) => ({
    id: rule,
    shortDescription: { text: RULE_DESCRIPTIONS[rule] },
    help: { text: RULE_HELP[rule] },
    defaultConfiguration: { level: LEVELS[rule] },
    properties: { tags: ['fact-check', 'publishing-policy'] },
  }));
  return serializeSarif(context, rules, artifacts, results, { policy: run.policy });
}
