import * as vscode from 'vscode';
import type { OffsetRange, SliceClock } from './slicedPass';

/** What the editors show of a document, as offsets: the part a sliced detection does first. */
export function visibleOffsets(document: vscode.TextDocument): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document !== document) continue;
    for (const r of editor.visibleRanges) ranges.push({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) });
  }
  return ranges;
}

/** The host's clock; setTimeout exists in both extension hosts (Node and web worker), setImmediate only in Node. */
export const hostSliceClock: SliceClock = {
  now: () => performance.now(),
  later: (task) => {
    const handle = setTimeout(task, 0);
    return () => clearTimeout(handle);
  },
};
