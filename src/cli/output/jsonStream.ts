/**
 * JSON written piece by piece with the same bytes as JSON.stringify(value, null, 2) (or the
 * compact JSON.stringify(value)), so that a report of any size is never one string in memory.
 */

/** An array whose items are produced while it is written (a file's claims, a run's results). */
export class StreamedArray<T = unknown> {
  /**
   * `itemJson`, when given, writes one item exactly as plainJson(item, depth, pretty) would, only faster
   * (items of one known shape: a claim); otherwise plain items are stringified in batches.
   */
  constructor(
    readonly items: Iterable<T>,
    readonly itemJson?: (item: T, depth: number, pretty: boolean) => string,
  ) {}
}

/** An object some of whose values are StreamedArrays, or contain one; keys keep their order. */
export class StreamedObject {
  constructor(readonly entries: Record<string, unknown>) {}
}

const indents: string[] = [''];
/** The indentation JSON.stringify(…, null, 2) gives a line at nesting `depth`. */
export function indent(depth: number): string {
  while (indents.length <= depth) indents.push(indents[indents.length - 1] + '  ');
  return indents[depth];
}

/**
 * The text of `value` at nesting `depth`, in pieces. Plain values are stringified whole (they are
 * small); only StreamedArray and StreamedObject are taken apart. `pretty` false gives compact JSON.
 */
export function* jsonChunks(value: unknown, depth: number, pretty: boolean): Generator<string> {
  if (value instanceof StreamedArray) yield* arrayChunks(value, depth, pretty);
  else if (value instanceof StreamedObject) yield* objectChunks(value.entries, depth, pretty);
  else yield plainJson(value, depth, pretty);
}

/** JSON.stringify at a nesting depth: its line breaks are followed by the depth's indent (strings never hold raw ones). */
export function plainJson(value: unknown, depth: number, pretty: boolean): string {
  if (!pretty) return JSON.stringify(value);
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', `\n${indent(depth)}`);
}

/** Plain items are gathered into pieces of about this many characters: one generator step per claim cost more than its JSON. */
const PIECE_SIZE = 16 * 1024;
/** Plain items in a row are stringified this many at a time: one JSON.stringify call per claim cost more than the claim. */
const BATCH_ITEMS = 256;

/**
 * Plain items as JSON.stringify writes them inside an array at `depth` (each after its separator): the batch
 * is stringified as one array, whose items JSON.stringify already separates and indents one level in.
 */
function batchJson(batch: unknown[], depth: number, pretty: boolean, leading: string): string {
  const text = plainJson(batch, depth, pretty);
  // "[" + the first item's separator … "]" (with the closing line break when pretty): keep what is between.
  const inner = pretty ? text.slice(2 + indent(depth + 1).length, text.length - 2 - indent(depth).length) : text.slice(1, -1);
  return leading + inner;
}

function* arrayChunks({ items, itemJson }: StreamedArray, depth: number, pretty: boolean): Generator<string> {
  const separator = pretty ? `,\n${indent(depth + 1)}` : ',';
  const opening = pretty ? `[\n${indent(depth + 1)}` : '[';
  let first = true;
  let piece = '';
  let batch: unknown[] = [];
  let batchLeading = '';
  const flush = () => {
    if (batch.length > 0) piece += batchJson(batch, depth, pretty, batchLeading);
    batch = [];
  };
  for (const item of items) {
    const leading = first ? opening : separator;
    first = false;
    if (itemJson) {
      piece += leading + itemJson(item, depth + 1, pretty);
      if (piece.length >= PIECE_SIZE) {
        yield piece;
        piece = '';
      }
      continue;
    }
    if (item instanceof StreamedArray || item instanceof StreamedObject) {
      flush();
      yield piece + leading;
      piece = '';
      yield* jsonChunks(item, depth + 1, pretty);
      continue;
    }
    if (batch.length === 0) batchLeading = leading;
    batch.push(item);
    if (batch.length >= BATCH_ITEMS) {
      flush();
      if (piece.length >= PIECE_SIZE) {
        yield piece;
        piece = '';
      }
    }
  }
  flush();
  yield piece + (first ? '[]' : pretty ? `\n${indent(depth)}]` : ']');
}

function* objectChunks(entries: Record<string, unknown>, depth: number, pretty: boolean): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) continue; // as JSON.stringify: the key is left out
    const name = JSON.stringify(key);
    yield first ? (pretty ? `{\n${indent(depth + 1)}${name}: ` : `{${name}:`) : pretty ? `,\n${indent(depth + 1)}${name}: ` : `,${name}:`;
    first = false;
    yield* jsonChunks(value, depth + 1, pretty);
  }
  yield first ? '{}' : pretty ? `\n${indent(depth)}}` : '}';
}

/**
 * A pretty-printed JSON document with one array (the hole) whose items arrive one at a time,
 * possibly asynchronously: `open` is the text before the first item, `item(i)` what precedes
 * item i, `close(n)` the text after n items. The items themselves are written with jsonChunks at `itemDepth`.
 */
export interface JsonFrame {
  readonly itemDepth: number;
  open: string;
  before(index: number): string;
  close(count: number): string;
}

/** The placeholder the frame's hole is found by; an array holding just it marks the hole in the skeleton. */
export const HOLE = Symbol('hole');
const HOLE_VALUE = '\u0000draft-factcheck hole\u0000';
/** As JSON.stringify writes it (a NUL is escaped), so no real value of a skeleton can look like it. */
const HOLE_TEXT = JSON.stringify(HOLE_VALUE);

/** Cuts the skeleton around the one array that is `[HOLE]` (a pretty-printed document only). */
export function jsonFrame(skeleton: unknown): JsonFrame {
  const text = JSON.stringify(skeleton, (_key, value: unknown) => (value === HOLE ? HOLE_VALUE : value), 2);
  const at = text.indexOf(HOLE_TEXT);
  if (at < 0) throw new Error('jsonFrame: the skeleton has no [HOLE] array');
  const bracket = text.lastIndexOf('[', at);
  const itemIndent = text.slice(bracket + 2, at); // after "[\n"
  const itemDepth = itemIndent.length / 2;
  const afterHole = text.slice(at + HOLE_TEXT.length); // "\n<indent>]..."
  const closing = afterHole.indexOf(']');
  const rest = afterHole.slice(closing + 1);
  return {
    itemDepth,
    open: text.slice(0, bracket + 1),
    before: (index) => (index === 0 ? `\n${itemIndent}` : `,\n${itemIndent}`),
    close: (count) => (count === 0 ? `]${rest}` : `${afterHole.slice(0, closing + 1)}${rest}`),
  };
}
