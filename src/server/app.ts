/**
 * The whole server on one port: the built game's static files, the session API and the Colyseus
 * WebSocket endpoint. Alone it needs nothing but a SQLite file; given a Redis URL and a PostgreSQL
 * storage URL, several processes share matchmaking, seat reservations and sessions.
 */
import { Server, matchMaker, type Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sessionApi, type RateLimiter } from './http-api.ts';
import { CrisisRoom, ROOM_NAME, setRoomContext, type RoomContext } from './room.ts';
import { chain, staticFiles } from './static-files.ts';
import { openStorage, type Storage } from './storage/index.ts';

/** Largest WebSocket message a client may send: a 20,000-character statement in UTF-8 with room to spare. */
export const MAX_MESSAGE_BYTES = 96 * 1024;

export interface SessionServerOptions {
  readonly port?: number;
  readonly host?: string;
  /** SQLite path or PostgreSQL URL. */
  readonly db?: string;
  /** Shared matchmaking for several processes. */
  readonly redis?: string;
  /**
   * host:port (or host/path) at which clients reach this very process. With several processes, a
   * client that asked one process for a seat connects to the process that holds the room there.
   */
  readonly publicAddress?: string;
  /** The built game (dist/). */
  readonly root?: string;
  readonly scenarioDir?: string;
  readonly log?: RoomContext['log'];
  readonly rate?: RoomContext['rate'];
  readonly tickMs?: number;
  readonly joinLimit?: RateLimiter;
  readonly createLimit?: RateLimiter;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly storage: Storage;
  readonly http: HttpServer;
  stop(): Promise<void>;
}

export async function startSessionServer(options: SessionServerOptions = {}): Promise<RunningServer> {
  const storage = await openStorage(options.db);
  setRoomContext({
    storage,
    log: options.log ?? ((entry) => console.warn(JSON.stringify(entry))),
    ...(options.rate ? { rate: options.rate } : {}),
    ...(options.tickMs !== undefined ? { tickMs: options.tickMs } : {}),
  });
  const http = createServer();
  const transport = new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES });
  const handler = chain(
    sessionApi({
      storage,
      scenarioDir: options.scenarioDir ?? 'scenarios',
      ...(options.joinLimit ? { joinLimit: options.joinLimit } : {}),
      ...(options.createLimit ? { createLimit: options.createLimit } : {}),
    }),
    staticFiles(options.root ?? 'dist'),
  );
  const redis = options.redis;
  const presence: Presence | undefined = redis ? new RedisPresence(redis) : undefined;
  const server = new Server({
    transport,
    greet: false,
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    gracefullyShutdown: false,
    ...(presence ? { presence } : {}),
    ...(redis ? { driver: new RedisDriver(redis) } : {}),
    // A session's room is created by the process that was asked for it (the load balancer spreads
    // those), never handed to another process: loading a session can take longer than Colyseus'
    // two-second wait for a remote creation, and a late second room would then race the first.
    selectProcessIdToCreateRoom: () => Promise.resolve(matchMaker.processId),
    // Colyseus answers its own routes (matchmaking) and hands every other request to this app.
    express: (app: { use(handler: (req: IncomingMessage, res: ServerResponse) => void): unknown }) => {
      app.use((req, res) => handler(req, res));
    },
  });
  server.define(ROOM_NAME, CrisisRoom).filterBy(['sessionId']);
  const host = options.host ?? '127.0.0.1';
  await server.listen(options.port ?? 0, host);
  const { port } = http.address() as AddressInfo;
  let stopped = false;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`,
    port,
    storage,
    http,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Rooms are disposed (each drains its queue and writes a snapshot) before storage closes.
      await server.gracefullyShutdown(false);
      await storage.close();
    },
  };
}

export { matchMaker };
