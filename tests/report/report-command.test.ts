import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { AarReport } from '../../src/report/aar.ts';
import { DENY_RESULT_PATH, HOSTILE } from './fixtures.ts';
import { parseCsv } from './rfc4180.ts';

const dir = mkdtempSync(join(tmpdir(), 'crisis-report-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const LAB = 'tests/fixtures/engine-lab.yaml';
const hostilePlan = file(
  'hostile.yaml',
  [
    'seed: 5',
    'steps:',
    '  - at: 11m',
    '    respond: { inject: call, option: deny }',
    ...Object.values(HOSTILE).flatMap((text, i) => [`  - at: ${12 + i * 2}m`, `    publish: { channel: social, text: ${JSON.stringify(text)} }`]),
    '',
  ].join('\n'),
);
const savePath = join(dir, 'hostile.session.json');
const played = run(['play', LAB, '--plan', hostilePlan, '--json', '--save', savePath]);
const resultPath = file('hostile.result.json', played.stdout);

describe('crisis report', () => {
  it('plays the hostile plan used below', () => {
    expect(played.code).toBe(0);
    expect(existsSync(savePath)).toBe(true);
  });

  it('prints each format to stdout (exit 0), byte-identical run to run', () => {
    for (const format of ['html', 'md', 'csv', 'json']) {
      const a = run(['report', DENY_RESULT_PATH, '--format', format]);
      const b = run(['report', DENY_RESULT_PATH, '--format', format]);
      expect(a.code, format).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(1000);
      expect(a.stdout).toBe(b.stdout);
    }
  });

  it('--json output is the report model and validates', () => {
    const out = run(['report', DENY_RESULT_PATH, '--format', 'json']);
    const model = AarReport.parse(JSON.parse(out.stdout));
    expect(model.overview.title).toBe('Engine lab');
    expect(model.improvementPlan.length).toBeGreaterThan(0);
  });

  it('--out writes the file (what stdout would have held) and says so', () => {
    const target = join(dir, 'report.html');
    const out = run(['report', DENY_RESULT_PATH, '--format', 'html', '--out', target]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(`html report written to ${target}\n`);
    expect(readFileSync(target, 'utf8')).toBe(run(['report', DENY_RESULT_PATH, '--format', 'html']).stdout);
  });

  it('takes the format from the --out file name when --format is missing', () => {
    const target = join(dir, 'report.md');
    expect(run(['report', DENY_RESULT_PATH, '--out', target]).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^# After-Action Report/);
  });

  it('escapes a played hostile session in every format', () => {
    const html = run(['report', resultPath, '--format', 'html']).stdout;
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const md = run(['report', resultPath, '--format', 'md']).stdout;
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\| col \\| col2 \\|');
    const csv = parseCsv(run(['report', resultPath, '--format', 'csv']).stdout);
    expect(csv.flat()).toContain(`'${HOSTILE.formula}`);
  });

  it('rebuilds a saved session with --scenario, giving the same report as the play result', () => {
    const fromSave = run(['report', savePath, '--scenario', LAB, '--format', 'json']);
    expect(fromSave.code).toBe(0);
    expect(fromSave.stdout).toBe(run(['report', resultPath, '--format', 'json']).stdout);
  });

  it('refuses a saved session without --scenario, or with the wrong scenario (exit 1)', () => {
    const without = run(['report', savePath, '--format', 'html']);
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/is a saved session.*--scenario/);
    const wrong = run(['report', savePath, '--scenario', 'tests/fixtures/cold-chain.yaml', '--format', 'html']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/this save is for scenario "engine-lab"/);
  });

  it('notes that --scenario is not needed for a play result', () => {
    const out = run(['report', DENY_RESULT_PATH, '--scenario', LAB, '--format', 'csv']);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/only needed for a saved session/);
  });

  it('reports malformed input clearly (exit 1): not JSON, or not a result, with the first problems by path', () => {
    const notJson = run(['report', file('bad.json', '{"scenario": '), '--format', 'html']);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/bad\.json is not JSON/);

    const result = JSON.parse(readFileSync(DENY_RESULT_PATH, 'utf8')) as { seed: unknown; injects: { firedAt: unknown }[] };
    result.seed = 'seven';
    result.injects[2]!.firedAt = 12;
    const invalid = run(['report', file('invalid.json', JSON.stringify(result)), '--format', 'html']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/is not a Crisis Room play result/);
    expect(invalid.stderr).toMatch(/^ {2}seed: missing, or not what a result holds there$/m);
    expect(invalid.stderr).toMatch(/^ {2}injects\[2\]\.firedAt: missing, or not what a result holds there$/m);
    // The schema library's English stays out of what people read.
    expect(invalid.stderr).not.toMatch(/Invalid input|expected/);

    const stripped = { kind: 'crisis-room-result', version: 2 };
    const many = run(['report', file('stripped.json', JSON.stringify(stripped)), '--format', 'html']);
    expect(many.code).toBe(1);
    expect(many.stderr).toMatch(/… and \d+ more/);
    expect(many.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace

    // Some other JSON file altogether: one line saying what it is not.
    const other = run(['report', file('empty.json', '{}'), '--format', 'html']);
    expect(other.code).toBe(1);
    expect(other.stderr?.trim().split('\n')).toEqual([`${file('empty.json', '{}')} is not a Crisis Room play result (made with "crisis play … --json") or saved session`]);
  });

  it('reads results through their kind and version: a current one loads, an older English-reason one is refused with what to do', () => {
    const current = JSON.parse(readFileSync(DENY_RESULT_PATH, 'utf8')) as Record<string, unknown>;
    expect([current.kind, current.version]).toEqual(['crisis-room-result', 2]);
    const { kind: _kind, version: _version, ...rest } = current;
    const v1 = { ...rest, sessionCues: [{ dimension: 'empathy', points: 0, reason: 'said nothing at all', quote: '', anchor: 'CDC CERC' }] };
    const old = run(['report', file('v1.json', JSON.stringify(v1)), '--format', 'md']);
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(/made by an older version of Crisis Room \(result format 1, now 2\)/);
    expect(run(['report', file('future.json', JSON.stringify({ ...current, version: 3 })), '--format', 'md']).code).toBe(1);
  });

  it('is a usage error (exit 2) to miss the file, the format or use an unknown one', () => {
    expect(run(['report', join(dir, 'missing.json'), '--format', 'html'])).toMatchObject({ code: 2 });
    expect(run(['report', DENY_RESULT_PATH]).stderr).toMatch(/give --format html\|md\|csv\|json/);
    expect(run(['report', DENY_RESULT_PATH, '--format', 'pdf'])).toMatchObject({ code: 2 });
    expect(run(['report', '--format', 'html'])).toMatchObject({ code: 2 });
    expect(run(['report', DENY_RESULT_PATH, '--format', 'html', '--colour'])).toMatchObject({ code: 2 });
  });

  const bigScenario = 'scenarios/global-foods-recall.yaml';
  const bigPlan = 'scenarios/plans/global-foods-recall.strong.yaml';
  it.skipIf(!existsSync(bigScenario) || !existsSync(bigPlan))('reports a full bundled scenario in every format', () => {
    const play = run(['play', bigScenario, '--plan', bigPlan, '--json']);
    expect(play.code).toBe(0);
    const path = file('big.json', play.stdout);
    const model = AarReport.parse(JSON.parse(run(['report', path, '--format', 'json']).stdout));
    expect(model.timeline.length).toBeGreaterThan(20);
    for (const c of model.capabilities) expect(c.strengths.length + c.improvements.length).toBeGreaterThan(0);
    expect(run(['report', path, '--format', 'html']).code).toBe(0);
    expect(parseCsv(run(['report', path, '--format', 'csv']).stdout)).toHaveLength(1 + model.timeline.length);
  });
});
