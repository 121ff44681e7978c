import * as vscode from 'vscode';
import type { PageFetcher } from '../../core/sources';
import { NodePageFetcher } from './nodePageFetcher';

/** The desktop fetcher for source checks, honouring VS Code's http.proxy and http.proxyStrictSSL. */
export function desktopPageFetcher(timeoutMs?: number): PageFetcher {
  const http = vscode.workspace.getConfiguration('http');
  const proxy = http.get<string>('proxy')?.trim();
  return new NodePageFetcher({ proxy: proxy || undefined, strictSsl: http.get<boolean>('proxyStrictSSL', true), timeoutMs });
}
