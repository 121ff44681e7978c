import * as vscode from 'vscode';
import type { OffsetRange } from '../../service/detection/slicedPass';

/** Lines assumed visible in an editor that has not been laid out yet (it opens at its top). */
const FRESH_EDITOR_LINES = 120;

/** What the editors show of a document, as offsets: the part a sliced detection does first. */
export function visibleOffsets(uri: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  for (const editor of vscode.window.visibleTextEditors) {
    const document = editor.document;
    if (document.uri.toString() !== uri) continue;
    for (const r of editor.visibleRanges) ranges.push({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) });
    // Just opened, before its first layout: its top is what appears first.
    if (editor.visibleRanges.length === 0) {
      ranges.push({ start: 0, end: document.offsetAt(document.lineAt(Math.min(document.lineCount, FRESH_EDITOR_LINES) - 1).range.end) });
    }
  }
  return ranges;
}
