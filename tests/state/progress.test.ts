import { describe, expect, test } from 'vitest';
import { exportProgress, mergeSessions, parseProgress, summarise, type SessionRecord } from '../../src/state/progress.ts';

const session = (id: string, at: string, scenario: string, overall: number, scores: SessionRecord['scores']): SessionRecord => ({
  id, scenario, title: scenario, finishedAt: at, overall, scores, unjudged: [], ending: null,
});

const sessions = [
  session('a', '2026-11-01T10:00:00Z', 'recall', 40, { timeliness: 30, empathy: 60, accuracy: 50 }),
  session('b', '2026-11-02T10:00:00Z', 'recall', 65, { timeliness: 70, empathy: 55, accuracy: 80 }),
  session('c', '2026-11-03T10:00:00Z', 'leak', 50, { timeliness: 60, empathy: 40, accuracy: 70 }),
];

describe('progress', () => {
  test('trends are per dimension in the order played; bests are per scenario', () => {
    const s = summarise([sessions[2]!, sessions[0]!, sessions[1]!]);
    expect(s.trends.timeliness).toEqual([30, 70, 60]);
    expect(s.bests).toEqual({ recall: { overall: 65, title: 'recall' }, leak: { overall: 50, title: 'leak' } });
  });

  test('the weakest capability is the lowest average across sessions', () => {
    expect(summarise(sessions).weakest).toEqual({ dimension: 'empathy', mean: 52 });
  });

  test('export then import gives the same sessions; importing twice adds nothing', () => {
    const parsed = parseProgress(JSON.parse(JSON.stringify(exportProgress(sessions))));
    expect(parsed).toEqual({ ok: true, sessions });
    expect(mergeSessions(sessions, sessions)).toHaveLength(3);
  });

  test('a damaged file is refused whole, with where it went wrong', () => {
    const bad = { kind: 'crisis-room-progress', version: 1, sessions: [{ ...sessions[0], overall: 140 }] };
    const parsed = parseProgress(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain('sessions.0.overall');
    expect(parseProgress({ kind: 'something-else' }).ok).toBe(false);
  });
});
