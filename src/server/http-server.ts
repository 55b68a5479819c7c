/**
 * The HTTP server: the built game's static files, with room in front of them for the session
 * server's routes (team drills join on the same port).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chain, staticFiles, type Handler } from './static-files.ts';

export interface ServerOptions {
  readonly root?: string;
  readonly port?: number;
  readonly host?: string;
  /** Handlers tried before the static files (e.g. the session server's routes). */
  readonly handlers?: readonly Handler[];
}

export async function startServer(options: ServerOptions = {}): Promise<{ server: Server; url: string }> {
  const server = createServer(chain(...(options.handlers ?? []), staticFiles(options.root ?? 'dist')));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/` };
}

