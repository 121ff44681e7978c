import * as vscode from 'vscode';
import type { OffsetRange } from '../../service/detection/slicedPass';

/** What the editors show of a document, as offsets: the part a sliced detection does first. */
export function visibleOffsets(uri: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  for (const editor of vscode.window.visibleTextEditors) {
    const document = editor.document;
    if (document.uri.toString() !== uri) continue;
    for (const r of editor.visibleRanges) ranges.push({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) });
  }
  return ranges;
}
