import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { PlayResult } from '../../src/engine/index.ts';
import { parseDuration } from '../../src/format/index.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { sha1, uuidV5, NAMESPACE_URL } from '../../src/report/uuid.ts';
import { buildXapiStatements, isoDuration, VERBS, type XapiOptions, type XapiStatement } from '../../src/report/xapi.ts';

const t = createTranslator('en');
const GOLDEN = readdirSync('tests/golden').filter((f) => f.endsWith('.json')).map((f) => `tests/golden/${f}`);
const options: XapiOptions = { actor: { objectType: 'Agent', name: 'Dana Trainee', mbox: 'mailto:dana@example.org' }, activityBase: 'https://lms.example.org/xapi' };

function result(path: string): PlayResult {
  return PlayResult.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** tests/fixtures/xapi-1.0.3-statement.schema.json: written from the xAPI 1.0.3 specification (its source is noted inside). */
function validator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync('tests/fixtures/xapi-1.0.3-statement.schema.json', 'utf8')) as object);
}
const validate = validator();

function problems(statement: unknown): string[] {
  if (validate(statement)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('xAPI statements from a session', () => {
  it.each(GOLDEN)('%s: every statement is valid xAPI 1.0.3', (path) => {
    const statements = buildXapiStatements(result(path), t, options);
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) {
      expect(problems(s)).toEqual([]);
      // What JSON Schema cannot say: a raw score lies between min and max.
      const score = s.result?.score;
      if (score) expect(score.raw >= score.min && score.raw <= score.max).toBe(true);
    }
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(new Set(statements.map((s) => s.context.registration)).size).toBe(1);
  });

  it('records the session: initialized, one statement per inject answered or missed, six scores, completed', () => {
    const r = result('tests/golden/global-foods-recall.weak.json');
    const statements = buildXapiStatements(r, t, options);
    const verbs = statements.map((s) => s.verb.id);
    expect(verbs[0]).toBe(VERBS.initialized);
    expect(verbs.at(-1)).toBe(VERBS.completed);
    const answered = r.injects.filter((i) => i.respondedAt !== null).length;
    const missed = r.injects.filter((i) => i.respondedAt === null && i.deadline !== null).length;
    expect(verbs.filter((v) => v === VERBS.responded)).toHaveLength(answered);
    expect(verbs.filter((v) => v === VERBS.failed)).toHaveLength(missed);
    expect(verbs.filter((v) => v === VERBS.shared)).toHaveLength(r.statements.filter((s) => s.inject === null).length);
    expect(verbs.filter((v) => v === VERBS.scored)).toHaveLength(6 - r.unjudged.length);
    const completed = statements.at(-1) as XapiStatement;
    expect(completed.result?.score?.scaled).toBe(r.scores.overall / 100);
    expect(completed.result?.score?.raw).toBe(r.scores.overall);
    expect(completed.object.id).toBe('https://lms.example.org/xapi/scenarios/global-foods-recall');
  });

  it('timestamps are the scenario clock in wall time, and durations are scenario time', () => {
    const r = result('tests/golden/global-foods-recall.strong.json');
    const statements = buildXapiStatements(r, t, options);
    const start = Date.parse(r.clockStart);
    expect(statements[0]?.timestamp).toBe(new Date(start).toISOString());
    expect(statements.at(-1)?.timestamp).toBe(new Date(start + (parseDuration(r.endedAt) ?? 0)).toISOString());
    const inject = r.injects.find((i) => i.respondedAt !== null);
    const responded = statements.find((s) => s.object.id.endsWith(`/injects/${inject?.id ?? ''}`));
    expect(responded?.timestamp).toBe(new Date(start + (parseDuration(inject?.respondedAt ?? '0') ?? 0)).toISOString());
    expect(statements.at(-1)?.result?.duration).toBe(isoDuration(parseDuration(r.endedAt) ?? 0));
    // --start re-bases the clock to the day the drill was run.
    const rebased = buildXapiStatements(r, t, { ...options, start: '2026-11-02T10:00:00+01:00' });
    expect(rebased[0]?.timestamp).toBe('2026-11-02T09:00:00.000Z');
  });

  it('a stronger session scores higher in the record store too', () => {
    const scaled = (p: string) => buildXapiStatements(result(p), t, options).at(-1)?.result?.score?.scaled ?? 0;
    expect(scaled('tests/golden/global-foods-recall.strong.json')).toBeGreaterThan(scaled('tests/golden/global-foods-recall.weak.json'));
  });

  it('the same result gives the same file; another session another registration', () => {
    const a = buildXapiStatements(result('tests/golden/global-foods-recall.strong.json'), t, options);
    const b = buildXapiStatements(result('tests/golden/global-foods-recall.strong.json'), t, options);
    const c = buildXapiStatements(result('tests/golden/global-foods-recall.weak.json'), t, options);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a[0]?.context.registration).not.toBe(c[0]?.context.registration);
  });

  it('the schema refuses what an LRS must refuse', () => {
    const good = buildXapiStatements(result('tests/golden/global-foods-recall.strong.json'), t, options).at(-1) as XapiStatement;
    expect(problems(good)).toEqual([]);
    const bad: unknown[] = [
      { ...good, result: { ...good.result, score: { scaled: 1.5 } } },
      { ...good, actor: { objectType: 'Agent', name: 'No identifier' } },
      { ...good, actor: { ...good.actor, account: { homePage: 'https://x.example', name: 'a' } } },
      { ...good, timestamp: '2026-03-10T09:00:00' },
      { ...good, verb: { id: 'completed' } },
      { ...good, id: 'not-a-uuid' },
      { ...good, result: { ...good.result, duration: '2 hours' } },
      { ...good, context: { ...good.context, registration: null } },
      { ...good, extra: true },
      { ...good, verb: { ...good.verb, display: { english: 'completed' } } },
    ];
    for (const s of bad) expect(problems(s)).not.toEqual([]);
  });
});

describe('name-based UUIDs', () => {
  it('SHA-1 and UUID v5 match their published test vectors', () => {
    const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(sha1(Uint8Array.from([0x61, 0x62, 0x63])))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://www.example.com/')
    expect(uuidV5('https://www.example.com/', NAMESPACE_URL)).toBe('3d3ed9d2-aa3d-5fa6-90e8-ed662e90f559');
  });
});

describe('crisis report --format xapi', () => {
  it('prints a JSON array an LRS takes on POST /statements', () => {
    const out = run(['report', 'tests/golden/global-foods-recall.strong.json', '--format', 'xapi', '--actor-email', 'dana@example.org', '--actor-name', 'Dana']);
    expect(out.code).toBe(0);
    const statements = JSON.parse(out.stdout) as XapiStatement[];
    expect(Array.isArray(statements)).toBe(true);
    for (const s of statements) expect(problems(s)).toEqual([]);
    expect(statements[0]?.actor).toEqual({ objectType: 'Agent', name: 'Dana', mbox: 'mailto:dana@example.org' });
  });

  it('defaults to an account actor, and refuses bad identifiers (exit 2)', () => {
    const out = run(['report', 'tests/golden/global-foods-recall.strong.json', '--format', 'xapi']);
    expect((JSON.parse(out.stdout) as XapiStatement[])[0]?.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://crisis-room.example', name: 'trainee' } });
    expect(run(['report', 'tests/golden/global-foods-recall.strong.json', '--format', 'xapi', '--actor-email', 'nobody']).code).toBe(2);
    expect(run(['report', 'tests/golden/global-foods-recall.strong.json', '--format', 'xapi', '--registration', '42']).code).toBe(2);
    expect(run(['report', 'tests/golden/global-foods-recall.strong.json', '--format', 'xapi', '--start', 'yesterday']).code).toBe(2);
  });
});
