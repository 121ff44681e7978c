import * as vscode from 'vscode';
import type { PageFetcher } from '../../core/sources/fetchPort';
import { runSourceChecks } from '../../core/sources/runChecks';
import type { SourceCheckRunner } from '../platform';
import { NodePageFetcher } from './nodePageFetcher';
import { readConfig } from '../config';

/** The desktop fetcher for source checks, honouring VS Code's http.proxy and http.proxyStrictSSL. */
export function desktopPageFetcher(timeoutMs?: number): PageFetcher {
  const http = vscode.workspace.getConfiguration('http');
  const proxy = http.get<string>('proxy')?.trim();
  return new NodePageFetcher({
    proxy: proxy || undefined,
    strictSsl: http.get<boolean>('proxyStrictSSL', true),
    timeoutMs,
    // Machine-scoped: a workspace's own settings, which come with its sidecars, cannot allow it.
    allowPrivateAddresses: readConfig().allowPrivateAddresses,
  });
}

/** Check Sources on the desktop: the Node fetcher (with VS Code's proxy settings) and the full page evaluation. */
export function desktopSourceChecks(timeoutMs?: number): SourceCheckRunner {
  const fetcher = desktopPageFetcher(timeoutMs);
  return (jobs, options) => runSourceChecks(jobs, { ...options, fetcher });
}
