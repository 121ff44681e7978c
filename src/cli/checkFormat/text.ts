import { draftPasses, type CheckRun } from '../checkModel';
import { terminalSafe, truncate } from '../format/text';
import type { TerminalInfo } from '../io';
import { findingsOf, verdict } from './findings';

const ansi = { bold: '\x1b[1m', red: '\x1b[31m', green: '\x1b[32m', dim: '\x1b[2m', reset: '\x1b[0m' } as const;

/**
 * One verdict line per draft (PASS, FAIL or ERROR, the path, its state and progress), then one
 * `path:line:col  level  message` line per blocking claim, then a summary.
 */
export function formatCheckText(run: CheckRun, terminal?: TerminalInfo): string {
  const paint = (style: keyof typeof ansi, text: string) => (terminal?.color ? `${ansi[style]}${text}${ansi.reset}` : text);
  const width = terminal ? Math.max(40, terminal.columns - 1) : 160;
  const lines: string[] = [];
  for (const draft of run.drafts) {
    const path = terminalSafe(draft.path);
    const mark = draft.error !== undefined ? paint('red', 'ERROR') : draftPasses(draft) ? paint('green', 'PASS ') : paint('red', 'FAIL ');
    lines.push(`${mark} ${paint('bold', path)}  ${terminalSafe(verdict(draft))}`);
    if (draft.error !== undefined) continue;
    for (const finding of findingsOf(draft, run.policy.minScore)) {
      lines.push(
        truncate(
          `      ${paint('dim', `${path}:${finding.line}:${finding.column}`)}  ${finding.level.padEnd(7)}  ${terminalSafe(finding.message)}`,
          width,
        ),
      );
    }
  }
  const passed = run.drafts.filter(draftPasses).length;
  const unreadable = run.drafts.filter((d) => d.error !== undefined).length;
  const failed = run.drafts.length - passed - unreadable;
  const policy = `policy: ${run.policyFile ?? 'defaults'}; fail on ${run.policy.failOn.join(', ') || 'nothing'}; min score ${run.policy.minScore}`;
  lines.push(
    '',
    paint(
      'bold',
      `${run.drafts.length} draft${run.drafts.length === 1 ? '' : 's'} checked: ${passed} passed, ${failed} failed, ${unreadable} unreadable (${policy})`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
