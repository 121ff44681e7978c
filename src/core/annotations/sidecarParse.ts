import { FieldError, object } from './fieldCheck';
import { findJsonError } from './jsonError';
import { findJsonLimitError } from './jsonLimits';
import { migrate, versionOf } from './migrations';
import { SIDECAR_VERSION, type SidecarFile } from './types';
import { validateSidecarV1 } from './validate';
import { errorText } from '../util/errorText';

export type ParseSidecarResult = { ok: true; file: SidecarFile; migratedFrom?: number } | { ok: false; error: string };

/** True when the file was read from an older format: back it up (.bak) before writing the current format over it. */
export function needsMigration(result: ParseSidecarResult): boolean {
  return result.ok && result.migratedFrom !== undefined;
}

/** 'line 3, column 7' for a 0-based offset. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** A JSON syntax error as 'line L, column C: what is wrong', found by our own checker (engines word and place errors differently). */
export function describeSyntaxError(text: string, error: unknown): string {
  const found = findJsonError(text);
  if (found) return `${lineAndColumn(text, found.offset)}: ${found.problem}`;
  return `not valid JSON (${errorText(error)})`;
}

/**
 * Reads a sidecar. Never throws: bad input gives { ok: false, error } with a message
 * that says where ('line 12, column 5: …', 'annotations[3].status: must be one of …').
 * Older formats are migrated (migratedFrom says from which); files from a newer version
 * are refused rather than read partially, so no data is ever dropped on rewrite.
 */
export function parseSidecar(text: string, expectedDraftName?: string): ParseSidecarResult {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (content.trim() === '') return { ok: false, error: 'empty file' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return { ok: false, error: describeSyntaxError(content, error) };
  }
  // Whatever is read must be writable back unchanged, by the same code that reads it.
  const limit = findJsonLimitError(content);
  if (limit) return { ok: false, error: `${lineAndColumn(content, limit.offset)}: ${limit.problem}` };
  try {
    let root = object(parsed, 'the file');
    const version = versionOf(root);
    if (version > SIDECAR_VERSION) {
      return {
        ok: false,
        error: `This file was written by a newer version of Draft Fact-Check (version ${version}); this one reads up to version ${SIDECAR_VERSION}. Update the extension to open it — it was left untouched.`,
      };
    }
    if (version < SIDECAR_VERSION) root = migrate(root, version, expectedDraftName);
    const file = validateSidecarV1(root);
    if (expectedDraftName !== undefined && file.draft !== expectedDraftName) {
      return {
        ok: false,
        error: `draft: this file holds annotations for "${file.draft}", not "${expectedDraftName}" (rename the file or correct its "draft" field)`,
      };
    }
    return version < SIDECAR_VERSION ? { ok: true, file, migratedFrom: version } : { ok: true, file };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message };
    throw error;
  }
}
