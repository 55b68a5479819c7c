/**
 * The baseline for `npm run bench:load`: a bare Colyseus room on the same transport settings, which
 * broadcasts whatever a client asks it to, stamped with the time it sent it. No engine, no storage,
 * no validation: the difference between it and the crisis room is what our room costs.
 */
import { Room, Server, type Client } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

class BareRoom extends Room {
  override maxClients = 64;
  override onCreate(): void {
    this.onMessage('fire', (_client: Client, payload: unknown) => {
      this.broadcast('cmd', { ...(payload as object), wall: performance.timeOrigin + performance.now() });
    });
  }
}

const http = createServer();
const server = new Server({ transport: new WebSocketTransport({ server: http, maxPayload: 96 * 1024 }), greet: false, gracefullyShutdown: false });
server.define('bare', BareRoom).filterBy(['group']);
await server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1');
console.log(`Bare room is running at http://localhost:${(http.address() as AddressInfo).port}/`);
