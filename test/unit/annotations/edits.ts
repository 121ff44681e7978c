import type { ContentChange } from '../../../src/core/annotations';

/** Applies one event's changes (offsets into the text before the event, any order) the way VS Code does. */
export function applyEvent(text: string, changes: readonly ContentChange[]): string {
  const sorted = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  let out = text;
  for (const c of sorted) out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  return out;
}

export function insert(at: number, text: string): ContentChange {
  return { rangeOffset: at, rangeLength: 0, text };
}

export function remove(from: number, to: number): ContentChange {
  return { rangeOffset: from, rangeLength: to - from, text: '' };
}

export function replace(from: number, to: number, text: string): ContentChange {
  return { rangeOffset: from, rangeLength: to - from, text };
}
