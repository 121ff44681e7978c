import * as vscode from 'vscode';
import { DisposableBase } from '../service/disposable';
import { readConfig, type FactCheckConfig } from './config';

/**
 * The factCheck.* settings, read once per change: features read `current` and subscribe to
 * `onDidChange` (fired after `current` is up to date, only when a factCheck setting changed)
 * instead of each listening to vscode.workspace.onDidChangeConfiguration.
 */
export class FactCheckConfiguration extends DisposableBase {
  private config: FactCheckConfig = readConfig();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.ConfigurationChangeEvent>());
  /** Ask the event which setting changed: `e.affectsConfiguration('factCheck.kinds')`. */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('factCheck')) return;
        this.config = readConfig();
        this.changeEmitter.fire(e);
      }),
    );
  }

  get current(): FactCheckConfig {
    return this.config;
  }
}
