/**
 * Progress across sessions, as a trainee sees it: every finished drill's scores, trends per
 * dimension, personal bests per scenario, the weakest capability and a drill for it. Pure functions
 * over records; the browser keeps the records in IndexedDB (view/progress-db.ts).
 */
import { z } from 'zod';

export const DIMENSION_IDS = ['timeliness', 'accuracy', 'consistency', 'empathy', 'transparency', 'proactivity'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export const SessionRecord = z.object({
  id: z.string().min(1).max(100),
  scenario: z.string().min(1).max(100),
  title: z.string().max(500),
  /** When it finished, ISO 8601 (real time). */
  finishedAt: z.string().max(40),
  overall: z.number().min(0).max(100),
  scores: z.partialRecord(z.enum(DIMENSION_IDS), z.number().min(0).max(100)),
  unjudged: z.array(z.enum(DIMENSION_IDS)),
  ending: z.string().nullable(),
});
export type SessionRecord = z.infer<typeof SessionRecord>;

export const PROGRESS_KIND = 'crisis-room-progress';
export const ProgressFile = z.object({ kind: z.literal(PROGRESS_KIND), version: z.literal(1), sessions: z.array(SessionRecord).max(10_000) });
export type ProgressFile = z.infer<typeof ProgressFile>;

export function exportProgress(sessions: readonly SessionRecord[]): ProgressFile {
  return { kind: PROGRESS_KIND, version: 1, sessions: [...sessions] };
}

/** Reads a progress file; a bad file is refused whole with the first problem, never half-imported. */
export function parseProgress(raw: unknown): { ok: true; sessions: SessionRecord[] } | { ok: false; problem: string } {
  const parsed = ProgressFile.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: first ? `${first.path.join('.') || 'file'}: ${first.message}` : 'unreadable' };
  }
  return { ok: true, sessions: parsed.data.sessions };
}

/** Merges imported sessions into existing ones by id (an import twice adds nothing). */
export function mergeSessions(existing: readonly SessionRecord[], incoming: readonly SessionRecord[]): SessionRecord[] {
  const byId = new Map(existing.map((s) => [s.id, s]));
  for (const s of incoming) byId.set(s.id, s);
  return [...byId.values()].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

export interface ProgressSummary {
  readonly count: number;
  /** Per dimension, the judged scores in the order played. */
  readonly trends: Readonly<Record<DimensionId, readonly number[]>>;
  readonly bests: Readonly<Record<string, { readonly overall: number; readonly title: string }>>;
  /** The dimension with the lowest mean (judged at least once), and that mean. */
  readonly weakest: { readonly dimension: DimensionId; readonly mean: number } | null;
}

export function summarise(sessions: readonly SessionRecord[]): ProgressSummary {
  const ordered = [...sessions].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const trends = Object.fromEntries(DIMENSION_IDS.map((d) => [d, ordered.filter((s) => !s.unjudged.includes(d) && s.scores[d] !== undefined).map((s) => s.scores[d] ?? 0)])) as Record<DimensionId, number[]>;
  const bests: Record<string, { overall: number; title: string }> = {};
  for (const s of ordered) {
    const best = bests[s.scenario];
    if (!best || s.overall > best.overall) bests[s.scenario] = { overall: s.overall, title: s.title };
  }
  let weakest: ProgressSummary['weakest'] = null;
  for (const d of DIMENSION_IDS) {
    const values = trends[d];
    if (values.length === 0) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    if (weakest === null || mean < weakest.mean) weakest = { dimension: d, mean: Math.round(mean) };
  }
  return { count: ordered.length, trends, bests, weakest };
}
