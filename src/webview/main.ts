import { isHostMessage } from '../shared/protocol';
import { DeskApp, type DeskHost } from './app';

declare function acquireVsCodeApi(): DeskHost;

const host = acquireVsCodeApi();
const app = new DeskApp(document.getElementById('desk') ?? document.body, host);
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  // Only the host's own messages: anything else posted into the frame is ignored.
  if (isHostMessage(event.data)) app.receive(event.data);
});
host.postMessage({ type: 'ready' });
