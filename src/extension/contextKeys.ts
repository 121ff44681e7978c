import * as vscode from 'vscode';
import { afterActivation } from './afterActivation';
import { ContextKey } from './commandIds';
import type { ReviewService } from './reviewService';
import { ReviewSettler } from './reviewSettler';
import { DisposableBase } from '../service/disposable';
import type { FactCheckConfiguration } from './configuration';

const TYPING_DEBOUNCE_MS = 150;

/**
 * Keeps `factCheck.isDraft` and `factCheck.claimAtCursor` true to the active editor, for menus and
 * keybindings. Cheap on every cursor move: one itemAt lookup, and setContext only when a value changes.
 */
export class ClaimContextKeys extends DisposableBase {
  private readonly values = new Map<ContextKey, boolean>();
  private readonly settler: ReviewSettler;
  /** The document and version last looked at. */
  private lastSeen: { document: vscode.TextDocument; version: number } | undefined;

  constructor(
    private readonly review: ReviewService,
    settings: FactCheckConfiguration,
  ) {
    super();
    this.settler = new ReviewSettler(review, { typingMs: TYPING_DEBOUNCE_MS, changeMs: 0 }, (document) => {
      if (document === vscode.window.activeTextEditor?.document) this.update();
    });
    this._register(
      this.settler,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor !== vscode.window.activeTextEditor) return;
        // A cursor moved by typing waits for the pause (the settler calls back then): no new review per keystroke.
        const typing = this.lastSeen?.document === e.textEditor.document && this.lastSeen.version !== e.textEditor.document.version;
        if (!typing) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      settings.onDidChange(() => this.update()),
    );
    this._register(afterActivation(() => this.update()));
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    this.lastSeen = editor && { document: editor.document, version: editor.document.version };
    const isDraft = editor !== undefined && this.review.isDraft(editor.document);
    if (isDraft) this.settler.markSettled(editor.document);
    const claimAtCursor = isDraft && this.review.itemAt(editor.document, editor.document.offsetAt(editor.selection.active)) !== undefined;
    this.set(ContextKey.IsDraft, isDraft);
    this.set(ContextKey.ClaimAtCursor, claimAtCursor);
  }

  private set(key: ContextKey, value: boolean): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }
}
