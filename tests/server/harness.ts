/**
 * What the session-server tests share: a server of their own on a temporary database, a team of
 * real TeamClients (the facilitator and named seats) in one session, and waiting for something to
 * be true. Each test file starts its own server, so files run in parallel without sharing state.
 */
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import type { RunningServer } from '../../src/server/app.ts';
import { TeamClient } from '../../src/net/team-client.ts';
import { createSession, startTestServer, takeSeat, type Created } from './clients.ts';
import { tempDir } from './services.ts';

/** Polls until `check` holds; fails with `what` after `ms`. */
export async function until(check: () => boolean, ms = 10_000, what = 'the condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A server for this test file, started before its tests and stopped (database deleted) after. */
export function serverForFile(name: string, tickMs = 100): { readonly url: () => string; readonly server: () => RunningServer } {
  const dir = tempDir();
  let server: RunningServer | null = null;
  beforeAll(async () => {
    server = await startTestServer({ db: join(dir.dir, `${name}.db`), tickMs });
  });
  afterAll(async () => {
    await server?.stop();
    dir.remove();
  });
  const running = (): RunningServer => {
    if (!server) throw new Error('the server has not started');
    return server;
  };
  return { url: () => running().url, server: running };
}

export interface Team {
  readonly created: Created;
  readonly facilitator: TeamClient;
  /** Seat id → its client. */
  readonly seats: Readonly<Record<string, TeamClient>>;
  leave(): Promise<void>;
}

/** A session of the recall scenario with its facilitator and the given seats (seat → the name given), all connected. */
export async function joinTeam(base: string, seats: Readonly<Record<string, string>>, scenario = 'global-foods-recall'): Promise<Team> {
  const created = await createSession(base, scenario);
  const facilitator = await TeamClient.join(base, { sessionId: created.sessionId, facilitator: created.facilitatorKey });
  const joined: Record<string, TeamClient> = {};
  for (const [seat, name] of Object.entries(seats)) {
    const { sessionId, token } = await takeSeat(base, created.code, seat, name);
    joined[seat] = await TeamClient.join(base, { sessionId, token });
  }
  return {
    created,
    facilitator,
    seats: joined,
    async leave() {
      for (const c of [facilitator, ...Object.values(joined)]) await c.leave();
    },
  };
}
