import { describe, expect, it } from 'vitest';
import { BASE_SCENARIO, loadScenario, wallClockAt } from '../../src/format/index.ts';
import { lintEn } from '../helpers.ts';

const withClock = (clock: string) => BASE_SCENARIO.replace(/^clock: .*$/m, `clock: ${clock}`);
const codes = (yaml: string) => loadScenario(yaml, 'scenario.yaml').diagnostics.map((d) => `${d.code} ${lintEn(d)}`);

describe('calendar jumps between exercise modules (clock.jumps)', () => {
  const start = '2026-06-02T08:00:00+01:00';
  const jumps = [
    { atMs: 3_600_000, toIso: '2026-06-05T09:00:00+01:00' },
    { atMs: 5_400_000, toIso: '2026-07-14T10:00:00+01:00' },
  ];

  it('moves the wall clock forward at each jump while scenario time runs on', () => {
    const at = (ms: number) => new Date(wallClockAt(start, jumps, ms)?.epochMs ?? 0).toISOString();
    expect(at(30 * 60_000)).toBe('2026-06-02T07:30:00.000Z');
    expect(at(3_600_000)).toBe('2026-06-05T08:00:00.000Z');
    expect(at(5_400_000 + 60_000)).toBe('2026-07-14T09:01:00.000Z');
    expect(wallClockAt(start, jumps, 5_400_000)?.offsetMinutes).toBe(60);
  });

  it('compiles the jumps of a clean scenario in time order', () => {
    const loaded = loadScenario(withClock(`{ start: "${start}", length: 2h, jumps: [{ at: 1h, to: "2026-06-05T09:00:00+01:00", title: "Day 4" }] }`), 'scenario.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.scenario?.clockJumps).toEqual([{ atMs: 3_600_000, toIso: '2026-06-05T09:00:00+01:00', title: 'Day 4' }]);
  });

  it('reports jumps out of order, outside the exercise or backwards (SC310)', () => {
    const order = codes(withClock(`{ start: "${start}", length: 2h, jumps: [{ at: 1h30m, to: "2026-07-14T10:00:00+01:00" }, { at: 1h, to: "2026-08-01T10:00:00+01:00" }] }`));
    expect(order.some((c) => c.startsWith('SC310') && c.includes('time order'))).toBe(true);
    const outside = codes(withClock(`{ start: "${start}", length: 2h, jumps: [{ at: 2h, to: "2026-07-14T10:00:00+01:00" }] }`));
    expect(outside.some((c) => c.startsWith('SC310') && c.includes('outside the exercise'))).toBe(true);
    // 09:00 on day 1 is earlier than the 09:30 the clock already shows at 1h30m.
    const back = codes(withClock(`{ start: "${start}", length: 2h, jumps: [{ at: 1h30m, to: "2026-06-02T09:00:00+01:00" }] }`));
    expect(back.some((c) => c.startsWith('SC310') && c.includes('forward'))).toBe(true);
  });
});
