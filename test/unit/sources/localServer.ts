import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route of the local test server: status, headers and body, or 'hang' for a server that never answers. */
export type Route = { status: number; headers?: Record<string, string>; body?: string | Buffer } | 'hang';

export interface LocalServer {
  /** http://127.0.0.x:port */
  origin: string;
  /** Requests seen, with their headers, in order. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** An HTTP server on a 127.0.0.x loopback address only, serving fixed routes; hanging requests are ended on close. */
export async function startServer(routes: Record<string, Route>, host = '127.0.0.1'): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    requests.push({ path: request.url ?? '', headers: request.headers });
    const route = routes[request.url ?? ''];
    if (route === 'hang') {
      hanging.add(response);
      return;
    }
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(route.status, route.headers ?? {});
    response.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
