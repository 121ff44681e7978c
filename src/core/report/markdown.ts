/** The report as GitHub-flavoured Markdown: a header table, the summary, then one section per claim. */
import { encodeBidiControls, revealBidiControls } from '../text/bidi';
import { fillPlaceholders as fill } from '../text/fillPlaceholders';
import { REPORT_LABELS as L } from './labels';
import { describeHistory, isLinkable, shortTime, statusLabel, summaryLine, type Report, type ReportDraft } from './model';

/**
 * Untrusted text as literal Markdown on one line: inline markup characters (emphasis, code, links,
 * HTML, tables, entities) are escaped everywhere, block markers (#, >, -, +, "1.") at the start.
 */
export function mdText(text: string): string {
  return revealBidiControls(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&$]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+=-])/, '\\$1');
}

/** A link target: http(s) (isLinkable), with characters that would end it, or escape its end, percent-encoded. */
function mdUrl(url: string): string {
  return encodeBidiControls(url).replace(/[()<>\s"\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function signOffText(draft: ReportDraft): string {
  if (!draft.signOff) return L.notSignedOff;
  const who = `${mdText(draft.signOff.by)}, ${shortTime(draft.signOff.at)}`;
  return draft.signOff.valid ? fill(L.signedOffBy, who) : `**${L.changedSinceSignOff}** (${fill(L.signedOffBy, who)})`;
}

function draftSection(draft: ReportDraft, generatedAt: string): string {
  const out: string[] = [`# ${fill(L.title, mdText(draft.title))}`, '', '| | |', '| --- | --- |'];
  out.push(
    `| ${L.draft} | ${mdText(draft.path)} |`,
    `| ${L.date} | ${shortTime(generatedAt)} |`,
    `| ${L.editors} | ${draft.editors.map(mdText).join(', ') || '—'} |`,
  );
  out.push(`| ${L.signOff} | ${signOffText(draft)} |`);
  if (draft.stateLabel) out.push(`| ${L.state} | ${draft.stateLabel} |`);
  out.push('');
  if (draft.error !== undefined) {
    out.push(`> **${L.error}** ${fill(L.unreadable, mdText(draft.error))}`, '');
    return out.join('\n');
  }
  out.push(`**${L.summary}** ${summaryLine(draft.counts)}.`, '');
  if (draft.claims.length === 0) out.push(L.noClaims, '');
  for (const claim of draft.claims) {
    out.push(`## ${claim.number}. ${claim.kind}: ${statusLabel(claim)} (${fill(L.line, claim.line)})`, '', `> ${mdText(claim.text)}`, '');
    out.push(`- ${fill(L.checkWorthiness, claim.score.toFixed(2))}`);
    if (claim.note.trim() !== '') out.push(`- ${fill(L.note, mdText(claim.note))}`);
    for (const s of claim.sources) {
      const quote = s.quote ? ` — “${mdText(s.quote)}”` : '';
      const title = isLinkable(s.url) ? `[${mdText(s.title)}](${mdUrl(s.url)})` : `${mdText(s.title)} (${mdText(s.url)})`;
      out.push(`- ${L.source} ${title}${quote} (${fill(L.addedBy, mdText(s.addedBy), shortTime(s.addedAt))})`);
    }
    if (claim.history.length > 0) {
      const earlier = claim.historyLength - claim.history.length;
      out.push(`- ${earlier > 0 ? fill(L.historyLatest, claim.history.length, claim.historyLength) : L.history}:`);
      for (const h of claim.history) out.push(`  - ${mdText(describeHistory(h))}`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function reportMarkdown(report: Report): string {
  return `${report.drafts
    .map((d) => draftSection(d, report.generatedAt))
    .join('\n---\n\n')
    .trimEnd()}\n`;
}
