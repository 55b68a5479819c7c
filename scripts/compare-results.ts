/**
 * Checks that results whose cues became codes still say what the old sentences said:
 *
 *   npx tsx scripts/compare-results.ts <old-dir> <new-dir>
 *
 * For every JSON file in both folders (play results: the old ones with English `reason`s, the new
 * ones with `code` and `params`): every field other than the cues must be equal (scores, endings,
 * times, claims, curves), the cues must come in the same order with the same dimension, points,
 * quote and tone, each new cue rendered in English (`en`) must read exactly as the old reason did,
 * and its anchor id must name the old anchor's words. Skipped plan steps are compared by step number.
 * Prints one line per file and exits 1 on the first difference it cannot explain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cue } from '../src/engine/index.ts';
import { createTranslator } from '../src/i18n/index.ts';
import { cueText } from '../src/cli/words.ts';

const t = createTranslator('en');

interface OldCue {
  dimension: string;
  points: number;
  reason: string;
  quote: string;
  anchor: string;
  tone?: string;
}

type Json = Record<string, unknown>;

function anchorWords(id: string | null): string {
  return id === null ? '' : t.render({ code: `anchor.${id}`, params: {} } as Parameters<typeof t.render>[0]);
}

function compareCues(where: string, old: OldCue[], now: Cue[], problems: string[]): number {
  if (old.length !== now.length) {
    problems.push(`${where}: ${old.length} cues before, ${now.length} now`);
    return 0;
  }
  old.forEach((o, i) => {
    const n = now[i];
    if (!n) return;
    const at = `${where}[${i}]`;
    if (o.dimension !== n.dimension || o.points !== n.points || o.quote !== n.quote || (o.tone ?? null) !== (n.tone ?? null)) problems.push(`${at}: dimension, points, quote or tone differ`);
    const words = cueText(n);
    if (words !== o.reason) problems.push(`${at}: "${o.reason}" is now ${n.code} ${JSON.stringify(n.params)} = "${words}"`);
    if (anchorWords(n.anchor) !== o.anchor) problems.push(`${at}: anchor "${o.anchor}" is now ${String(n.anchor)}`);
  });
  return old.length;
}

function withoutCues(r: Json): Json {
  const { kind: _kind, version: _version, sessionCues: _s, skipped: _k, ...rest } = r;
  return {
    ...rest,
    injects: (r.injects as Json[]).map(({ cues: _c, ...i }) => i),
    statements: (r.statements as Json[]).map(({ cues: _c, ...s }) => s),
  };
}

export function compareResults(oldDir: string, newDir: string): { file: string; cues: number; problems: string[] }[] {
  const files = readdirSync(oldDir).filter((f) => f.endsWith('.json') && readdirSync(newDir).includes(f));
  return files.map((file) => {
    const old = JSON.parse(readFileSync(join(oldDir, file), 'utf8')) as Json;
    const now = JSON.parse(readFileSync(join(newDir, file), 'utf8')) as Json;
    const problems: string[] = [];
    if (JSON.stringify(withoutCues(old)) !== JSON.stringify(withoutCues(now))) problems.push('fields other than cues differ (scores, endings, times, curves…)');
    let cues = compareCues('sessionCues', old.sessionCues as OldCue[], now.sessionCues as Cue[], problems);
    (old.injects as Json[]).forEach((inj, i) => {
      cues += compareCues(`injects[${i}].cues`, inj.cues as OldCue[], (now.injects as Json[])[i]?.cues as Cue[], problems);
    });
    (old.statements as Json[]).forEach((s, i) => {
      cues += compareCues(`statements[${i}].cues`, s.cues as OldCue[], (now.statements as Json[])[i]?.cues as Cue[], problems);
    });
    const steps = (r: Json) => (r.skipped as { step: number }[]).map((s) => s.step).join(',');
    if (steps(old) !== steps(now)) problems.push('skipped steps differ');
    return { file, cues, problems };
  });
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [oldDir, newDir] = process.argv.slice(2);
  if (oldDir === undefined || newDir === undefined) {
    process.stderr.write('usage: npx tsx scripts/compare-results.ts <old-dir> <new-dir>\n');
    process.exit(2);
  }
  let failed = false;
  for (const r of compareResults(oldDir, newDir)) {
    process.stdout.write(`${r.file}: ${r.cues} cues, ${r.problems.length === 0 ? 'same scores, endings and meaning' : `${r.problems.length} differences`}\n`);
    for (const p of r.problems.slice(0, 20)) process.stdout.write(`  ${p}\n`);
    if (r.problems.length > 0) failed = true;
  }
  process.exit(failed ? 1 : 0);
}
