import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/paths';
import { e2eContext, useWorkbench } from './lib/session';
import { waitFor } from './lib/wait';
import type { Workbench } from './lib/workbench';

const DECORATION = '.editor-instance .monaco-editor [class*="TextEditorDecorationType"]';
const TITLE_50K = 'Generated long draft of 50 KB';
const TITLE_1MB = 'Generated long draft of 1 MB';

/** A draft of about `bytes` from samples/, every number varied so that no paragraph repeats (no cache helps). */
function generatedDraft(bytes: number, title: string): string {
  const dir = join(repoRoot(), 'samples');
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
  const parts: string[] = [`# ${title}\n\n`];
  let size = parts[0].length;
  for (let copy = 0; size < bytes; copy++) {
    const body = bodies[copy % bodies.length].replace(/\d+/g, (digits) => String(Number(digits) + copy + 1)) + '\n\n';
    parts.push(body);
    size += body.length;
  }
  return parts.join('');
}

/** The extension's log lines (its LogOutputChannel writes a file under the server's user data). */
function extensionLog(userDataDirs: readonly string[]): string {
  for (const dir of userDataDirs) {
    const logs = join(dir, 'logs');
    if (!existsSync(logs)) continue;
    const files = (readdirSync(logs, { recursive: true }) as string[]).filter((f) => f.endsWith('Fact-Check.log'));
    if (files.length > 0) return files.map((f) => readFileSync(join(logs, f), 'utf8')).join('\n');
  }
  return '';
}

interface OpenTimes {
  /** Enter → the draft's first line shown in the editor: the workbench's own work. */
  text: number;
  /** Enter → the first claim highlight in the DOM. */
  highlight: number;
  /** The workbench page's long tasks (over 50 ms) between the text and the highlight: its main thread busy meanwhile. */
  busyAfterText: number;
  /** When the text showed, in ms since the epoch (to line up with the extension's log, on the same machine's clock). */
  textAt: number;
}

/** What the page records about one opening, on its own clock (performance.now()). */
interface PageMarks {
  enter: number;
  text?: number;
  highlight?: number;
  /** [start, duration] of the page's long tasks since the Enter. */
  longTasks: [number, number][];
}

/**
 * Quick Open the file, then time from the Enter that opens it to its text and to the first claim highlight in the DOM.
 * The page times both itself with a mutation observer (Playwright's own waiting polls every 500 ms after its first
 * second, too coarse for a 100 ms target), and notes its long tasks: how busy the workbench itself was meanwhile.
 */
async function timeToFirstHighlight(workbench: Workbench, name: string, title: string): Promise<OpenTimes> {
  const { page } = workbench;
  await workbench.runCommand('View: Close All Editors');
  await page.locator(DECORATION).first().waitFor({ state: 'detached', timeout: 20_000 });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(name);
  await page.locator(`.quick-input-widget .monaco-list-row[aria-label*="${name}"]`).first().waitFor({ timeout: 20_000 });
  await page.evaluate(
    ({ title, decoration }) => {
      const marks: PageMarks = { enter: 0, longTasks: [] };
      (window as unknown as { factCheckOpenMarks: PageMarks }).factCheckOpenMarks = marks;
      const see = () => {
        const now = performance.now();
        if (marks.text === undefined) {
          // The editor renders spaces as no-break spaces.
          const lines = document.querySelectorAll('.editor-instance .view-lines');
          if (Array.from(lines).some((element) => element.textContent?.replace(/\s+/g, ' ').includes(title))) marks.text = now;
        }
        if (marks.highlight === undefined && document.querySelector(decoration)) marks.highlight = now;
        if (marks.text !== undefined && marks.highlight !== undefined) {
          observer.disconnect();
          longTasks.disconnect();
        }
      };
      const observer = new MutationObserver(see);
      observer.observe(document.body, { subtree: true, childList: true });
      const longTasks = new PerformanceObserver((list) => {
        for (const task of list.getEntries()) if (task.startTime >= marks.enter) marks.longTasks.push([task.startTime, task.duration]);
      });
      longTasks.observe({ type: 'longtask' });
      // The Enter is pressed right after this returns: a round trip of a few ms, counted against the draft.
      marks.enter = performance.now();
    },
    { title, decoration: DECORATION },
  );
  await page.keyboard.press('Enter');
  const marks = await waitFor(
    async () => {
      const seen = await page.evaluate(() => (window as unknown as { factCheckOpenMarks: PageMarks }).factCheckOpenMarks);
      return seen.text !== undefined && seen.highlight !== undefined ? seen : undefined;
    },
    `the text and the first highlight of ${name}`,
    120_000,
  );
  const { enter, text = enter, highlight = enter } = marks;
  // The part of each long task that fell between the text showing and the highlight.
  const busyAfterText = marks.longTasks.reduce(
    (sum, [start, duration]) => sum + Math.max(0, Math.min(highlight, start + duration) - Math.max(text, start)),
    0,
  );
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  return {
    text: Math.round(text - enter),
    highlight: Math.round(highlight - enter),
    busyAfterText: Math.round(busyAfterText),
    textAt: timeOrigin + text,
  };
}

describe('big drafts in the editor', () => {
  const workbench = useWorkbench({ theme: 'dark' });
  const scale = Number(process.env.FACTCHECK_TIMEOUT_SCALE) || 1;
  const generated = ['e2e-big-50k.md', 'e2e-big-1mb.md'];

  // The specs after this one share the workspace: a 1 MB draft left in it keeps the Drafts view and the
  // library busy counting it, and its editor open, while they measure their own things.
  after(async () => {
    const { workspace } = await e2eContext();
    for (const name of generated) rmSync(join(workspace, name), { force: true });
  });

  it('shows the first highlights of a 50 KB and a 1 MB draft soon after opening, detecting the rest in short slices', async function () {
    this.timeout(300_000 * scale);
    const { workspace, runDir } = await e2eContext();
    writeFileSync(join(workspace, 'e2e-big-50k.md'), generatedDraft(50 * 1024, TITLE_50K), 'utf8');
    writeFileSync(join(workspace, 'e2e-big-1mb.md'), generatedDraft(1024 * 1024, TITLE_1MB), 'utf8');
    // Activate the extension on a small draft first: activation is not what is measured here.
    await workbench().openFile('budget-vote.md');
    await workbench().waitForDecorations(1, 120_000 * scale);

    const small = await timeToFirstHighlight(workbench(), 'e2e-big-50k.md', TITLE_50K);
    const large = await timeToFirstHighlight(workbench(), 'e2e-big-1mb.md', TITLE_1MB);
    await workbench().screenshot('big-draft-first-highlights');
    const status = workbench()
      .page.locator('.statusbar-item', { hasText: /claims ·|Counting claims/ })
      .first();
    const statusWhileCounting = (await status.textContent({ timeout: 20_000 })) ?? '';
    // The desk shows the same draft: while its sidecar is read or its claims counted, it must say so, never "0 of 0 verified".
    const deskSummary = workbench().webviewFrame().locator('.meter-summary');
    const deskWhileCounting =
      (await deskSummary.count()) > 0 ? await deskSummary.first().innerText({ timeout: 5_000 }) : '(desk not shown)';

    // The rest of the 1 MB draft is detected in slices; the extension logs how long its longest one took.
    const userDataDirs = [process.env.FACTCHECK_USER_DATA_DIR, join(runDir, 'server', 'user-data')].filter((d): d is string => !!d);
    const line = await waitFor(
      () =>
        extensionLog(userDataDirs).match(
          /Detected (\d+) claims in e2e-big-1mb\.md in (\d+) slices over (\d+) ms; first task ([\d.]+) ms, longest slice ([\d.]+) ms(?: \(CPU ([\d.]+) ms\))?/,
        ),
      'the log line of the sliced detection of the 1 MB draft',
      120_000 * scale,
    );
    const [, claims, slices, elapsed, firstTask, longest, longestCpu] = line;
    // The extension host's own share, from its log line: the line's time is the end of the pass, which began `elapsed` ms
    // before, `began` ms after the draft opened, and had the visible claims `visible` ms after it began.
    const hostTimes = (name: string) => {
      const found = extensionLog(userDataDirs).match(
        new RegExp(
          `^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) .*Detected \\d+ claims in ${name.replace('.', '\\.')} in \\d+ slices over (\\d+) ms;` +
            ` .*the visible claims after (\\d+) ms, the pass begun (\\d+) ms after the draft opened`,
          'm',
        ),
      );
      if (!found) return undefined;
      const [, stamp, elapsed, visible, began] = found;
      const passStart = new Date(stamp.replace(' ', 'T')).getTime() - Number(elapsed);
      return { openedAt: passStart - Number(began), began: Number(began), visibleAt: passStart + Number(visible) };
    };
    await waitFor(async () => /claims ·/.test((await status.textContent()) ?? ''), 'the final count in the status bar', 60_000 * scale);
    const finalStatus = (await status.textContent()) ?? '';
    await workbench().screenshot('big-draft-counted');
    await workbench().runCommand('View: Close All Editors');

    for (const [label, name, times, target] of [
      ['50 KB', 'e2e-big-50k.md', small, 100],
      ['1 MB', 'e2e-big-1mb.md', large, 500],
    ] as const) {
      const host = hostTimes(name);
      const after = (at: number) => Math.round(at - times.textAt);
      console.log(
        `      ${label} draft: text shown ${times.text} ms after Enter, first highlight ${times.highlight} ms ` +
          `(${times.highlight - times.text} ms after the text; target <= ${target} ms)` +
          (host
            ? `. After the text: the extension host got the draft at ${after(host.openedAt)} ms, read its sidecar and began ` +
              `detecting at ${after(host.openedAt + host.began)} ms, had its visible claims at ${after(host.visibleAt)} ms ` +
              `(${Math.round(host.visibleAt - host.openedAt)} ms in the extension), and the highlight was in the page at ` +
              `${times.highlight - times.text} ms`
            : '; the extension host logged no sliced pass for it (its first task detected it all)') +
          `; the page's own long tasks took ${times.busyAfterText} ms of that time`,
      );
    }
    console.log(
      `      1 MB draft: ${claims} claims in ${slices} slices over ${elapsed} ms; first task ${firstTask} ms, longest slice ${longest} ms` +
        (longestCpu ? ` (the extension host's CPU time in it: ${longestCpu} ms)` : '') +
        ' (target <= 50 ms)',
    );
    console.log(`      status bar while counting: "${statusWhileCounting.trim()}", then "${finalStatus.trim()}"`);
    console.log(`      desk meter while counting: "${deskWhileCounting.trim()}"`);
    if (/Counting claims/.test(statusWhileCounting)) assert.doesNotMatch(deskWhileCounting, /^0 of 0 claims verified/);
    assert.ok(Number(slices) > 1, 'the 1 MB draft was detected in slices, not in one task');
    assert.match(finalStatus, /\d+ claims ·/, 'the status bar shows a count once the pass is done');
  });
});
