import * as vscode from 'vscode';
import { errorText } from '../core/util/errorText';
import type { CommandId } from './commandIds';

/** Registers a command whose failures are shown as one error message (never a stack trace) and give undefined. */
export function registerReportingCommand(id: CommandId, handler: (arg?: unknown) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (arg?: unknown) => {
    try {
      return await handler(arg);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Fact-Check: {0}', errorText(error)));
      return undefined;
    }
  });
}
