import { Utf8Gatherer } from '../output/utf8Gatherer';
import type { FileReport } from '../report';

/** What one file adds to the report's totals, counted while its part is rendered. */
export interface FileTally {
  /** Items of the report this file gave (a json file entry, a SARIF result, a text block). */
  items: number;
  /** Claims per kind, for formats whose end summarises them (text); others leave it empty. */
  kinds: Record<string, number>;
}

/** A file's part of the report, rendered away from its place (a worker can make it); its tally is complete once the pieces are read. */
export interface RenderedFile {
  pieces: Iterable<string>;
  tally: FileTally;
}

/**
 * A file's part as a worker sends it: UTF-8 bytes (transferred, not copied, and written to stdout without
 * encoding them here), with the leading separator of its first item taken off, since only the writer
 * knows whether that item is the report's first.
 */
export interface EncodedFile {
  /** The part after its first separator; empty when the file gave no items. */
  body: Uint8Array;
  tally: FileTally;
}

/** A file's part in an EncodedBatch: its bytes are batch[start, end). */
export interface PackedFile {
  start: number;
  end: number;
  tally: FileTally;
}

/** The EncodedFile of a PackedFile, a view of the batch's bytes (no copy). */
export function unpackFile(batch: ArrayBuffer, { start, end, tally }: PackedFile): EncodedFile {
  return { body: new Uint8Array(batch, start, end - start), tally };
}

/**
 * The parts of consecutive files encoded into one buffer (in a worker): the main thread gets one
 * transferred buffer a batch instead of one a file, so fewer small buffers wait for its collector
 * (it allocates little, and collects rarely) and no buffer is made per file on either side.
 */
export class EncodedBatch {
  /** Reused from batch to batch; grows to the biggest batch. */
  private readonly gathered = new Utf8Gatherer(256 * 1024);

  constructor(private readonly format: ScanFormat) {}

  /** Adds a file's part, after its first separator (only the writer knows whether its first item is the report's first). */
  add({ pieces, tally }: RenderedFile): PackedFile {
    const { separator } = this.format;
    const start = this.gathered.length;
    let first = true;
    for (const piece of pieces) {
      if (!first || piece === '') this.gathered.append(piece);
      else {
        if (!piece.startsWith(separator)) throw new Error('a rendered file does not start with its separator');
        this.gathered.append(piece.slice(separator.length));
        first = false;
      }
    }
    this.gathered.endText();
    return { start, end: this.gathered.length, tally };
  }

  /** The batch's bytes in a buffer of their own (to transfer), and an empty batch. */
  take(): ArrayBuffer {
    return this.gathered.take().buffer as ArrayBuffer;
  }
}

/** The report's totals when it ends. */
export interface ReportTotals {
  files: number;
  items: number;
  /** Files with at least one claim counted in their tally's kinds. */
  filesWithKinds: number;
  kinds: Map<string, number>;
}

/**
 * A report format, split so that a file's part depends on nothing but the file: every item is rendered
 * after `separator`, as though items came before it, and the writer puts the report's very first item
 * after `opening` instead. Files can then be rendered in worker threads and placed here in order.
 */
export interface ScanFormat {
  readonly separator: string;
  readonly opening: string;
  start(): Iterable<string>;
  /** The file's items in pieces; each item's first piece starts with `separator`. Counts into `tally` as it is read. */
  render(file: FileReport, fileIndex: number, tally: FileTally): Iterable<string>;
  end(totals: ReportTotals): Iterable<string>;
}

export function emptyTally(): FileTally {
  return { items: 0, kinds: {} };
}

/** Renders a file in this thread; the pieces are produced while they are written. */
export function renderFile(format: ScanFormat, file: FileReport, fileIndex: number): RenderedFile {
  const tally = emptyTally();
  return { pieces: format.render(file, fileIndex, tally), tally };
}

/**
 * A scan report written as the files are scanned: start, then each rendered file in order, then end.
 * Each step gives the text in pieces, so neither a whole report nor one huge file's part of it is one string.
 */
export class ScanWriter {
  private readonly totals: ReportTotals = { files: 0, items: 0, filesWithKinds: 0, kinds: new Map() };
  private placedFirst = false;

  constructor(private readonly format: ScanFormat) {}

  start(): Iterable<string> {
    return this.format.start();
  }

  *file({ pieces, tally }: RenderedFile): Generator<string> {
    const { separator } = this.format;
    for (const piece of pieces) {
      if (this.placedFirst || piece === '') yield piece;
      else {
        if (!piece.startsWith(separator)) throw new Error('a rendered file does not start with its separator');
        yield this.nextSeparator() + piece.slice(separator.length);
      }
    }
    this.count(tally);
  }

  /** A part a worker encoded. */
  *encodedFile({ body, tally }: EncodedFile): Generator<string | Uint8Array> {
    if (body.length > 0) {
      yield this.nextSeparator();
      yield body;
    }
    this.count(tally);
  }

  /** What goes before the next item: the report's first item has the format's opening instead of its separator. */
  private nextSeparator(): string {
    if (this.placedFirst) return this.format.separator;
    this.placedFirst = true;
    return this.format.opening;
  }

  private count(tally: FileTally): void {
    this.totals.files++;
    this.totals.items += tally.items;
    let withKinds = false;
    for (const [kind, n] of Object.entries(tally.kinds)) {
      this.totals.kinds.set(kind, (this.totals.kinds.get(kind) ?? 0) + n);
      withKinds ||= n > 0;
    }
    if (withKinds) this.totals.filesWithKinds++;
  }

  end(): Iterable<string> {
    return this.format.end(this.totals);
  }
}

/** The whole report as one string: for small reports and tests. */
export function writeAll(format: ScanFormat, files: readonly FileReport[]): string {
  const writer = new ScanWriter(format);
  const parts: string[] = [];
  // for…of, not push(...): a huge file gives more pieces than a call takes arguments.
  for (const part of writer.start()) parts.push(part);
  files.forEach((file, i) => {
    for (const part of writer.file(renderFile(format, file, i))) parts.push(part);
  });
  for (const part of writer.end()) parts.push(part);
  return parts.join('');
}
