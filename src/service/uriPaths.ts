import type { ResourceUri } from './ports';

/** The folder holding uri (vscode.Uri.joinPath(uri, '..')). */
export function parentOf<U extends ResourceUri>(uri: U): U {
  const path = uri.path.replace(/\/+$/, '');
  const cut = path.lastIndexOf('/');
  return uri.with({ path: cut <= 0 ? '/' : path.slice(0, cut) });
}

/** uri with path segments appended (vscode.Uri.joinPath for plain names). */
export function childOf<U extends ResourceUri>(uri: U, ...segments: string[]): U {
  return uri.with({ path: [uri.path.replace(/\/+$/, ''), ...segments].join('/') });
}

/** Another file in the same folder. */
export function siblingOf<U extends ResourceUri>(uri: U, name: string): U {
  return uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/') + 1) + name });
}

export function sameUri(a: ResourceUri | undefined, b: ResourceUri | undefined): boolean {
  return a !== undefined && b !== undefined && a.toString() === b.toString();
}
