import type { CheckRun } from '../checkModel';
import { findingsOf, verdict, type FindingLevel } from './findings';

const COMMAND: Readonly<Record<FindingLevel, string>> = { error: 'error', warning: 'warning', note: 'notice' };

/** GitHub's escaping of a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** ... and of a property value, where ":" and "," also separate. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,title=…::message`
 * per blocking claim (annotations on the pull request's lines), and a notice per passing draft.
 */
export function formatCheckGithub(run: CheckRun): string {
  const lines: string[] = [];
  for (const draft of run.drafts) {
    const file = escapeProperty(draft.path.split('\\').join('/'));
    const findings = findingsOf(draft, run.policy.minScore);
    if (findings.length === 0)
      lines.push(`::notice file=${file},title=${escapeProperty('Fact-check: passes')}::${escapeData(`${draft.path}: ${verdict(draft)}`)}`);
    for (const f of findings) {
      const end =
        f.endLine !== undefined
          ? `,endLine=${f.endLine}` + (f.endLine === f.line && f.endColumn !== undefined ? `,endColumn=${f.endColumn}` : '')
          : '';
      lines.push(
        `::${COMMAND[f.level]} file=${file},line=${f.line},col=${f.column}${end},title=${escapeProperty(`Fact-check: ${f.rule}`)}::${escapeData(f.message)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
