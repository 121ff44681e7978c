/** Fills `{0}`, `{1}`, … in a message template (the vscode.l10n style), leaving a placeholder without a value as it is. */
export function fillPlaceholders(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}
