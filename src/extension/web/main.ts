// Entry of the browser build (package.json "browser", web worker extension host): the shared wiring,
// with no Node built-ins (esbuild.mjs fails the build if one is imported).
import type * as vscode from 'vscode';
import type { FactCheckApi, FactCheckTestApi } from '../api';
import { activateFactCheck } from '../extension';
import { webUserNames } from './userNames';

export { deactivate } from '../extension';

export function activate(context: vscode.ExtensionContext): FactCheckApi | FactCheckTestApi {
  return activateFactCheck(context, { kind: 'web', userNames: webUserNames() });
}
