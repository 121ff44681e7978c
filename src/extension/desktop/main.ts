// Entry of the desktop build (package.json "main", Node extension host): the shared wiring with Node's user names.
import type * as vscode from 'vscode';
import type { FactCheckApi, FactCheckTestApi } from '../api';
import { activateFactCheck } from '../extension';
import { localFiles } from './localFiles';
import { desktopSourceChecks } from './pageFetcher';
import { desktopUserNames } from './userNames';

export { deactivate } from '../extension';

export function activate(context: vscode.ExtensionContext): FactCheckApi | FactCheckTestApi {
  return activateFactCheck(context, {
    kind: 'desktop',
    userNames: desktopUserNames(),
    sourceChecks: desktopSourceChecks,
    localFiles,
  });
}
