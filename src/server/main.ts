/**
 * `npm start`: the game and the session server on one port. Configuration by environment:
 * PORT (default 4173), HOST (default 127.0.0.1; 0.0.0.0 to let other devices join),
 * CRISIS_DB (a SQLite path, default .crisis-data/sessions.db, or a postgres:// URL) and
 * CRISIS_REDIS (a redis:// URL, for several processes sharing sessions) and CRISIS_PUBLIC_ADDRESS
 * (host:port at which clients reach this process, when there are several).
 */
import { startSessionServer } from './app.ts';
import { RateLimiter } from './http-api.ts';

const requested = Number(process.env['PORT'] ?? 4173);
const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};
const db = env('CRISIS_DB');
const redis = env('CRISIS_REDIS');
const publicAddress = env('CRISIS_PUBLIC_ADDRESS');
/** Per address and minute; raise them for a load test from one address. */
const perMinute = (name: string, fallback: number): RateLimiter => new RateLimiter(Number(env(name) ?? fallback) || fallback, 60_000);

startSessionServer({
  port: Number.isInteger(requested) && requested >= 0 ? requested : 4173,
  host: env('HOST') ?? '127.0.0.1',
  ...(db ? { db } : {}),
  ...(redis ? { redis } : {}),
  ...(publicAddress ? { publicAddress } : {}),
  joinLimit: perMinute('CRISIS_JOINS_PER_MINUTE', 30),
  createLimit: perMinute('CRISIS_CREATES_PER_MINUTE', 20),
})
  .then((server) => {
    console.log(`Crisis Room is running at ${server.url}  (Ctrl+C to stop)`);
    const stop = (): void => {
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    console.error(`Could not start the server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
