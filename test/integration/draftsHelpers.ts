import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { createAnnotation, serializeSidecar, setStatus, type Annotation, type ClaimStatus } from '../../src/core/annotations';
import { detectClaims } from '../../src/core/claims';
import type { DraftRow, DraftTreeNode, FolderNode } from '../../src/extension/drafts/draftTreeModel';
import type { FactCheckTestApi } from '../../src/extension/api';
import { workspaceRoot } from './helpers';

const AT = '2026-01-01T00:00:00.000Z';

/** A new folder in the workspace for one suite's drafts. */
export function draftsFolder(prefix: string): string {
  return mkdtempSync(join(workspaceRoot(), `${prefix}-`));
}

/**
 * Writes a draft and, when statuses are given, a sidecar giving its detected claims those statuses in
 * order (claims beyond the list stay unannotated), as another editor's window would have saved it.
 */
export function writeDraft(folder: string, name: string, text: string, statuses: ClaimStatus[] = []): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  if (statuses.length > 0) writeFileSync(`${path}.factcheck.json`, sidecarText(name, text, statuses));
  return path;
}

/** A sidecar giving the draft's first detected claims these statuses. */
export function sidecarText(name: string, text: string, statuses: ClaimStatus[]): string {
  const claims = detectClaims(text, name.endsWith('.txt') ? 'plaintext' : 'markdown');
  if (claims.length < statuses.length) throw new Error(`${name}: ${claims.length} claims, ${statuses.length} statuses`);
  const annotations: Annotation[] = statuses.map((status, i) => {
    const created = createAnnotation({ text, start: claims[i].start, end: claims[i].end, kind: claims[i].kind, by: 'Test Desk', now: AT });
    return status === 'unreviewed' ? created : setStatus(created, status, 'Test Desk', AT);
  });
  return serializeSidecar({ version: 1, draft: name, annotations });
}

/** The overview's row for a draft path, if listed. */
export function rowFor(api: FactCheckTestApi, path: string): DraftRow | undefined {
  const id = vscode.Uri.file(path).toString();
  return api.drafts.rows().find((r) => r.id === id);
}

export const FOUR_CLAIMS = [
  "The city council approved a $4.2 billion budget on Tuesday, the largest in the city's history.",
  'Spending on transit rose 12 percent compared with last year, according to the finance director.',
  'Critics said there is no evidence that the new parking fees will raise the promised revenue.',
  'The vote came two years after the 2023 audit found that the housing office had overspent by more than 30 million dollars.',
].join('\n\n');

export const NO_CLAIMS = 'The weather was mild that day and we walked home.\n';

/** The longest pause of the extension host's event loop while watched, with the CPU time the host used meanwhile. */
export interface EventLoopPause {
  longestMs: number;
  /** CPU time of the host process during that pause: far below longestMs when other processes had the cores. */
  cpuMs: number;
}

/** Watches the event loop with a 10 ms timer until stop() is called. */
export function watchEventLoop(): { stop(): EventLoopPause } {
  const cpuNow = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const longest: EventLoopPause = { longestMs: 0, cpuMs: 0 };
  let last = performance.now();
  let lastCpu = cpuNow();
  const probe = setInterval(() => {
    const now = performance.now();
    const cpu = cpuNow();
    const pause = now - last - 10;
    if (pause > longest.longestMs) Object.assign(longest, { longestMs: pause, cpuMs: cpu - lastCpu });
    last = now;
    lastCpu = cpu;
  }, 10);
  return {
    stop: () => {
      clearInterval(probe);
      return longest;
    },
  };
}

/** `load 1.20 0.90 0.70`, for benchmark lines: timings mean little without it. */
export function loadLine(): string {
  return `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

/** The first folder node with this label, searched depth-first. */
export function findFolder(nodes: readonly DraftTreeNode[], label: string): FolderNode | undefined {
  for (const node of nodes) {
    if (node.kind !== 'folder') continue;
    if (node.label === label) return node;
    const inner = findFolder(node.children, label);
    if (inner) return inner;
  }
  return undefined;
}
