import * as vscode from 'vscode';
import { ContextKey } from './commandIds';
import type { ReviewService } from './reviewService';

const TYPING_DEBOUNCE_MS = 150;

/**
 * Keeps `factCheck.isDraft` and `factCheck.claimAtCursor` true to the active editor, for menus and
 * keybindings. Cheap on every cursor move: one itemAt lookup, and setContext only when a value changes.
 */
export class ClaimContextKeys implements vscode.Disposable {
  private readonly values = new Map<ContextKey, boolean>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The document version last looked at: a new version means typing, which waits for a pause (the claims are recomputed then). */
  private lastSeen: { uri: string; version: number } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly review: ReviewService) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor !== vscode.window.activeTextEditor) return;
        const { uri, version } = e.textEditor.document;
        if (this.lastSeen && this.lastSeen.uri === uri.toString() && this.lastSeen.version !== version) this.scheduleUpdate();
        else this.update();
      }),
      review.onDidChangeReview(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('factCheck')) this.update();
      }),
    );
    this.update();
  }

  private scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, TYPING_DEBOUNCE_MS);
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    this.lastSeen = editor && { uri: editor.document.uri.toString(), version: editor.document.version };
    const isDraft = editor !== undefined && this.review.isDraft(editor.document);
    const claimAtCursor = isDraft && this.review.itemAt(editor.document, editor.document.offsetAt(editor.selection.active)) !== undefined;
    this.set(ContextKey.IsDraft, isDraft);
    this.set(ContextKey.ClaimAtCursor, claimAtCursor);
  }

  private set(key: ContextKey, value: boolean): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
