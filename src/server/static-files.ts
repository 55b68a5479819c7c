/**
 * Serves the built game (dist/) over HTTP. A request handler rather than a server, so the session
 * server can mount it on the same port beside its own routes.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.webm': 'audio/webm',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

export type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function staticFiles(root: string): Handler {
  const base = resolve(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    // A path that climbs out of dist/ (../../etc/passwd) is never served.
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let size: number;
    try {
      const info = statSync(file);
      if (!info.isFile()) throw new Error('not a file');
      size = info.size;
    } catch {
      next();
      return;
    }
    // Hashed chunks never change; everything else is revalidated.
    const immutable = /[.-][\w-]{8}\.(js|css)$/.test(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/** Runs handlers in order; the last one answers 404. */
export function chain(...handlers: Handler[]): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let i = 0;
    const next = (): void => {
      const handler = handlers[i++];
      if (handler) handler(req, res, next);
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    };
    next();
  };
}
