/**
 * The analyser's output over every text the project holds, as one stable JSON of hashes: a safety
 * net for changes that must not alter any result (speed work). Record it before the change, run it
 * after, and compare byte for byte:
 *
 *   npx tsx tests/calibration/snapshot.ts > /tmp/before.json
 *   … change …
 *   npx tsx tests/calibration/snapshot.ts > /tmp/after.json && cmp /tmp/before.json /tmp/after.json
 *
 * `--diff FILE` compares with a recorded snapshot and prints only the ids whose annotation moved.
 *
 * Each annotation gives two hashes: `ID` for everything but its internal acts and `ID#internal` for
 * those. The analyser is told each statement's channel where the text implies one (a split's kind,
 * through CHANNEL_OF_KIND; a plan's statement, as the plan plays it) and then reads internal acts
 * only on the team's own channels, so a change to that gate shows as moved `#internal` ids alone.
 *
 * What it reads: the independent calibration splits meant for reading (train, dev, train2, dev2 when
 * present; never test, which is frozen and not opened here), with and without the writers' words for
 * the people affected; statements.yaml at its moment and thirteen hours later (times and dates
 * resolve differently); minimal-pairs.yaml; the bench texts; and every free text of every bundled
 * plan, annotated as the plan plays it, plus each plan's whole result. Only hashes are printed, so
 * no statement of a split is ever shown.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { STATEMENT_200_WORDS } from '../../bench/analysis.ts';
import { bundledPlans, playbookTexts } from '../../scripts/update-golden.ts';
import { analysisContextFor, createAnalyser } from '../../src/analysis/index.ts';
import { playPlan, type Annotation, type StatementAnnotator } from '../../src/engine/index.ts';
import { loadPlan, loadScenario } from '../../src/format/index.ts';
import { analysisContextOf, MINIMAL_PAIRS_FILE, momentOf, readCalibrationFile } from './contexts.ts';
import { CHANNEL_OF_KIND, KINDS, situationAnalyser } from './independent/evaluate.ts';

/** Splits whose statements may be read by this script; the test split is deliberately absent. */
const READABLE_SPLITS = ['train', 'dev', 'train2', 'dev2'] as const;

const Split = z.looseObject({
  situations: z.array(
    z.looseObject({
      id: z.string(),
      cluster: z.enum(['victim', 'accidental', 'preventable']),
      severity: z.enum(['low', 'medium', 'high', 'critical']),
      organisation: z.string(),
      affected: z.array(z.string()),
      statements: z.array(z.looseObject({ id: z.string(), channel: z.enum(KINDS), text: z.string() })),
    }),
  ),
});

const Pairs = z.looseObject({ pairs: z.array(z.looseObject({ detector: z.string(), context: z.string(), fires: z.string(), silent: z.string() })) });

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

export function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const record = (id: string, value: unknown): void => {
    if (id in out) throw new Error(`snapshot id ${id} twice`);
    out[id] = hash(value);
  };
  const put = (id: string, annotation: Annotation | string): void => {
    if (typeof annotation === 'string') return record(id, annotation);
    const { internal, ...rest } = annotation;
    record(id, rest);
    record(`${id}#internal`, internal);
  };

  for (const split of READABLE_SPLITS) {
    const file = fileURLToPath(new URL(`./independent/${split}.yaml`, import.meta.url));
    if (!existsSync(file)) continue;
    for (const situation of Split.parse(parse(readFileSync(file, 'utf8'))).situations) {
      for (const withAffected of [false, true]) {
        const analyser = situationAnalyser(situation, withAffected);
        for (const s of situation.statements) put(`${split}/${s.id}${withAffected ? '+affected' : ''}`, analyser.annotate(s.text, { now: 0 }, CHANNEL_OF_KIND[s.channel]));
      }
    }
  }

  const calibration = readCalibrationFile();
  const analysers = new Map<string, { analyser: StatementAnnotator; now: number }>();
  const inContext = (context: string): { analyser: StatementAnnotator; now: number } => {
    let found = analysers.get(context);
    if (found === undefined) {
      const entry = calibration.contexts[context];
      if (entry === undefined) throw new Error(`unknown calibration context ${context}`);
      found = { analyser: createAnalyser(analysisContextOf(entry)), now: momentOf(entry) };
      analysers.set(context, found);
    }
    return found;
  };
  for (const s of calibration.statements) {
    const { analyser, now } = inContext(s.context);
    put(`statements/${s.id}`, analyser.annotate(s.text, { now }));
    put(`statements/${s.id}@+13h`, analyser.annotate(s.text, { now: now + 13 * 3_600_000 }));
    put(`statements/${s.id}@0`, analyser.annotate(s.text, { now: 0 }));
  }
  Pairs.parse(parse(readFileSync(MINIMAL_PAIRS_FILE, 'utf8'))).pairs.forEach((p, i) => {
    const { analyser, now } = inContext(p.context);
    put(`pairs/${i}/fires`, analyser.annotate(p.fires, { now }));
    put(`pairs/${i}/silent`, analyser.annotate(p.silent, { now }));
  });
  const { analyser: bench, now: benchNow } = inContext('food-recall');
  put('bench/200-words', bench.annotate(STATEMENT_200_WORDS, { now: benchNow }));

  for (const p of bundledPlans()) {
    const { scenario } = loadScenario(readFileSync(p.scenario, 'utf8'), p.scenario, {
      playbook: (id) => playbookTexts(p.scenario)[id] ?? null,
    });
    const { plan } = loadPlan(readFileSync(p.plan, 'utf8'), p.plan);
    if (!scenario || !plan) throw new Error(`${p.plan} does not load`);
    const inner = createAnalyser(analysisContextFor(scenario));
    let n = 0;
    const recording: StatementAnnotator = {
      version: inner.version,
      annotate(text, at, channel) {
        const annotation = inner.annotate(text, at, channel);
        put(`plans/${p.plan}/${n++}`, annotation);
        return annotation;
      },
    };
    put(`plans/${p.plan}/result`, JSON.stringify(playPlan(scenario, plan, { annotator: recording }).result));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const current = snapshot();
  const diffAt = process.argv.indexOf('--diff');
  if (diffAt < 0) process.stdout.write(`${JSON.stringify(current, null, 1)}\n`);
  else {
    const file = process.argv[diffAt + 1];
    if (file === undefined) throw new Error('--diff needs the file of a recorded snapshot');
    const recorded = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(file, 'utf8')));
    const ids = new Set([...Object.keys(recorded), ...Object.keys(current)]);
    const moved = [...ids].filter((id) => recorded[id] !== current[id]);
    for (const id of moved) process.stdout.write(`${id}: ${recorded[id] ?? 'absent'} -> ${current[id] ?? 'absent'}\n`);
    const internal = moved.filter((id) => id.endsWith('#internal')).length;
    process.stdout.write(`${moved.length} of ${ids.size} hashes differ (${internal} of them internal acts only, ${moved.length - internal} anything else)\n`);
    process.exitCode = moved.length === 0 ? 0 : 1;
  }
}
