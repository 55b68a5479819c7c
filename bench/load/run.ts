/**
 * `npm run bench:load`: N concurrent sessions of 6 clients (a facilitator and five seats) on
 * loopback, first against the crisis room (engine, analyser, SQLite persistence before broadcast),
 * then against a bare Colyseus room broadcasting the same messages, in the same run. Each
 * session's facilitator fires an inject every `--interval` ms; every client records when it heard
 * it. Reports sessions held, messages delivered per second, p50/p95/p99 latency from the server
 * sending an inject to the last of the session's clients having it, and the server's memory.
 *
 *   npm run bench:load -- --sessions 200 --seconds 30 --interval 2000
 */
import { Client, type Room } from '@colyseus/sdk';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Options {
  sessions: number;
  seconds: number;
  interval: number;
  rooms: ('crisis' | 'bare')[];
}

function parseArgs(argv: readonly string[]): Options {
  const get = (name: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    const v = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
    return v;
  };
  const i = argv.indexOf('--rooms');
  const rooms = (i >= 0 ? (argv[i + 1] ?? '') : 'crisis,bare').split(',').filter((r): r is 'crisis' | 'bare' => r === 'crisis' || r === 'bare');
  return { sessions: get('sessions', 200), seconds: Math.min(get('seconds', 30), 600), interval: get('interval', 2000), rooms };
}

const SEATS = ['spokesperson', 'legal', 'executive', 'hr', 'investor-relations'];
const SCENARIO = 'global-foods-recall';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

interface Proc {
  child: ChildProcess;
  url: string;
}

async function spawnProc(script: string, env: Record<string, string>): Promise<Proc> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start: ${out}`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited ${code}: ${out}`)));
  });
  return { child, url };
}

function rssMb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function post<T>(base: string, path: string, body: unknown, key?: string): Promise<T> {
  const res = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Runs `work` over items, `width` at a time. */
async function pool<T>(items: readonly T[], width: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i] as T, i);
      }
    }),
  );
}

interface Group {
  facilitator: Room;
  rooms: Room[];
}

interface Tally {
  /** fire id → when each client heard it */
  heard: Map<string, number[]>;
  /** fire id → when the server broadcast it */
  broadcast: Map<string, number>;
  /** fire id → when the facilitator's client sent the command */
  asked: Map<string, number>;
  messages: number;
}

const wallNow = (): number => performance.timeOrigin + performance.now();

function listen(room: Room, tally: Tally, group: number): void {
  room.onMessage('*', (type, payload) => {
    tally.messages++;
    if (type !== 'cmd') return;
    const now = wallNow();
    const p = payload as { wall?: number; events?: { type: string; data: { inject?: string } }[]; bench?: string };
    const fired = p.bench ?? p.events?.find((e) => e.type === 'inject.fired')?.data.inject;
    if (fired === undefined || p.wall === undefined) return;
    const id = `${group}:${fired}`;
    tally.broadcast.set(id, p.wall);
    const list = tally.heard.get(id);
    if (list) list.push(now);
    else tally.heard.set(id, [now]);
  });
}

interface Figures {
  room: string;
  sessions: number;
  clients: number;
  fires: number;
  complete: number;
  messagesPerSecond: number;
  /** From the facilitator sending the command to the last of the session's six clients having the inject. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** From the server broadcasting to the last client having it (fan-out alone). */
  fanoutP95: number;
  serverRssMb: number;
  serverRssIdleMb: number;
}

function summarise(room: string, groups: number, tally: Tally, seconds: number, rss: number, idle: number): Figures {
  const latencies: number[] = [];
  const fanout: number[] = [];
  let complete = 0;
  for (const [id, asked] of tally.asked) {
    const times = tally.heard.get(id);
    const broadcast = tally.broadcast.get(id);
    if (times?.length !== 6 || broadcast === undefined) continue;
    complete++;
    latencies.push(Math.max(...times) - asked);
    fanout.push(Math.max(...times) - broadcast);
  }
  latencies.sort((a, b) => a - b);
  fanout.sort((a, b) => a - b);
  const r = (x: number): number => Math.round(x * 10) / 10;
  return {
    room,
    sessions: groups,
    clients: groups * 6,
    fires: tally.asked.size,
    complete,
    messagesPerSecond: Math.round(tally.messages / seconds),
    p50: r(percentile(latencies, 50)),
    p95: r(percentile(latencies, 95)),
    p99: r(percentile(latencies, 99)),
    max: r(latencies[latencies.length - 1] ?? NaN),
    fanoutP95: r(percentile(fanout, 95)),
    serverRssMb: Math.round(rss),
    serverRssIdleMb: Math.round(idle),
  };
}

async function drive(groups: Group[], fire: (g: Group, gi: number, n: number) => void, o: Options): Promise<number> {
  const started = performance.now();
  const deadline = started + o.seconds * 1000;
  const timers: NodeJS.Timeout[] = [];
  await new Promise<void>((resolve) => {
    groups.forEach((g, gi) => {
      let n = 0;
      // Stagger the sessions across the interval so fires arrive evenly.
      const start = setTimeout(() => {
        const tick = (): void => {
          if (performance.now() >= deadline) return;
          fire(g, gi, n++);
        };
        tick();
        timers.push(setInterval(tick, o.interval));
      }, (gi / groups.length) * o.interval);
      timers.push(start);
    });
    setTimeout(resolve, o.seconds * 1000);
  });
  for (const t of timers) clearTimeout(t);
  // Let the last broadcasts arrive.
  await new Promise((r) => setTimeout(r, 1500));
  return (performance.now() - started) / 1000;
}

async function runCrisis(o: Options): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-load-'));
  const port = await freePort();
  const server = await spawnProc('src/server/main.ts', {
    PORT: String(port),
    CRISIS_DB: join(dir, 'load.db'),
    CRISIS_CREATES_PER_MINUTE: '1000000',
    CRISIS_JOINS_PER_MINUTE: '1000000',
  });
  const tally: Tally = { heard: new Map(), broadcast: new Map(), asked: new Map(), messages: 0 };
  try {
    const groups: Group[] = [];
    const injectOrder: string[] = [];
    await pool(
      Array.from({ length: o.sessions }, (_, i) => i),
      8,
      async (i) => {
        const created = await post<{ sessionId: string; facilitatorKey: string }>(server.url, '/api/sessions', { scenario: SCENARIO });
        const client = new Client(server.url);
        const facilitator = await client.joinOrCreate('crisis', { sessionId: created.sessionId, facilitator: created.facilitatorKey });
        listen(facilitator, tally, i);
        facilitator.onMessage('welcome', (w: { save: { state: { injects: Record<string, unknown> } } }) => {
          if (injectOrder.length === 0) injectOrder.push(...Object.keys(w.save.state.injects));
        });
        const rooms: Room[] = [facilitator];
        for (const seat of SEATS) {
          const { token } = await post<{ token: string }>(server.url, `/api/sessions/${created.sessionId}/seats/${seat}`, { assign: true, holder: seat }, created.facilitatorKey);
          const room = await new Client(server.url).joinOrCreate('crisis', { sessionId: created.sessionId, token });
          listen(room, tally, i);
          rooms.push(room);
        }
        groups[i] = { facilitator, rooms };
      },
    );
    for (const g of groups) await g.facilitator.request('command', { type: 'session.start' });
    await new Promise((r) => setTimeout(r, 1000));
    tally.heard.clear();
    tally.broadcast.clear();
    tally.messages = 0;
    const idle = rssMb(server.child.pid);
    const seconds = await drive(
      groups,
      (g, gi, n) => {
        // recall-decision fired at the start; the others in scenario order, each once.
        const inject = injectOrder[n + 1];
        if (inject === undefined) return;
        tally.asked.set(`${gi}:${inject}`, wallNow());
        g.facilitator.send('command', { type: 'inject.fire', inject });
      },
      o,
    );
    const rss = rssMb(server.child.pid);
    for (const g of groups) for (const r of g.rooms) await r.leave(true).catch(() => undefined);
    return summarise('crisis', groups.length, tally, seconds, rss, idle);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    server.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The payload the bare room broadcasts: shaped and sized like the crisis room's inject.fired message. */
const BARE_PAYLOAD = {
  seq: 12,
  actor: { kind: 'facilitator' },
  command: { type: 'inject.fire', inject: 'first-press-call' },
  events: [
    {
      seq: 40,
      at: 61000,
      type: 'inject.fired',
      data: { inject: 'first-press-call', firing: 3, deadlineAt: 961000, cause: { code: 'cause.fired-by-facilitator', params: {} }, to: ['spokesperson'] },
    },
  ],
};

async function runBare(o: Options): Promise<Figures> {
  const port = await freePort();
  const server = await spawnProc('bench/load/bare-server.ts', { PORT: String(port) });
  const tally: Tally = { heard: new Map(), broadcast: new Map(), asked: new Map(), messages: 0 };
  try {
    const groups: Group[] = [];
    await pool(
      Array.from({ length: o.sessions }, (_, i) => i),
      8,
      async (i) => {
        const rooms: Room[] = [];
        for (let c = 0; c < 6; c++) {
          const room = await new Client(server.url).joinOrCreate('bare', { group: i });
          listen(room, tally, i);
          rooms.push(room);
        }
        const facilitator = rooms[0];
        if (!facilitator) throw new Error('no clients');
        groups[i] = { facilitator, rooms };
      },
    );
    await new Promise((r) => setTimeout(r, 1000));
    const idle = rssMb(server.child.pid);
    const seconds = await drive(
      groups,
      (g, gi, n) => {
        tally.asked.set(`${gi}:f${n}`, wallNow());
        g.facilitator.send('fire', { ...BARE_PAYLOAD, bench: `f${n}` });
      },
      o,
    );
    const rss = rssMb(server.child.pid);
    for (const g of groups) for (const r of g.rooms) await r.leave(true).catch(() => undefined);
    return summarise('bare', groups.length, tally, seconds, rss, idle);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    server.child.kill('SIGKILL');
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  console.log(`load: ${o.sessions} sessions × 6 clients, one inject per session every ${o.interval} ms, ${o.seconds} s per room type`);
  const results: Figures[] = [];
  if (o.rooms.includes('crisis')) results.push(await runCrisis(o));
  if (o.rooms.includes('bare')) results.push(await runBare(o));
  console.table(
    results.map((f) => ({
      room: f.room,
      sessions: f.sessions,
      clients: f.clients,
      'injects fired (all 6 heard)': `${f.fires} (${f.complete})`,
      'msgs/s to clients': f.messagesPerSecond,
      'p50 ms': f.p50,
      'p95 ms': f.p95,
      'p99 ms': f.p99,
      'max ms': f.max,
      'fan-out p95 ms': f.fanoutP95,
      'server RSS MB (idle → end)': `${f.serverRssIdleMb} → ${f.serverRssMb}`,
    })),
  );
  console.log(JSON.stringify({ options: o, results }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
