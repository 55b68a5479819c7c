/**
 * `crisis serve [--port 8080] [--db path] [--host H] [--redis URL] [--public-address A]`: the
 * session server and the built game, as `npm start` runs them. The only long-running command, so
 * main.ts starts it; here its arguments are checked like every other command's.
 */
import { parseArgs, UsageError } from '../args.ts';

export const SERVE_HELP = 'serve [--port 8080] [--db path|postgres://…] [--host H] [--redis URL] [--public-address host:port]   run the session server and the game';

export interface ServeOptions {
  readonly port: number;
  readonly host?: string;
  readonly db?: string;
  readonly redis?: string;
  readonly publicAddress?: string;
}

export function serveOptions(argv: readonly string[]): ServeOptions {
  const args = parseArgs(argv, { flags: { port: 'number', db: 'string', host: 'string', redis: 'string', 'public-address': 'string' }, minPositionals: 0, maxPositionals: 0 }, 'serve');
  const port = args.numbers.get('port') ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port needs a port number (0–65535), not ${port}`);
  const host = args.strings.get('host');
  const db = args.strings.get('db');
  const redis = args.strings.get('redis');
  const publicAddress = args.strings.get('public-address');
  return { port, ...(host ? { host } : {}), ...(db ? { db } : {}), ...(redis ? { redis } : {}), ...(publicAddress ? { publicAddress } : {}) };
}
