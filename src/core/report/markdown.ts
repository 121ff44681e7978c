/** The report as GitHub-flavoured Markdown: a header table, the summary, then one section per claim. */
import { describeHistory, isLinkable, shortTime, statusLabel, summaryLine, type Report, type ReportDraft } from './model';

/**
 * Untrusted text as literal Markdown on one line: inline markup characters (emphasis, code, links,
 * HTML, tables, entities) are escaped everywhere, block markers (#, >, -, +, "1.") at the start.
 */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&$]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+=-])/, '\\$1');
}

/** A link target: http(s) (isLinkable), with characters that would end it, or escape its end, percent-encoded. */
function mdUrl(url: string): string {
  return url.replace(/[()<>\s"\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function signOffText(draft: ReportDraft): string {
  if (!draft.signOff) return 'not signed off';
  const who = `${mdText(draft.signOff.by)}, ${shortTime(draft.signOff.at)}`;
  return draft.signOff.valid ? `signed off by ${who}` : `**changed since sign-off** (signed off by ${who})`;
}

function draftSection(draft: ReportDraft, generatedAt: string): string {
  const out: string[] = [`# Fact-check report: ${mdText(draft.title)}`, '', '| | |', '| --- | --- |'];
  out.push(`| Draft | ${mdText(draft.path)} |`, `| Date | ${shortTime(generatedAt)} |`, `| Editors | ${draft.editors.map(mdText).join(', ') || '—'} |`);
  out.push(`| Sign-off | ${signOffText(draft)} |`);
  if (draft.stateLabel) out.push(`| State | ${draft.stateLabel} |`);
  out.push('');
  if (draft.error !== undefined) {
    out.push(`> **Error:** the fact-check record cannot be read: ${mdText(draft.error)}`, '');
    return out.join('\n');
  }
  out.push(`**Summary:** ${summaryLine(draft.counts)}.`, '');
  if (draft.claims.length === 0) out.push('No claims.', '');
  for (const claim of draft.claims) {
    out.push(`## ${claim.number}. ${claim.kind}: ${statusLabel(claim)} (line ${claim.line})`, '', `> ${mdText(claim.text)}`, '');
    out.push(`- Check-worthiness: ${claim.score.toFixed(2)}`);
    if (claim.note.trim() !== '') out.push(`- Note: ${mdText(claim.note)}`);
    for (const s of claim.sources) {
      const quote = s.quote ? ` — “${mdText(s.quote)}”` : '';
      const title = isLinkable(s.url) ? `[${mdText(s.title)}](${mdUrl(s.url)})` : `${mdText(s.title)} (${mdText(s.url)})`;
      out.push(`- Source: ${title}${quote} (added by ${mdText(s.addedBy)}, ${shortTime(s.addedAt)})`);
    }
    if (claim.history.length > 0) {
      const earlier = claim.historyLength - claim.history.length;
      out.push(`- History${earlier > 0 ? ` (latest ${claim.history.length} of ${claim.historyLength})` : ''}:`);
      for (const h of claim.history) out.push(`  - ${mdText(describeHistory(h))}`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function reportMarkdown(report: Report): string {
  return `${report.drafts.map((d) => draftSection(d, report.generatedAt)).join('\n---\n\n').trimEnd()}\n`;
}
