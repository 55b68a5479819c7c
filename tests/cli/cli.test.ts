import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_SCENARIO } from '../../src/format/index.ts';
import { run } from '../../src/cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'crisis-cli-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const good = file('good.yaml', BASE_SCENARIO);
const broken = file(
  'broken.yaml',
  BASE_SCENARIO.replace('  - id: call\n', '  - id: call\n    onTimeout: [ { fire: folow-up } ]\n').replace('endings:', `  - id: call\n    at: 20m\n    channel: news\n    text: Again\nendings:`),
);
const badYaml = file('bad-yaml.yaml', 'formatVersion: 1\nid: [unclosed\n');
const plan = file('plan.yaml', 'seed: 3\nsteps:\n  - at: 12m\n    respond: { inject: call, text: "We do not know yet how many batches. Your safety comes first." }\n');
const planBadStep = file('plan-bad.yaml', 'steps:\n  - at: 5m\n    respond: { inject: call, text: "Too early" }\n');

describe('crisis lint', () => {
  it('is clean on a good file (exit 0)', () => {
    const out = run(['lint', good]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('0 errors, 0 warnings');
  });

  it('reports positioned, coded errors for unknown references, duplicate ids and bad YAML (exit 1)', () => {
    const out = run(['lint', broken, badYaml]);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error SC202 there is no inject "folow-up"`));
    expect(out.stdout).toMatch(/:\d+:\d+ error SC201 duplicate inject id "call"/);
    expect(out.stdout).toMatch(/bad-yaml\.yaml:\d+:\d+ error SC001 /);
  });

  it('--json prints exactly one document with the contract fields', () => {
    const out = run(['lint', broken, '--json']);
    const doc = JSON.parse(out.stdout) as { files: { file: string; diagnostics: { line: number; col: number; severity: string; code: string; message: string }[] }[]; errors: number; warnings: number };
    expect(doc.errors).toBeGreaterThan(1);
    expect(doc.warnings).toBe(0);
    expect(Object.keys(doc.files[0]?.diagnostics[0] ?? {}).sort()).toEqual(['code', 'col', 'line', 'message', 'severity']);
  });

  it('--max-warnings 0 turns warnings into failure', () => {
    const warned = file('warned.yaml', BASE_SCENARIO.replace('personas:\n', 'personas:\n  - { id: spare, name: Spare, kind: public }\n'));
    expect(run(['lint', warned]).code).toBe(0);
    expect(run(['lint', warned, '--max-warnings', '0']).code).toBe(1);
  });
});

describe('crisis play', () => {
  it('plays a plan and gives byte-identical JSON twice', () => {
    const a = run(['play', good, '--plan', plan, '--json']);
    const b = run(['play', good, '--plan', plan, '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const r = JSON.parse(a.stdout) as Record<string, unknown>;
    for (const key of ['scenario', 'seed', 'ending', 'endedAt', 'scores', 'injects', 'statements', 'rumours', 'stakeholders']) expect(r).toHaveProperty(key);
    expect(r.seed).toBe(3);
    expect(Object.keys(r.scores as object).sort()).toEqual(['accuracy', 'consistency', 'empathy', 'overall', 'proactivity', 'timeliness', 'transparency']);
  });

  it('prints the engine result with each cue\'s reason in words beside its code (the contract\'s "reason")', () => {
    const golden = JSON.parse(readFileSync('tests/golden/global-foods-recall.strong.json', 'utf8')) as { sessionCues: Record<string, unknown>[] };
    const out = run(['play', 'scenarios/global-foods-recall.yaml', '--plan', 'scenarios/plans/global-foods-recall.strong.yaml', '--json']);
    expect(out.code).toBe(0);
    const printed = JSON.parse(out.stdout) as { sessionCues: Record<string, unknown>[]; injects: { cues: Record<string, unknown>[] }[] };
    const withoutReasons = JSON.parse(out.stdout, (key, value: unknown) => (key === 'reason' ? undefined : value)) as unknown;
    expect(withoutReasons).toEqual(golden);
    expect(printed.sessionCues[0]).toMatchObject({ dimension: 'timeliness', reason: 'answers against deadlines: 100/100, weighted 70%', code: 'cue.summary' });
    expect(Object.keys(printed.injects[0]?.cues[0] ?? {}).slice(0, 4)).toEqual(['dimension', 'points', 'reason', 'code']);
    for (const c of [...printed.sessionCues, ...printed.injects.flatMap((i) => i.cues)]) expect(typeof c.reason === 'string' && c.reason.length > 3).toBe(true);
  });

  it('--seed overrides the plan seed', () => {
    const r = JSON.parse(run(['play', good, '--plan', plan, '--seed', '11', '--json']).stdout) as { seed: number };
    expect(r.seed).toBe(11);
  });

  it('a step whose inject is not open is an error naming the step (exit 1), or skipped when lenient', () => {
    const out = run(['play', good, '--plan', planBadStep]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('step 1 (at 5m, respond to "call")');
    const lenient = file('lenient.yaml', `lenient: true\n${readFileSync(planBadStep, 'utf8')}`);
    const ok = run(['play', good, '--plan', lenient, '--json']);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { skipped: unknown[] }).skipped).toEqual([{ step: 1, at: '5m', refusal: { code: 'refusal.not-fired', params: { inject: 'call' } } }]);
    expect(run(['play', good, '--plan', lenient]).stdout).toContain('step 1 (at 5m): "call" has not happened yet');
  });

  it('refuses an invalid scenario with exit 1 and usage mistakes with exit 2, without stack traces', () => {
    expect(run(['play', broken, '--plan', plan]).code).toBe(1);
    for (const argv of [['play', good], ['play', good, '--plan', 'missing.yaml'], ['play', good, '--plan', plan, '--seed', 'x'], ['play', good, '--plan', plan, '--wat'], ['nonsense'], []]) {
      const out = run(argv);
      expect(out.code, argv.join(' ')).toBe(2);
      expect(`${out.stderr ?? ''}${out.stdout}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    }
  });

  it('refuses a malformed or oversized plan with positioned, coded errors (exit 1)', () => {
    const malformed = file('plan-malformed.yaml', 'steps:\n  - at: banana\n    respond: { inject: call }\n');
    const out = run(['play', good, '--plan', malformed]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/plan-malformed\.yaml:2:9 error SC105 .*"banana" is not a duration/);
    expect(out.stderr).toContain('plan-malformed.yaml is not a valid plan');
    const huge = file('plan-huge.yaml', `steps:\n  - at: 12m\n    respond: { inject: call, text: "${'x'.repeat(1_100_000)}" }\n`);
    const big = run(['play', good, '--plan', huge]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/plan-huge\.yaml:1:1 error SC005 .*scenario and plan files are limited to/);
  });

  it('--save writes a session that restores', () => {
    const save = join(dir, 'session.json');
    run(['play', good, '--plan', plan, '--save', save]);
    expect(JSON.parse(readFileSync(save, 'utf8'))).toMatchObject({ kind: 'crisis-room-session', scenario: 'example', phase: 'ended' });
  });
});

describe('crisis sim', () => {
  it('summarises runs with the contract fields', () => {
    const out = run(['sim', good, '--runs', '20', '--policy', 'first', '--json']);
    expect(out.code).toBe(0);
    const s = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(Object.keys(s).sort()).toEqual(['endings', 'neverFired', 'policy', 'runs', 'runsPerSecond', 'scores']);
    expect(s.runs).toBe(20);
    expect(s.endings).toEqual({ done: 20 });
  });

  it('rejects an unknown policy with exit 2', () => {
    expect(run(['sim', good, '--runs', '5', '--policy', 'lucky']).code).toBe(2);
  });
});

describe('the real process', () => {
  it('npm run --silent crisis -- lint prints diagnostics and exits 1; stdout holds only the JSON with --json', () => {
    const r = spawnSync('npm', ['run', '--silent', 'crisis', '--', 'lint', broken], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('SC202');
    const json = execFileSync('npm', ['run', '--silent', 'crisis', '--', 'lint', good, '--json'], { encoding: 'utf8' });
    expect(() => JSON.parse(json) as unknown).not.toThrow();
  });

  it('a usage error exits 2', () => {
    const r = spawnSync('npm', ['run', '--silent', 'crisis', '--', 'lint'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('needs a file');
  });
});
