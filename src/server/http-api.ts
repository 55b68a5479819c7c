/**
 * The session server's HTTP routes, as handlers for the same chain that serves the game: create a
 * session (from the library or an uploaded scenario, linted on the spot), join with a code, manage
 * seats, and read finished reports. Join codes are unguessable (50 random bits) and every route that
 * takes one is rate-limited per address, so codes cannot be found by trying.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { inlinePlaybook, loadScenario } from '../format/index.ts';
import { buildReport, DIMENSION_INFO, participantsCopy, RATING_SCALE, type AarReport } from '../report/aar.ts';
import { changedCues, confirms, readReview, type Review } from '../report/evaluator-review.ts';
import { renderHtml } from '../report/html.ts';
import { escapeHtml } from '../report/escape.ts';
import { buildResult, PlayResult } from '../engine/index.ts';
import { compile, loadEngine, OBSERVER_SEAT, SessionHost } from './host.ts';
import { hashSecret } from './room.ts';
import { MESSAGE_LIMITS, ServerEvent } from '../net/protocol.ts';
import { createTranslator, type Translator } from '../i18n/index.ts';
import type { Handler } from './static-files.ts';
import type { HotWashRecord, SessionRecord, Storage } from './storage/index.ts';

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10;
const MAX_BODY = 2 * 1024 * 1024;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
  return code;
}

/** What people type: any case, spaces and dashes, O for 0 and I or L for 1. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export const newSecret = (): string => randomBytes(32).toString('base64url');

/** A fixed window per address and route: enough for people, far too few for guessing. */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  private readonly limit: number;
  private readonly windowMs: number;
  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }
  /** 0 if allowed, else milliseconds until the window resets. */
  hit(key: string, now = Date.now()): number {
    const entry = this.hits.get(key);
    if (!entry || now >= entry.resetAt) {
      if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (now >= v.resetAt) this.hits.delete(k);
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return 0;
    }
    entry.count++;
    return entry.count > this.limit ? entry.resetAt - now : 0;
  }
}

export interface ApiOptions {
  readonly storage: Storage;
  /** Where bundled scenarios are (`scenarios/`). */
  readonly scenarioDir: string;
  readonly joinLimit?: RateLimiter;
  readonly createLimit?: RateLimiter;
}

class HttpError extends Error {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  constructor(status: number, body: Readonly<Record<string, unknown>>) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | number> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, { error: 'too-large', max: MAX_BODY });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, { error: 'malformed-json' });
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, { error: 'malformed', path: issue?.path.join('.') ?? '', issue: issue?.code ?? 'invalid' });
  }
  return parsed.data;
}

function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

function bearer(req: IncomingMessage, url: URL): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length);
  return url.searchParams.get('key');
}

const CreateBody = z.union([
  z.object({ scenario: z.string().regex(/^[\w-]{1,64}$/) }).strict(),
  z.object({ source: z.string().min(1).max(MAX_BODY), file: z.string().max(200).optional() }).strict(),
]);
const JoinBody = z.object({
  code: z.string().min(1).max(40),
  seat: z.string().min(1).max(64).optional(),
  name: z.string().trim().max(MESSAGE_LIMITS.name).optional(),
}).strict();
const SeatBody = z.object({ open: z.boolean().optional(), assign: z.boolean().optional(), holder: z.string().trim().max(MESSAGE_LIMITS.name).optional() }).strict();
const MineBody = z.object({ keys: z.array(z.string().min(1).max(200)).max(200) }).strict();

export function sessionApi(options: ApiOptions): Handler {
  const { storage } = options;
  const joinLimit = options.joinLimit ?? new RateLimiter(30, 60_000);
  const createLimit = options.createLimit ?? new RateLimiter(20, 60_000);

  async function facilitatorOf(id: string, req: IncomingMessage, url: URL): Promise<SessionRecord> {
    const key = bearer(req, url);
    const record = await storage.getSession(id);
    // The same answer for "no such session" and "wrong key": ids are not to be probed either.
    if (!record || key === null || hashSecret(key) !== record.facilitatorHash) throw new HttpError(403, { error: 'not-facilitator' });
    return record;
  }

  function limited(limiter: RateLimiter, req: IncomingMessage): void {
    const wait = limiter.hit(clientAddress(req));
    if (wait > 0) throw new HttpError(429, { error: 'rate-limited', retryMs: wait });
  }

  async function create(req: IncomingMessage): Promise<unknown> {
    limited(createLimit, req);
    const body = parse(CreateBody, await readJson(req));
    let source: string;
    let file: string;
    if ('scenario' in body) {
      file = `${body.scenario}.yaml`;
      const path = join(options.scenarioDir, file);
      if (!existsSync(path)) throw new HttpError(404, { error: 'unknown-scenario', scenario: body.scenario });
      source = readFileSync(path, 'utf8');
    } else {
      source = body.source;
      file = body.file ?? 'uploaded.yaml';
    }
    // A session keeps its scenario's text: a library scenario's playbook is written into it.
    const inlined = inlinePlaybook(source, (pb) => {
      const path = join(options.scenarioDir, 'playbooks', `${pb}.yaml`);
      return /^[a-z0-9][a-z0-9_-]*$/.test(pb) && existsSync(path) ? { text: readFileSync(path, 'utf8'), file: `playbooks/${pb}.yaml` } : null;
    });
    if (!inlined.ok) throw new HttpError(422, { error: 'scenario-invalid', diagnostics: [], playbook: inlined.id });
    source = inlined.text;
    const loaded = loadScenario(source, file);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.scenario || errors.length > 0) {
      throw new HttpError(422, { error: 'scenario-invalid', diagnostics: loaded.diagnostics });
    }
    const secret = newSecret();
    const id = randomUUID();
    const record = await SessionHost.create(storage, { id, code: newJoinCode(), source, facilitatorHash: hashSecret(secret), now: Date.now() });
    return {
      sessionId: id,
      code: formatCode(record.code),
      facilitatorKey: secret,
      title: record.title,
      seats: loaded.scenario.seats,
      warnings: loaded.diagnostics.filter((d) => d.severity === 'warning'),
    };
  }

  async function joinSeat(req: IncomingMessage): Promise<unknown> {
    limited(joinLimit, req);
    const body = parse(JoinBody, await readJson(req));
    const record = await storage.findSessionByCode(normaliseCode(body.code));
    if (!record || record.status === 'closed') throw new HttpError(404, { error: 'unknown-code' });
    const seats = await storage.listSeats(record.id);
    const listing = seats.map((s) => ({ seat: s.seat, open: s.open, taken: s.tokenHash !== null, holder: s.holder }));
    if (body.seat === undefined) return { sessionId: record.id, title: record.title, seats: listing };
    const seat = seats.find((s) => s.seat === body.seat);
    if (!seat) throw new HttpError(404, { error: 'unknown-seat', seat: body.seat });
    if (!seat.open) throw new HttpError(403, { error: 'seat-closed', seat: seat.seat });
    if (seat.tokenHash !== null) throw new HttpError(409, { error: 'seat-taken', seat: seat.seat });
    const token = newSecret();
    await storage.putSeat({ ...seat, tokenHash: hashSecret(token), holder: body.name ?? null, updatedAt: Date.now() });
    // Two people racing for one seat: the second write would win, so read back and give the token only to the winner.
    const after = (await storage.listSeats(record.id)).find((s) => s.seat === seat.seat);
    if (after?.tokenHash !== hashSecret(token)) throw new HttpError(409, { error: 'seat-taken', seat: seat.seat });
    return { sessionId: record.id, title: record.title, seat: seat.seat, token, observer: seat.seat === OBSERVER_SEAT };
  }

  async function manageSeat(id: string, seatId: string, req: IncomingMessage, url: URL): Promise<unknown> {
    const record = await facilitatorOf(id, req, url);
    const body = parse(SeatBody, await readJson(req));
    const seat = (await storage.listSeats(record.id)).find((s) => s.seat === seatId);
    if (!seat) throw new HttpError(404, { error: 'unknown-seat', seat: seatId });
    let token: string | null = null;
    let next = { ...seat, updatedAt: Date.now() };
    if (body.open !== undefined) next = { ...next, open: body.open };
    // Assigning mints a fresh token for a named person: any earlier holder's token stops working.
    if (body.assign) {
      token = newSecret();
      next = { ...next, tokenHash: hashSecret(token), holder: body.holder ?? null };
    }
    await storage.putSeat(next);
    return { seat: next.seat, open: next.open, taken: next.tokenHash !== null, holder: next.holder, token };
  }

  /**
   * Who may read a session's report: its facilitator, and once the facilitator has handed it out
   * (a `report.shared` entry in the session's log), whoever holds one of its seats.
   */
  async function readerOf(id: string, req: IncomingMessage, url: URL): Promise<{ readonly record: SessionRecord; readonly participant: boolean }> {
    const key = bearer(req, url);
    const record = await storage.getSession(id);
    if (!record || key === null) throw new HttpError(403, { error: 'not-facilitator' });
    const hash = hashSecret(key);
    if (hash === record.facilitatorHash) return { record, participant: false };
    const seat = (await storage.listSeats(record.id)).find((s) => s.tokenHash === hash);
    // The same answer as for a wrong key: a seat token is not a way to probe sessions either.
    if (!seat) throw new HttpError(403, { error: 'not-facilitator' });
    if (!(await reportShared(record.id))) throw new HttpError(403, { error: 'report-not-shared' });
    return { record, participant: true };
  }

  async function reportShared(sessionId: string): Promise<boolean> {
    const log = await storage.readLog(sessionId);
    return log.some((entry) => entry.kind === 'server' && ServerEvent.safeParse(entry.body).data?.type === 'report.shared');
  }

  async function report(id: string, req: IncomingMessage, url: URL, res: ServerResponse): Promise<void> {
    const { record, participant } = await readerOf(id, req, url);
    const stored = await storage.getResult(record.id);
    if (!stored) throw new HttpError(404, { error: 'no-report-yet' });
    const result = PlayResult.parse(stored.body);
    const hotWash = await storage.listHotWash(record.id);
    // Reviews stored in an older shape cannot say what was proposed; they are left out rather than shown wrong.
    const reviews = (await storage.listReviews(record.id)).map(readReview).filter((r): r is Review => r !== null);
    // The seats' copy leaves out the facilitator's and observers' notes, as the exercise did.
    const notes = participant ? [] : await storage.listNotes(record.id);
    const reviewed = await reviewedResult(storage, record, result, reviews);
    const full = withEvaluatorRatings(withReviewedScores(buildReport(reviewed), result), reviews);
    const aar = participant ? participantsCopy(full) : full;
    if (url.searchParams.get('format') === 'json') {
      send(res, 200, { kind: 'crisis-room-session-report', version: 1, session: { id: record.id, title: record.title }, aar, hotWash, reviews, notes });
      return;
    }
    const html = renderHtml(aar).replace('</body>', `${hotWashSection(hotWash, reviews)}</body>`);
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // The report is a document: nothing in it runs, whatever trainees typed.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    });
    res.end(html);
  }

  async function mine(req: IncomingMessage): Promise<unknown> {
    const body = parse(MineBody, await readJson(req));
    const out: unknown[] = [];
    for (const key of body.keys) {
      const hash = hashSecret(key);
      const found = (await storage.listSessions({ limit: 5000 })).find((s) => s.facilitatorHash === hash);
      if (found) out.push({ sessionId: found.id, title: found.title, status: found.status, createdAt: found.createdAt, code: formatCode(found.code), hasReport: (await storage.getResult(found.id)) !== null });
    }
    return { sessions: out };
  }

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/')) {
      next();
      return;
    }
    const parts = url.pathname.split('/').filter(Boolean);
    const route = async (): Promise<void> => {
      if (req.method === 'POST' && url.pathname === '/api/sessions') return send(res, 201, await create(req));
      if (req.method === 'POST' && url.pathname === '/api/join') return send(res, 200, await joinSeat(req));
      if (req.method === 'POST' && url.pathname === '/api/sessions/mine') return send(res, 200, await mine(req));
      if (parts.length === 5 && parts[1] === 'sessions' && parts[3] === 'seats' && req.method === 'POST') {
        return send(res, 200, await manageSeat(parts[2] ?? '', parts[4] ?? '', req, url));
      }
      if (parts.length === 4 && parts[1] === 'sessions' && parts[3] === 'report' && req.method === 'GET') return report(parts[2] ?? '', req, url, res);
      throw new HttpError(404, { error: 'not-found' });
    };
    route().catch((error: unknown) => {
      if (res.headersSent) return;
      if (error instanceof HttpError) send(res, error.status, error.body);
      else {
        console.error(`api: ${error instanceof Error ? error.message : String(error)}`);
        send(res, 500, { error: 'internal' });
      }
    });
  };
}

/**
 * The result with the evaluator's cue changes applied to its scores, as the console shows them: the
 * scorer's own means and blends need the engine state, so the session is read back from storage
 * (its snapshot at the report, and any log after it). Without a changed cue it is the stored result.
 */
async function reviewedResult(storage: Storage, record: SessionRecord, result: PlayResult, reviews: readonly Review[]): Promise<PlayResult> {
  const changes = changedCues(reviews);
  if (changes.length === 0) return result;
  try {
    const { scenario } = compile(record.scenarioSource);
    const { session } = await loadEngine(storage, record, scenario);
    return buildResult(scenario, session.state, result.skipped, { cueChanges: changes });
  } catch (error) {
    // The stored result still makes a report (its review table lists every change); it is not withheld because the log no longer replays.
    console.error(`report ${record.id}: scores after review not worked out: ${error instanceof Error ? error.message : String(error)}`);
    return result;
  }
}
/** A capability whose score the evaluator's cue changes moved says so: what the scorer gave, and what it is after review. */
function withReviewedScores(aar: AarReport, scored: PlayResult, tr: Translator = createTranslator('en')): AarReport {
  return {
    ...aar,
    capabilities: aar.capabilities.map((cap) => {
      const before = scored.scores[cap.dimension];
      if (!cap.judged || before === cap.score) return cap;
      const note = tr.t('team.report.reviewedScore', { scored: before, reviewed: cap.score });
      return { ...cap, note: cap.note === null ? note : `${note} ${cap.note}` };
    }),
  };
}

/**
 * As HSEEP has it, the evaluator's rating is the capability's rating: the report shows it where the
 * proposed one stood, says what was proposed and why it changed, and the improvement plan follows.
 */
function withEvaluatorRatings(aar: AarReport, reviews: readonly Review[], tr: Translator = createTranslator('en')): AarReport {
  const rated = new Map<string, { rating: (typeof RATING_SCALE)[number]['code']; proposed: string; reason: string }>();
  for (const r of reviews) {
    if (r.proposed.kind !== 'rating' || !('rating' in r.decided) || confirms(r)) continue;
    rated.set(r.proposed.dimension, { rating: r.decided.rating, proposed: r.proposed.rating, reason: r.reason });
  }
  if (rated.size === 0) return aar;
  const label = (code: string): string => RATING_SCALE.find((b) => b.code === code)?.label ?? code;
  return {
    ...aar,
    capabilities: aar.capabilities.map((cap) => {
      const r = rated.get(cap.dimension);
      if (!r) return cap;
      const note = tr.t('team.report.evaluatorRating', { rating: r.rating, proposed: r.proposed, reason: r.reason });
      return { ...cap, rating: r.rating, ratingLabel: label(r.rating), note: cap.note === null ? note : `${note} ${cap.note}` };
    }),
    improvementPlan: aar.improvementPlan.map((item) => {
      const r = rated.get(item.dimension);
      return r ? { ...item, rating: r.rating } : item;
    }),
  };
}

/** One reviewed rating or cue: what it is, what the scores proposed, the evaluator's value, why, and who. */
function reviewRow(r: Review, tr: Translator): string {
  const { t } = tr;
  const e = escapeHtml;
  const p = r.proposed;
  const confirmed = confirms(r);
  const verdict = t(confirmed ? 'team.report.confirmed' : 'team.report.changed');
  let what: string;
  let proposed: string;
  let decided: string;
  if (p.kind === 'rating') {
    what = t('team.report.reviewRating', { capability: DIMENSION_INFO[p.dimension].label });
    proposed = p.score === null ? p.rating : t('team.report.ratingFromScore', { rating: p.rating, score: p.score });
    decided = 'rating' in r.decided ? r.decided.rating : '';
  } else {
    what = `${e(t('team.report.reviewCue', { statement: p.statement, seat: p.seat, capability: DIMENSION_INFO[p.cue.dimension].label }))}<br>${e(tr.render(p.cue))}${
      p.cue.quote ? `<br><q>${e(p.cue.quote)}</q>` : ''
    }`;
    proposed = t('team.report.points', { points: p.cue.points });
    decided = 'points' in r.decided ? t('team.report.points', { points: r.decided.points }) : '';
    return `<tr class="review-${confirmed ? 'confirmed' : 'changed'}"><td>${what}</td><td>${e(proposed)}</td><td><strong>${e(decided)}</strong> <small>(${e(verdict)})</small></td><td>${e(r.reason)}</td><td>${e(r.by)}</td></tr>`;
  }
  return `<tr class="review-${confirmed ? 'confirmed' : 'changed'}"><td>${e(what)}</td><td>${e(proposed)}</td><td><strong>${e(decided)}</strong> <small>(${e(verdict)})</small></td><td>${e(r.reason)}</td><td>${e(r.by)}</td></tr>`;
}

/** The hot wash and the evaluator's review, appended to the after-action report; every participant's word escaped. */
function hotWashSection(answers: readonly HotWashRecord[], reviews: readonly Review[], tr: Translator = createTranslator('en')): string {
  const { t } = tr;
  const e = escapeHtml;
  const rows = answers.map((a) => `<tr><td>${e(a.name ?? a.participant)} <small>(${e(a.participant)})</small></td><td>${e(a.wentWell)}</td><td>${e(a.improve)}</td></tr>`).join('');
  const reviewRows = reviews.map((r) => reviewRow(r, tr)).join('');
  const head = (...cells: string[]): string => `<thead><tr>${cells.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead>`;
  return `<section id="hot-wash"><h2>${e(t('team.report.hotWash'))}</h2>${
    rows ? `<table>${head(t('team.report.participant'), t('team.report.wentWell'), t('team.report.improve'))}<tbody>${rows}</tbody></table>` : `<p>${e(t('team.report.noHotWash'))}</p>`
  }<h2>${e(t('team.report.review'))}</h2>${
    reviewRows
      ? `<table>${head(t('team.report.rated'), t('team.report.proposed'), t('team.report.decided'), t('team.report.reason'), t('team.report.by'))}<tbody>${reviewRows}</tbody></table>`
      : `<p>${e(t('team.report.noReview'))}</p>`
  }</section>`;
}
