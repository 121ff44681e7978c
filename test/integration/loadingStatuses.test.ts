import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { createAnnotation, serializeSidecar, SIDECAR_VERSION, type Annotation, type ClaimStatus } from '../../src/core/annotations';
import { detectClaims } from '../../src/core/claims';
import type { FactCheckTestApi } from '../../src/extension/api';
import { fixturePath, openDraft, waitFor, workspaceRoot } from './helpers';
import { sidecarOf, useApi } from './storageHelpers';

/** A draft with no repeated paragraph (numbers vary), so each annotation anchors to one place. */
function draftText(paragraphs: number): string {
  const lines = ['# Council approves budget after late-night session', ''];
  for (let i = 0; i < paragraphs; i++) {
    lines.push(
      `The city council approved a $${4 + i}.${i % 10} billion budget on Tuesday, the largest in the city's history.`,
      '',
      `Spending on transit rose ${12 + i} percent compared with last year, according to the finance director.`,
      '',
    );
  }
  return lines.join('\n');
}

interface Sample {
  atMs: number;
  status: string | undefined;
  unreviewed: number[];
}

/**
 * Writes a draft and a sidecar whose annotations alternate flagged (unverified) and disputed, and
 * returns the draft's path with the claim starts of each status.
 */
function draftWithSidecar(annotations: number): { path: string; flagged: number[]; disputed: number[] } {
  const text = draftText(annotations);
  const claims = detectClaims(text, 'markdown').slice(0, annotations);
  assert.equal(claims.length, annotations, `the generated draft has ${annotations} claims`);
  const now = '2026-01-01T00:00:00.000Z';
  const flagged: number[] = [];
  const disputed: number[] = [];
  const made: Annotation[] = claims.map((claim, i) => {
    const status: ClaimStatus = i % 2 === 0 ? 'unverified' : 'disputed';
    (status === 'unverified' ? flagged : disputed).push(claim.start);
    return createAnnotation({ text, start: claim.start, end: claim.end, kind: claim.kind, by: 'Desk', now, status });
  });
  const path = join(mkdtempSync(join(workspaceRoot(), 'scratch-')), 'loading.md');
  writeFileSync(path, text);
  writeFileSync(sidecarOf(path), serializeSidecar({ version: SIDECAR_VERSION, draft: 'loading.md', annotations: made }));
  return { path, flagged, disputed };
}

function starts(ranges: Record<string, { start: number }[]>, style: string): number[] {
  return (ranges[style] ?? []).map((r) => r.start);
}

describe('statuses while the sidecar loads', () => {
  const apiOf = useApi();
  let api: FactCheckTestApi;
  beforeEach(() => {
    api = apiOf();
  });
  before(async function () {
    this.timeout(120_000);
    // A cold window's first draft waits for the workbench itself: warm up so the numbers are the store's.
    const warm = await openDraft(fixturePath('budget-vote.md'));
    await waitFor(() => apiOf().getReview(warm.document.uri), 'the warm-up review', 100_000);
  });

  for (const count of [2, 40]) {
    it(`never shows the ${count} flagged and disputed claims as unreviewed before the sidecar is read`, async function () {
      this.timeout(90_000);
      const { path, flagged, disputed } = draftWithSidecar(count);
      const annotated = new Set([...flagged, ...disputed]);
      const uri = vscode.Uri.file(path);
      const samples: Sample[] = [];
      const started = performance.now();
      let sampling = true;
      // Samples between the extension's tasks from before the document opens until the test ends.
      const sampler = (async () => {
        while (sampling) {
          const ranges = api.getDecorationRanges(uri);
          const active = vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
          samples.push({
            atMs: performance.now() - started,
            status: active ? api.getStatusBarText() : undefined,
            unreviewed: starts(ranges, 'unreviewed'),
          });
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
      })();
      const countsText = new RegExp(`· ${flagged.length} unverified · ${disputed.length} disputed`);
      try {
        await openDraft(path);
        await waitFor(
          () => {
            const ranges = api.getDecorationRanges(uri);
            const shown = starts(ranges, 'unverified').length === flagged.length && starts(ranges, 'disputed').length === disputed.length;
            return shown && countsText.test(api.getStatusBarText() ?? '');
          },
          'the flagged and disputed highlights and counts',
          80_000,
          5,
        );
      } finally {
        sampling = false;
        await sampler;
      }
      const correctAt = performance.now() - started;
      for (const sample of samples) {
        const wrong = sample.unreviewed.filter((start) => annotated.has(start));
        assert.deepEqual(wrong, [], `at ${sample.atMs.toFixed(0)} ms annotated claims were drawn as unreviewed`);
        if (sample.status !== undefined && /unverified/.test(sample.status)) {
          assert.match(sample.status, countsText, `at ${sample.atMs.toFixed(0)} ms the status bar showed wrong counts`);
        }
      }
      const loading = samples.filter((s) => s.status !== undefined && /Reading annotations/.test(s.status));
      const loadingFrom =
        loading.length > 0 ? `${loading[0].atMs.toFixed(0)}–${loading[loading.length - 1].atMs.toFixed(0)} ms` : 'never sampled';
      console.log(
        `      ${count} annotations: correct statuses ${correctAt.toFixed(0)} ms after open; loading state shown ${loadingFrom} (${samples.length} samples)`,
      );
      assert.equal(api.getReview(uri)?.items.filter((i) => i.status === 'unverified').length, flagged.length);
    });
  }
});
