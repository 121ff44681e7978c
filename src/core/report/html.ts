/**
 * The report as one self-contained HTML page: inline CSS, no script, no external resource,
 * every piece of text escaped; printable on A4 with each draft starting on a new page.
 */
import { encodeBidiControls, revealBidiControls } from '../text/bidi';
import { fillPlaceholders as fill } from '../text/fillPlaceholders';
import { REPORT_LABELS as L } from './labels';
import { describeHistory, isLinkable, shortTime, statusLabel, summaryLine, type Report, type ReportDraft } from './model';

/** Text as HTML text or attribute value: markup characters escaped, bidirectional controls shown (revealBidiControls). */
export function escapeHtml(text: string): string {
  return revealBidiControls(text).replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

const CSS = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #1a1a1a; margin: 0; padding: 24px; }
@media print { body { padding: 0; } }
section.draft + section.draft { break-before: page; page-break-before: always; }
@media screen { section.draft + section.draft { border-top: 2px solid #ccc; margin-top: 28px; padding-top: 12px; } }
h1 { font-size: 18pt; margin: 0 0 8px; }
h2 { font-size: 12pt; margin: 18px 0 4px; break-after: avoid; }
table.meta { border-collapse: collapse; margin: 8px 0 12px; }
table.meta th { text-align: left; padding: 2px 12px 2px 0; font-weight: 600; }
table.meta td { padding: 2px 0; }
.claim { break-inside: avoid; border-left: 3px solid #888; padding: 2px 0 2px 10px; margin: 10px 0; }
.claim blockquote { margin: 4px 0; font-style: italic; }
.claim.verified { border-color: #2e7d32; } .claim.unverified { border-color: #b08800; }
.claim.disputed { border-color: #c62828; } .claim.unreviewed { border-color: #1565c0; }
.status { font: 600 9pt/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; }
.error { border: 2px solid #c62828; padding: 8px; }
ul { margin: 4px 0; padding-left: 18px; } .history { color: #555; font-size: 9.5pt; }
a { color: #0b57d0; word-break: break-all; }
`.trim();

function draftSection(draft: ReportDraft, generatedAt: string): string {
  const e = escapeHtml;
  const who = draft.signOff ? `${e(draft.signOff.by)}, ${e(shortTime(draft.signOff.at))}` : '';
  const stale = `<strong>${L.changedSinceSignOff}</strong> (${L.signedOff}) ${fill(L.by, who)}`;
  const signOff = !draft.signOff ? L.notSignedOff : draft.signOff.valid ? fill(L.signedOffBy, who) : stale;
  const rows: Array<[string, string]> = [
    [L.draft, e(draft.path)],
    [L.date, e(shortTime(generatedAt))],
    [L.editors, draft.editors.map(e).join(', ') || '—'],
    [L.signOff, signOff],
  ];
  if (draft.stateLabel) rows.push([L.state, e(draft.stateLabel)]);
  const out = [
    `<section class="draft">`,
    `<h1>${fill(L.title, e(draft.title))}</h1>`,
    `<table class="meta">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`,
  ];
  if (draft.error !== undefined) {
    out.push(`<p class="error"><strong>${L.error}</strong> ${fill(L.unreadable, e(draft.error))}</p>`, '</section>');
    return out.join('\n');
  }
  out.push(`<p><strong>${L.summary}</strong> ${e(summaryLine(draft.counts))}.</p>`);
  if (draft.claims.length === 0) out.push(`<p>${L.noClaims}</p>`);
  for (const c of draft.claims) {
    const items = [`<li>${fill(L.checkWorthiness, c.score.toFixed(2))}</li>`];
    if (c.note.trim() !== '') items.push(`<li>${fill(L.note, e(c.note))}</li>`);
    for (const s of c.sources) {
      const quote = s.quote ? ` — “${e(s.quote)}”` : '';
      const added = fill(L.addedBy, e(s.addedBy), e(shortTime(s.addedAt)));
      const title = isLinkable(s.url) ? `<a href="${e(encodeBidiControls(s.url))}">${e(s.title)}</a>` : e(s.title);
      items.push(`<li>${L.source} ${title}${quote} (${added})<br><span class="history">${e(s.url)}</span></li>`);
    }
    if (c.history.length > 0) {
      const label = c.historyLength > c.history.length ? fill(L.historyLatest, c.history.length, c.historyLength) : L.history;
      items.push(`<li>${label}:<ul class="history">${c.history.map((h) => `<li>${e(describeHistory(h))}</li>`).join('')}</ul></li>`);
    }
    out.push(
      `<div class="claim ${c.status}">`,
      `<h2>${c.number}. ${e(c.kind)} <span class="status">${e(statusLabel(c))}</span> <small>${fill(L.line, c.line)}</small></h2>`,
      `<blockquote>${e(c.text)}</blockquote>`,
      `<ul>${items.join('')}</ul>`,
      `</div>`,
    );
  }
  out.push('</section>');
  return out.join('\n');
}

export function reportHtml(report: Report): string {
  const title = report.drafts.length === 1 ? fill(L.title, report.drafts[0].title) : fill(L.titleOfDrafts, report.drafts.length);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // No script, no outside resources: the page is safe to open and to mail.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    ...report.drafts.map((d) => draftSection(d, report.generatedAt)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
