import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';

interface CurveJson {
  finalReach: number;
  peakReach: number;
  peakAt: string;
  finalBelieving: number;
  series: { t: string; reach: number; spreaders: number; believing: number }[];
}
interface RumourJson {
  noResponse: CurveJson;
  withResponse: CurveJson | null;
}

function rumour(argv: string[]): RumourJson {
  const out = run(['rumour', ...argv, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as RumourJson;
}

describe('crisis rumour', () => {
  it('with equal spreading and stifling, no forgetting and no correction, 20.3% never hear it (Daley–Kendall / Maki–Thompson)', () => {
    const r = rumour(['--lambda', '1', '--sigma', '1', '--delta', '0', '--s0', '0.0001', '--hours', '200']);
    expect(1 - r.noResponse.finalReach).toBeGreaterThan(0.198);
    expect(1 - r.noResponse.finalReach).toBeLessThan(0.208);
    expect(r.withResponse).toBeNull();
  });

  it('a correction lowers final reach and believers, and an earlier one more so', () => {
    const early = rumour(['--lambda', '2', '--s0', '0.001', '--hours', '12', '--respond-at', '1h']);
    const late = rumour(['--lambda', '2', '--s0', '0.001', '--hours', '12', '--respond-at', '4h']);
    expect(early.withResponse?.finalReach).toBeLessThan(late.withResponse?.finalReach ?? 0);
    expect(late.withResponse?.finalReach).toBeLessThan(late.noResponse.finalReach);
    expect(late.withResponse?.finalBelieving).toBeLessThan(late.noResponse.finalBelieving);
  });

  it('reads a rumour from a scenario, and draws both curves in the SVG', () => {
    const svg = join(mkdtempSync(join(tmpdir(), 'crisis-rumour-')), 'r.svg');
    const out = run(['rumour', 'tests/fixtures/engine-lab.yaml', 'deaths', '--respond-at', '30m', '--svg', svg]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('correction at 30m');
    const text = readFileSync(svg, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(text).toContain('Heard it: correction at 30m');
  });

  it('times in the series are durations and fractions stay within 0–1', () => {
    const r = rumour(['--lambda', '3', '--hours', '3']);
    expect(r.noResponse.series[0]?.t).toBe('0m');
    expect(r.noResponse.series.at(-1)?.t).toBe('3h');
    for (const p of r.noResponse.series) for (const v of [p.reach, p.spreaders, p.believing]) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('bad input is a usage error (2) or an invalid input (1), never a crash', () => {
    expect(run(['rumour']).code).toBe(2);
    expect(run(['rumour', '--lambda', '-1']).code).toBe(2);
    expect(run(['rumour', '--lambda', '1', '--respond-at', 'soon']).code).toBe(2);
    expect(run(['rumour', 'tests/fixtures/engine-lab.yaml', 'ghost']).code).toBe(1);
    expect(run(['rumour', 'tests/fixtures/engine-lab.yaml', 'deaths', '--lambda', '2']).code).toBe(2);
  });
});
