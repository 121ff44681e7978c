import { DRAFT_STATES, type DraftState } from '../../core/publish/types';
import type { StatusCounts } from '../../core/review/types';

/** The publishing state of a draft (core/publish), most urgent first. */
export type PublishState = DraftState;

/** Order in the overview: drafts that need attention first; drafts still being counted just before the ready ones. */
function rankOf(state: PublishState | undefined): number {
  if (state === undefined) return DRAFT_STATES.indexOf('ready') - 0.5;
  return DRAFT_STATES.indexOf(state);
}

/** A draft as the overview knows it; counts and state are absent until it has been counted. */
export interface DraftRow {
  /** The draft's URI string. */
  id: string;
  /** The workspace folder's URI string. */
  folderId: string;
  folderName: string;
  /** Path below the workspace folder, `/`-separated. */
  relativePath: string;
  counts?: StatusCounts;
  state?: PublishState;
  /** Why the draft or its sidecar could not be read (state unreadable). */
  problem?: string;
}

export interface DraftNode {
  kind: 'draft';
  id: string;
  label: string;
  row: DraftRow;
  rank: number;
}

export interface FolderNode {
  kind: 'folder';
  /** `<folder URI>` for a workspace folder, `<folder URI>/<path>` for a subfolder. */
  id: string;
  label: string;
  /** Workspace folder URI string and path below it ('' for the workspace folder itself). */
  folderId: string;
  path: string;
  children: DraftTreeNode[];
  /** The most urgent rank below it. */
  rank: number;
  drafts: number;
  /** Drafts below it that are unreadable, blocked, changed since sign-off or need work. */
  needAttention: number;
}

export type DraftTreeNode = DraftNode | FolderNode;

export function attentionRank(row: DraftRow): number {
  return rankOf(row.state);
}

/** Unreadable, changed since sign-off, blocked or needing work. */
export function needsAttention(row: DraftRow): boolean {
  return row.state !== undefined && rankOf(row.state) < rankOf('ready');
}

/**
 * The overview's tree: one node per workspace folder when there are several (else its contents at the
 * top), subfolders nested by path, and in every folder the most urgent entries first (ties: folders
 * before drafts, then by name).
 */
export function buildDraftTree(rows: readonly DraftRow[], folders: readonly { id: string; name: string }[]): DraftTreeNode[] {
  const roots = folders.map((f) => newFolder(f.id, f.name, f.id, ''));
  const byFolder = new Map(roots.map((r) => [r.folderId, r]));
  const subfolders = new Map<string, FolderNode>();
  for (const row of rows) {
    let parent = byFolder.get(row.folderId);
    if (!parent) {
      parent = newFolder(row.folderId, row.folderName, row.folderId, '');
      byFolder.set(row.folderId, parent);
      roots.push(parent);
    }
    const segments = row.relativePath.split('/');
    const name = segments.pop() ?? row.relativePath;
    let path = '';
    for (const segment of segments) {
      path = path === '' ? segment : `${path}/${segment}`;
      const id = `${row.folderId}/${path}`;
      let folder = subfolders.get(id);
      if (!folder) {
        folder = newFolder(id, segment, row.folderId, path);
        subfolders.set(id, folder);
        parent.children.push(folder);
      }
      parent = folder;
    }
    parent.children.push({ kind: 'draft', id: row.id, label: name, row, rank: attentionRank(row) });
  }
  for (const root of roots) settle(root);
  if (roots.length === 1) return roots[0].children;
  return roots.filter((r) => r.children.length > 0).sort(byAttention);
}

function newFolder(id: string, label: string, folderId: string, path: string): FolderNode {
  return { kind: 'folder', id, label, folderId, path, children: [], rank: DRAFT_STATES.length, drafts: 0, needAttention: 0 };
}

/** Fills in ranks and totals bottom-up and sorts every folder's children. */
function settle(folder: FolderNode): void {
  for (const child of folder.children) {
    if (child.kind === 'folder') {
      settle(child);
      folder.drafts += child.drafts;
      folder.needAttention += child.needAttention;
    } else {
      folder.drafts++;
      if (needsAttention(child.row)) folder.needAttention++;
    }
    folder.rank = Math.min(folder.rank, child.rank);
  }
  folder.children.sort(byAttention);
}

function byAttention(a: DraftTreeNode, b: DraftTreeNode): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** Every draft row below a node (for folder commands such as Export Report). */
export function draftsBelow(node: DraftTreeNode): DraftRow[] {
  if (node.kind === 'draft') return [node.row];
  return node.children.flatMap(draftsBelow);
}
