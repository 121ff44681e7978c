import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameColor } from './lib/colors';
import { e2eContext, useWorkbench } from './lib/session';
import { waitFor } from './lib/wait';
import type { ThemeKind, Workbench } from './lib/workbench';

/** One claim per line, so a claim can be selected with Go to Line + Home + Shift+End. */
const DRAFT_LINES = [
  '# Harbour budget',
  '',
  'Spending on the harbour rose 12 percent last year, according to the port authority.',
  '',
  'The mayor said the ferry has never once been late since the new timetable started.',
  '',
  'The council approved a $4.2 billion budget on Tuesday, the largest in its history.',
  '',
  'Ticket sales fell by a third after the 2023 fare increase.',
  '',
  'It was a lovely evening for a walk along the quay.',
  '',
  'No other port in the region has a night ferry service.',
  '',
];
/** 1-based line numbers and the status each claim gets. */
const CLAIMS = { unverified: 3, disputed: 5, verified: 7, changed: 9, dismissed: 11, unreviewed: 13 } as const;
type Status = keyof typeof CLAIMS;

interface Painted {
  top: number;
  bottom: number;
  width: number;
  backgroundColor: string;
  borderTopStyle: string;
  borderBottomStyle: string;
  borderBottomColor: string;
  borderBottomWidth: string;
}

async function paintedDecorations(workbench: Workbench): Promise<Painted[]> {
  return workbench.page
    .locator('.editor-instance .monaco-editor .view-overlays [class*="TextEditorDecorationType"]')
    .evaluateAll((elements) =>
      elements
        .map((element) => {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            top: box.top,
            bottom: box.bottom,
            width: box.width,
            backgroundColor: style.backgroundColor,
            borderTopStyle: style.borderTopStyle,
            borderBottomStyle: style.borderBottomStyle,
            borderBottomColor: style.borderBottomColor,
            borderBottomWidth: style.borderBottomWidth,
          };
        })
        .filter((d) => d.width > 0),
    );
}

/** The vertical band of the rendered editor line holding text. */
async function lineBand(workbench: Workbench, text: string): Promise<{ top: number; bottom: number }> {
  const line = workbench.editorText().filter({ hasText: text }).first();
  await line.waitFor({ timeout: 20_000 });
  const box = await line.boundingBox();
  if (!box) throw new Error(`line "${text}" is not rendered`);
  return { top: box.y, bottom: box.y + box.height };
}

async function decorationsOnLine(workbench: Workbench, text: string): Promise<Painted[]> {
  const band = await lineBand(workbench, text);
  return (await paintedDecorations(workbench)).filter((d) => {
    const middle = (d.top + d.bottom) / 2;
    return middle > band.top && middle < band.bottom;
  });
}

/** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column, as a person would. */
async function goTo(workbench: Workbench, line: number, column = 1): Promise<void> {
  const { page } = workbench;
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 20_000 });
}

/**
 * Selects the whole line (1-based) through the keyboard, and waits for the status bar to show a selection:
 * "Mark Selection as Claim" is offered only with one. Keys pressed while the focus is elsewhere select
 * nothing (seen once in a full run), so the editor is clicked and the keys pressed again.
 */
async function selectLine(workbench: Workbench, line: number): Promise<void> {
  const selected = workbench.page.locator('.statusbar-item', { hasText: /\(\d+ selected\)/ }).first();
  for (let attempt = 1; ; attempt++) {
    await goTo(workbench, line);
    await workbench.page.keyboard.press('Home');
    await workbench.page.keyboard.press('Shift+End');
    try {
      await selected.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw new Error(`line ${line} is not selected after ${attempt} tries: ${(error as Error).message}`);
      await workbench.editorText().first().click();
    }
  }
}

/** Waits for the input box whose title contains step, then types value (replacing any prefill) and returns the prefill. */
async function answerInputBox(workbench: Workbench, step: string, value: string): Promise<string> {
  const { page } = workbench;
  await page.locator('.quick-input-widget .quick-input-title', { hasText: step }).waitFor({ timeout: 20_000 });
  const input = page.locator('.quick-input-widget input');
  const prefill = await input.inputValue();
  await input.fill(value);
  await page.keyboard.press('Enter');
  return prefill;
}

const expectations: [Status, string, (d: Painted, color: (id: string) => Promise<string>) => Promise<string | undefined>][] = [
  [
    'unverified',
    'Spending on the harbour rose 12 percent',
    async (d, color) =>
      !sameColor(d.backgroundColor, await color('factCheck.unverifiedBackground'))
        ? `background ${d.backgroundColor}`
        : !sameColor(d.borderBottomColor, await color('factCheck.unverifiedBorder')) || d.borderTopStyle !== 'solid'
          ? `border ${d.borderTopStyle} ${d.borderBottomColor}`
          : undefined,
  ],
  [
    'disputed',
    'The mayor said the ferry has never once been late',
    async (d, color) =>
      !sameColor(d.backgroundColor, await color('factCheck.disputedBackground'))
        ? `background ${d.backgroundColor}`
        : !sameColor(d.borderBottomColor, await color('factCheck.disputedBorder')) ||
            d.borderTopStyle !== 'solid' ||
            d.borderBottomWidth !== '2px'
          ? `border ${d.borderTopStyle} ${d.borderBottomWidth} ${d.borderBottomColor}`
          : undefined,
  ],
  [
    'verified',
    'The council approved a $4.2 billion budget',
    async (d, color) =>
      !sameColor(d.borderBottomColor, await color('factCheck.verifiedUnderline')) ||
      d.borderBottomStyle !== 'solid' ||
      d.borderTopStyle !== 'none'
        ? `underline ${d.borderBottomStyle} ${d.borderBottomColor} (top ${d.borderTopStyle})`
        : undefined,
  ],
  [
    'changed',
    'Ticket sales almost fell by a third',
    async (d, color) =>
      !sameColor(d.borderBottomColor, await color('factCheck.changedSinceVerificationBorder')) || d.borderTopStyle !== 'dashed'
        ? `border ${d.borderTopStyle} ${d.borderBottomColor}`
        : undefined,
  ],
  [
    'unreviewed',
    'No other port in the region has a night ferry',
    async (d, color) =>
      !sameColor(d.borderBottomColor, await color('factCheck.unreviewedUnderline')) ||
      d.borderBottomStyle !== 'dotted' ||
      d.borderTopStyle !== 'none'
        ? `underline ${d.borderBottomStyle} ${d.borderBottomColor} (top ${d.borderTopStyle})`
        : undefined,
  ],
];

/** The claim counts in the status bar. */
function statusBarCounts(workbench: Workbench) {
  return workbench.page.locator('.statusbar-item', { hasText: /\d+ claims · \d+ unverified · \d+ disputed/ }).first();
}

function annotationCount(sidecarPath: string): number {
  if (!existsSync(sidecarPath)) return 0;
  try {
    return (JSON.parse(readFileSync(sidecarPath, 'utf8')) as { annotations: unknown[] }).annotations.length;
  } catch {
    return 0; // caught mid-write
  }
}

describe('claim highlights, hover and Attach Source in the editor', () => {
  const workbench = useWorkbench({ theme: 'dark' });
  const fileName = 'e2e-editor.md';
  let draftPath = '';

  before(async function () {
    this.timeout(120_000);
    const { workspace } = await e2eContext();
    draftPath = join(workspace, fileName);
    writeFileSync(draftPath, DRAFT_LINES.join('\n'), 'utf8');
    await workbench().openFile(fileName);
    // The palette offers Fact-Check commands once the extension is active on the draft: its status bar item says so.
    await statusBarCounts(workbench()).waitFor({ timeout: 60_000 });
    // Give each claim its status through the palette, cursor on the claim, as an editor would.
    const commands: Record<Status, string[]> = {
      unverified: ['Fact-Check: Flag Claim as Unverified'],
      disputed: ['Fact-Check: Mark Claim Disputed'],
      verified: ['Fact-Check: Mark Claim Verified'],
      changed: ['Fact-Check: Mark Claim Verified'],
      dismissed: ['Fact-Check: Not a Claim'],
      unreviewed: [],
    };
    // The palette closes before a command finishes: wait for its effect before the next step.
    const runAndWait = async (command: string, lineText: string) => {
      const before = JSON.stringify(await decorationsOnLine(workbench(), lineText));
      await workbench().runCommand(command);
      await waitFor(
        async () => JSON.stringify(await decorationsOnLine(workbench(), lineText)) !== before,
        `"${command}" to change the highlight of "${lineText}"`,
        20_000,
      );
    };
    let marked = 0;
    for (const [status, line] of Object.entries(CLAIMS) as [Status, number][]) {
      const lineText = DRAFT_LINES[line - 1].slice(0, 30);
      await selectLine(workbench(), line);
      await workbench().runCommand('Fact-Check: Mark Selection as Claim');
      // Marking a sentence the engine already found changes nothing visible: the sidecar shows it landed.
      marked++;
      await waitFor(() => annotationCount(`${draftPath}.factcheck.json`) >= marked, `annotation ${marked} saved`, 20_000);
      for (const command of commands[status]) await runAndWait(command, lineText);
    }
    // Edit the verified "changed" claim: it now needs a re-check.
    await goTo(workbench(), CLAIMS.changed, 'Ticket sales '.length + 1);
    await workbench().page.keyboard.type('almost ');
    await workbench().editorText().filter({ hasText: 'Ticket sales almost fell' }).first().waitFor({ timeout: 20_000 });
    await workbench().page.keyboard.press('Control+Home');
  });

  /** Checks every status's highlight against the theme's resolved factCheck.* colours. */
  function colourTests(theme: ThemeKind): void {
    for (const [status, text, check] of expectations) {
      it(`draws the ${status} claim in its ${theme} theme colours`, async () => {
        const color = (id: string) => workbench().themeColor(id);
        await waitFor(
          async () => {
            const drawn = await decorationsOnLine(workbench(), text);
            if (drawn.length === 0) return undefined;
            const found = await Promise.all(drawn.map((d) => check(d, color)));
            return found.includes(undefined) ? 'ok' : undefined;
          },
          `a ${status} highlight on "${text}" in the ${theme} theme colours`,
          20_000,
        ).catch(async (error: Error) => {
          const drawn = await decorationsOnLine(workbench(), text);
          throw new Error(`${error.message}; drawn there: ${JSON.stringify(drawn)}`);
        });
      });
    }

    it(`draws nothing on a claim marked "Not a Claim" (${theme})`, async () => {
      assert.deepEqual(await decorationsOnLine(workbench(), 'It was a lovely evening'), []);
      await workbench().screenshot(`editor-statuses-${theme}`);
    });
  }

  colourTests('dark');

  it('counts the claims in the status bar', async () => {
    // Six claims marked, one of them "not a claim".
    await waitFor(
      async () => (await statusBarCounts(workbench()).innerText()).includes('5 claims · 1 unverified · 1 disputed'),
      'the status bar counts',
      20_000,
    );
  });

  it('explains a claim in its hover', async () => {
    const hover = await workbench().hoverText('rose 12 percent');
    assert.match(hover, /claim/);
    assert.match(hover, /check-worthiness \d\.\d\d \((high|medium|low)\)/);
    assert.match(hover, /Status: Flagged as unverified/);
    assert.match(hover, /Attach Source…/);
    assert.match(hover, /Mark Verified/);
    assert.match(hover, /Show in Sidebar/);
    const changed = await workbench().hoverText('almost fell by a third');
    assert.match(changed, /Status: Verified — changed since verification/);
    await workbench().page.mouse.move(2, 2);
  });

  it('attaches a source through the palette input boxes and shows it in the hover and the sidecar', async function () {
    this.timeout(90_000);
    const { page } = workbench();
    await selectLine(workbench(), CLAIMS.unverified);
    await workbench().runCommand('Fact-Check: Attach Source to Claim…', { opensQuickInput: true });
    // A bad address is refused with a clear message in the input box itself.
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '1/4' }).waitFor({ timeout: 20_000 });
    await page.locator('.quick-input-widget input').fill('ftp://files.example.org/report');
    const message = page.locator('.quick-input-widget .quick-input-message');
    await waitFor(async () => /http and https/.test(await message.innerText()), 'the URL validation message', 20_000);
    const prefill = await answerInputBox(workbench(), '1/4', 'https://www.example.org/harbour-report');
    assert.equal(prefill, 'ftp://files.example.org/report');
    const suggestedTitle = await answerInputBox(workbench(), '2/4', 'Harbour authority annual report');
    assert.equal(suggestedTitle, 'example.org', 'the title is suggested from the URL host');
    await answerInputBox(workbench(), '3/4', 'Harbour spending rose 12% on the year.');
    await answerInputBox(workbench(), '4/4', 'Table 3, page 14');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 20_000 });
    await page.keyboard.press('Control+Home'); // drop the selection so the screenshot shows the highlight

    const hover = await workbench().hoverText('rose 12 percent');
    assert.match(hover, /Harbour authority annual report/);
    assert.match(hover, /Harbour spending rose 12% on the year\./);
    assert.match(hover, /added a source/);
    const link = page.locator('.monaco-hover a', { hasText: 'Harbour authority annual report' }).first();
    assert.equal(await link.getAttribute('data-href'), 'https://www.example.org/harbour-report');
    await workbench().screenshot('editor-hover-source-dark');
    await page.mouse.move(2, 2);

    const sidecarPath = `${draftPath}.factcheck.json`;
    const sidecar = await waitFor(
      () => {
        if (!existsSync(sidecarPath)) return undefined;
        const text = readFileSync(sidecarPath, 'utf8');
        return text.includes('https://www.example.org/harbour-report') ? text : undefined;
      },
      'the source in the sidecar file',
      20_000,
    );
    const annotation = (
      JSON.parse(sidecar) as { annotations: { status: string; sources: { url: string; title: string; quote?: string; note?: string }[] }[] }
    ).annotations.find((a) => a.sources.length > 0);
    assert.equal(annotation?.status, 'unverified');
    assert.deepEqual(
      annotation?.sources.map((s) => ({ url: s.url, title: s.title, quote: s.quote, note: s.note })),
      [
        {
          url: 'https://www.example.org/harbour-report',
          title: 'Harbour authority annual report',
          quote: 'Harbour spending rose 12% on the year.',
          note: 'Table 3, page 14',
        },
      ],
    );
  });

  it('keeps URL and title when the optional quote prompt is escaped', async function () {
    this.timeout(60_000);
    const { page } = workbench();
    await goTo(workbench(), CLAIMS.disputed, 5);
    await workbench().runCommand('Fact-Check: Attach Source to Claim…', { opensQuickInput: true });
    await answerInputBox(workbench(), '1/4', 'https://ferries.example.net/punctuality');
    await answerInputBox(workbench(), '2/4', 'Ferry punctuality figures');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '3/4' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 20_000 });
    const sidecarPath = `${draftPath}.factcheck.json`;
    const source = await waitFor(
      () => {
        const text = existsSync(sidecarPath) ? readFileSync(sidecarPath, 'utf8') : '';
        if (!text.includes('ferries.example.net')) return undefined;
        const annotations = (
          JSON.parse(text) as { annotations: { sources: { url: string; title: string; quote?: string; note?: string }[] }[] }
        ).annotations;
        return annotations.flatMap((a) => a.sources).find((s) => s.url === 'https://ferries.example.net/punctuality');
      },
      'the source in the sidecar file',
      20_000,
    );
    assert.deepEqual(
      { title: source.title, quote: source.quote, note: source.note },
      { title: 'Ferry punctuality figures', quote: undefined, note: undefined },
    );
  });

  describe('after switching to the light theme', () => {
    before(async function () {
      this.timeout(60_000);
      await workbench().setTheme('light');
    });

    colourTests('light');

    it('shows the hover with its source in the light theme', async () => {
      const hover = await workbench().hoverText('rose 12 percent');
      assert.match(hover, /Harbour authority annual report/);
      await workbench().screenshot('editor-hover-source-light');
      await workbench().page.mouse.move(2, 2);
    });
  });
});
