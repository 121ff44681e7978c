/** The last segment of a URI's path (or of a plain '/' path): the file or folder name, as shown to people. */
export function fileNameOf(uri: { readonly path: string } | string): string {
  const path = typeof uri === 'string' ? uri : uri.path;
  return path.slice(path.lastIndexOf('/') + 1);
}
