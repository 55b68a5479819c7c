/**
 * Test drivers for the session server: a real server on a free port, and real @colyseus/sdk
 * clients that record everything they hear, so tests read like what people at the table do.
 */
import { Client, type Room } from '@colyseus/sdk';
import { startSessionServer, type RunningServer, type SessionServerOptions } from '../../src/server/app.ts';

export interface Heard {
  readonly type: string;
  readonly payload: unknown;
  readonly at: number;
}

export class Participant {
  readonly heard: Heard[] = [];
  readonly room: Room;
  readonly label: string;

  private constructor(room: Room, label: string) {
    this.room = room;
    this.label = label;
    room.onMessage('*', (type, payload) => {
      this.heard.push({ type: String(type), payload, at: Date.now() });
    });
  }

  static async join(base: string, options: { sessionId: string; token?: string; facilitator?: string }, label = options.token ? 'seat' : 'facilitator'): Promise<Participant> {
    const client = new Client(base);
    const room = await client.joinOrCreate('crisis', options);
    return new Participant(room, label);
  }

  request(type: string, payload: unknown): Promise<Reply> {
    return this.room.request<unknown, Reply>(type, payload, { timeout: 10_000 });
  }

  command(command: Record<string, unknown>): Promise<Reply> {
    return this.request('command', command);
  }

  /** Waits until a message of this type (matching `where`) has been heard; returns its payload. */
  async waitFor<T = Record<string, unknown>>(type: string, where: (payload: T) => boolean = () => true, ms = 10_000): Promise<T> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.heard.find((h) => h.type === type && where(h.payload as T));
      if (found) return found.payload as T;
      if (Date.now() > until) throw new Error(`${this.label} did not hear "${type}" within ${ms} ms; heard: ${this.heard.map((h) => h.type).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Engine events heard in 'cmd' messages, in order. */
  events(): { type: string; data: Record<string, unknown> }[] {
    return this.heard
      .filter((h) => h.type === 'cmd')
      .flatMap((h) => (h.payload as { events: { type: string; data: Record<string, unknown> }[] }).events);
  }

  async waitForEvent(type: string, where: (data: Record<string, unknown>) => boolean = () => true, ms = 10_000): Promise<Record<string, unknown>> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.events().find((e) => e.type === type && where(e.data));
      if (found) return found.data;
      if (Date.now() > until) throw new Error(`${this.label} did not hear event "${type}" within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async leave(): Promise<void> {
    await this.room.leave(true).catch(() => undefined);
  }
}

export type Reply = { ok: true; seq: number } | { ok: false; error: { code: string; params: Record<string, unknown> } };

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body it expects
export async function api<T = Record<string, unknown>>(base: string, path: string, body?: unknown, key?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(new URL(path, base), {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    // HTML reports and plain-text answers stay text.
  }
  return { status: res.status, body: parsed as T };
}

export interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
  seats: string[];
}

export async function createSession(base: string, scenario = 'global-foods-recall'): Promise<Created> {
  const res = await api<Created>(base, '/api/sessions', { scenario });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function takeSeat(base: string, code: string, seat: string, name: string): Promise<{ sessionId: string; token: string }> {
  const res = await api<{ sessionId: string; token: string }>(base, '/api/join', { code, seat, name });
  if (res.status !== 200) throw new Error(`join ${seat} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function startTestServer(options: SessionServerOptions): Promise<RunningServer> {
  return startSessionServer({ log: () => undefined, ...options });
}
