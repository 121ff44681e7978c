/**
 * Polls until check returns a truthy value and resolves with it; rejects naming `what` (and the
 * last error check threw) once timeoutMs has passed. For state that settles asynchronously:
 * debounced scans, sidecar writes, a webview or a hover filling in. Shared by the integration
 * suites (no vscode import here) and the UI driver.
 */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 5000, intervalMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
