import * as vscode from 'vscode';

export const DEFAULT_DRAFTS_INCLUDE = '**/*.{md,markdown,txt}';
export const DEFAULT_DRAFTS_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.factcheck/**', '**/out/**', '**/dist/**', '**/build/**'];

/** Which files the Drafts overview lists (factCheck.drafts.*). */
export interface DraftsSettings {
  include: string;
  exclude: string[];
}

export function readDraftsSettings(): DraftsSettings {
  const c = vscode.workspace.getConfiguration('factCheck.drafts');
  const include = c.get<unknown>('include');
  const exclude = c.get<unknown>('exclude');
  return {
    include: typeof include === 'string' && include.trim() !== '' ? include.trim() : DEFAULT_DRAFTS_INCLUDE,
    exclude: Array.isArray(exclude) ? exclude.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : DEFAULT_DRAFTS_EXCLUDE,
  };
}

/** One glob for findFiles' exclude argument: `{a,b}` (a single pattern stays as it is). */
export function excludeGlob(exclude: readonly string[]): string | undefined {
  if (exclude.length === 0) return undefined;
  return exclude.length === 1 ? exclude[0] : `{${exclude.join(',')}}`;
}
