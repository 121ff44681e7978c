import * as vscode from 'vscode';
import type { PageFetcher } from '../../core/sources';
import { NodePageFetcher } from './nodePageFetcher';

/**
 * The fetcher for this extension host, honouring VS Code's http.proxy and
 * http.proxyStrictSSL. undefined where there is no Node (VS Code for the Web): a browser
 * may not read other sites' pages (CORS), so the check says it needs the desktop app.
 */
export function pageFetcherForHost(timeoutMs?: number): PageFetcher | undefined {
  if (typeof process === 'undefined' || !process.versions?.node) return undefined;
  const http = vscode.workspace.getConfiguration('http');
  const proxy = http.get<string>('proxy')?.trim();
  return new NodePageFetcher({ proxy: proxy || undefined, strictSsl: http.get<boolean>('proxyStrictSSL', true), timeoutMs });
}
