/**
 * Saved sessions and play results are untrusted input: tampered ones (the fuzzing report's, made
 * fresh here from a real play so they pass every check but the one under test) are refused with
 * exit 1 and one line naming the path and the broken rule, before anything is computed. They once
 * ended in exit 3, a stack overflow, "NaN" in a report, or a loop that ran for hours.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { checkPlayResult, readPlayResult, Session, SessionError, type PlayResult, type SavedSession } from '../../src/engine/index.ts';
import { fixture } from '../helpers.ts';
import { TEMP_DIR, tempFile } from './temp.ts';

const SCENARIO = 'scenarios/global-foods-recall.yaml';
const PLAN = 'scenarios/plans/global-foods-recall.strong.yaml';

const savePath = `${TEMP_DIR}/session.json`;
const played = run(['play', SCENARIO, '--plan', PLAN, '--json', '--save', savePath]);
const goodResult = (): PlayResult => JSON.parse(played.stdout) as PlayResult;
const goodSave = (): SavedSession => JSON.parse(readFileSync(savePath, 'utf8')) as SavedSession;

function report(file: string, format = 'md'): { code: number; stdout: string; stderr?: string } {
  return run(['report', file, '--format', format, '--scenario', SCENARIO]);
}

function refusedOneLine(out: { code: number; stderr?: string }, pattern: RegExp): void {
  expect(out.code, out.stderr).toBe(1);
  const err = out.stderr ?? '';
  expect(err.trimEnd().split('\n'), err).toHaveLength(1);
  expect(err).toMatch(pattern);
  expect(err).not.toMatch(/internal error|NaN|Infinity/);
}

function tamperedSave(name: string, change: (s: SavedSession) => void): string {
  const s = goodSave();
  change(s);
  return tempFile(name, JSON.stringify(s));
}

function tamperedResult(name: string, change: (r: PlayResult) => void): string {
  const r = goodResult();
  change(r);
  return tempFile(name, JSON.stringify(r));
}

describe('a genuine save and result', () => {
  it('pass the checks and report', () => {
    expect(played.code).toBe(0);
    expect(checkPlayResult(goodResult())).toBeNull();
    expect(Session.load(fixture(SCENARIO), goodSave()).phase).toBe('ended');
    expect(report(savePath).code).toBe(0);
    expect(report(tempFile('result.json', played.stdout)).code).toBe(0);
  });
});

describe('tampered saved sessions are refused before anything is computed', () => {
  it('firings naming an inject the scenario does not have (was exit 3)', () => {
    const file = tamperedSave('firings-unknown.json', (s) => {
      for (const f of s.state.firings) f.inject = 'no-such-inject';
    });
    for (const format of ['html', 'md', 'csv', 'json']) {
      refusedOneLine(report(file, format), /state\.firings\[0\]\.inject: names something that does not exist \("no-such-inject"\)/);
    }
  });

  it('an ending at 1e308 (was exit 3)', () => {
    const file = tamperedSave('ending-1e308.json', (s) => {
      if (s.state.ending) s.state.ending.at = 1e308;
    });
    refusedOneLine(report(file), /state\.ending\.at: is a time outside the session \(1e\+308\)/);
  });

  it('an ending and a clock at 1e15 (the report ran for over a minute)', () => {
    const file = tamperedSave('ending-1e15.json', (s) => {
      for (const r of Object.values(s.state.rumours)) r.seededAt = 0;
      if (s.state.ending) s.state.ending.at = 1e15;
      s.state.now = 1e15;
    });
    refusedOneLine(report(file, 'html'), /state\.now: is a time outside the session \(1000000000000000\)/);
  });

  it('a rumour seeded 300 years before the scenario (the report ran for over a minute)', () => {
    const file = tamperedSave('seeded-far-past.json', (s) => {
      for (const r of Object.values(s.state.rumours)) r.seededAt = -1e13;
    });
    refusedOneLine(report(file), /state\.rumours\.[a-z-]+\.seededAt: is a time outside the session \(-10000000000000\)/);
  });

  it('a clock at MAX_SAFE_INTEGER', () => {
    const file = tamperedSave('now-max.json', (s) => {
      s.state.now = Number.MAX_SAFE_INTEGER;
    });
    refusedOneLine(report(file), /state\.now: is a time outside the session/);
  });

  it('a rumour model whose shares do not add up, a trust above 1, an unknown stakeholder, a missing fact', () => {
    const model = tamperedSave('fractions.json', (s) => {
      const m = Object.values(s.state.rumours).find((r) => r.model)?.model;
      if (m) m.fractions = { ...m.fractions, i: m.fractions.i + 0.5 };
    });
    refusedOneLine(report(model), /model\.fractions.*: (is out of range|does not agree with the rest of the file)/);
    const trust = tamperedSave('trust.json', (s) => {
      const first = Object.keys(s.state.trust)[0] ?? '';
      s.state.trust[first] = 2;
    });
    refusedOneLine(report(trust), /state\.trust\.[a-z-]+: is out of range \(2\)/);
    const stranger = tamperedSave('stranger.json', (s) => {
      s.state.trust.strangers = 0.5;
    });
    refusedOneLine(report(stranger), /state\.trust\.strangers: names something that does not exist/);
    const missing = tamperedSave('missing-fact.json', (s) => {
      s.state.facts = Object.fromEntries(Object.entries(s.state.facts).slice(1));
    });
    refusedOneLine(report(missing), /state\.facts\.[a-z-]+: leaves out something that must be there/);
  });

  it('a log whose events go back in time', () => {
    const file = tamperedSave('log-order.json', (s) => {
      const last = s.state.log.at(-1);
      if (last) s.state.log = [...s.state.log.slice(0, -1), { ...last, at: 0 }];
    });
    refusedOneLine(report(file), /state\.log\[\d+\]\.at: is a time outside the session/);
  });

  it('the engine says why, as a code with the path, the rule and the value', () => {
    const s = goodSave();
    s.state.now = -5;
    try {
      Session.load(fixture(SCENARIO), s);
      expect.unreachable('a tampered save loaded');
    } catch (e) {
      expect(e).toBeInstanceOf(SessionError);
      expect((e as SessionError).problem).toEqual({ code: 'save.invalid', params: { path: 'state.now', rule: 'time-out-of-range', value: '-5' } });
    }
  });
});

describe('tampered play results are refused before a report is built', () => {
  it('broken durations: negative, absurd and not durations at all (json was a multi-line ZodError; html and md printed NaN)', () => {
    const file = tamperedResult('bad-times.json', (r) => {
      r.endedAt = `${'9'.repeat(300)}h`;
      for (const i of r.injects) {
        i.firedAt = '-1m';
        i.respondedAt = '99999999999999999999d';
        i.deadline = 'soon';
      }
    });
    for (const format of ['html', 'md', 'csv', 'json']) refusedOneLine(run(['report', file, '--format', format]), /endedAt: is a time outside the session/);
    const injects = tamperedResult('bad-fired.json', (r) => {
      for (const i of r.injects) i.firedAt = '-1m';
    });
    refusedOneLine(run(['report', injects, '--format', 'html']), /injects\[0\]\.firedAt: is a time outside the session \("-1m"\)/);
  });

  it('a rumour series of 200,000 points (Math.max(...) overflowed the stack)', () => {
    const r = goodResult();
    for (const x of r.rumours) x.series = Array.from({ length: 200_000 }, (_, i) => ({ t: `${i}s`, reach: 0.5, spreaders: 0.1, believing: 0.4, posts: 1 }));
    const file = `${TEMP_DIR}/series-200k.json`;
    writeFileSync(file, JSON.stringify(r));
    refusedOneLine(run(['report', file, '--format', 'html']), /rumours\[0\]\.series: has more items than a session can make \(200000 items, at most \d+\)/);
  });

  it('a share above 1, a statement an inject names that is not there, a wall clock that is not a date', () => {
    expect(readPlayResult({ ...goodResult(), stakeholders: goodResult().stakeholders.map((s) => ({ ...s, trust: 1.5 })) })).toMatchObject({ ok: false, problem: { code: 'result.invalid', params: { rule: 'out-of-range' } } });
    const dangling = goodResult();
    const answered = dangling.injects.find((i) => i.statement !== null);
    if (answered) answered.statement = 'ghost';
    expect(readPlayResult(dangling)).toMatchObject({ ok: false, problem: { params: { path: expect.stringMatching(/^injects\[\d+\]\.statement$/) as unknown, rule: 'unknown-id' } } });
    expect(readPlayResult({ ...goodResult(), clockStart: 'yesterday' })).toMatchObject({ ok: false, problem: { params: { path: 'clockStart' } } });
  });
});

describe('statements are bounded in the engine too, so every save stays loadable', () => {
  it('the statement after the limit is refused with a code', async () => {
    const { MAX_STATEMENTS } = await import('../../src/engine/index.ts');
    const plan = ['lenient: true', 'steps:', ...Array.from({ length: MAX_STATEMENTS + 1 }, (_, i) => `  - at: ${Math.floor(i / 12)}m${(i % 12) * 5}s\n    publish: { channel: social, text: "Update ${i}" }`)].join('\n');
    // Plans hold at most 2,000 steps, the engine's limit: one more is refused by the plan loader.
    expect(run(['play', SCENARIO, '--plan', tempFile('too-many.yaml', `${plan}\n`)]).code).toBe(1);
    const s = Session.create({ scenario: fixture('cold-chain'), seed: 1 });
    s.send({ type: 'session.start' }, { kind: 'facilitator' });
    let last: ReturnType<typeof s.send> | null = null;
    for (let i = 0; i <= MAX_STATEMENTS; i++) last = s.send({ type: 'statement.submit', channel: 'social', text: `Update ${i}` }, { kind: 'trainee', seat: 'spokesperson' });
    expect(last).toMatchObject({ ok: false, refusal: { code: 'refusal.too-many-statements', params: { max: MAX_STATEMENTS } } });
    expect(s.state.statements).toHaveLength(MAX_STATEMENTS);
  }, 120_000);
});
