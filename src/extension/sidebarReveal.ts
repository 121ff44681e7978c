import * as vscode from 'vscode';

/** A request to select a claim in the Fact-Check desk (from a hover link, a command or a test). */
export interface SidebarRevealRequest {
  /** The draft's URI string. */
  uri: string;
  /** ReviewItem.id of the claim to select. */
  itemId: string;
  /** Open the claim's detail too. */
  openDetail: boolean;
}

/**
 * The hook between `factCheck.showSidebar` (commands.ts) and the desk view: the command focuses
 * the view and then fires here; the desk subscribes and posts a `select` message. The last request
 * is kept so a view resolved by that very focus can still pick it up.
 */
export class SidebarRevealChannel implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SidebarRevealRequest>();
  private last: SidebarRevealRequest | undefined;
  readonly onDidRequestReveal = this.emitter.event;

  request(request: SidebarRevealRequest): void {
    this.last = request;
    this.emitter.fire(request);
  }

  /** The most recent request not yet taken; clears it. */
  takePending(): SidebarRevealRequest | undefined {
    const pending = this.last;
    this.last = undefined;
    return pending;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
