/**
 * The second, blind annotation of the independent set (second/README.md): other professionals
 * labelled every statement again from the definitions alone, without seeing the writers' labels,
 * ratings or notes. Read against the writers' labels it says how far two people agree; read as the
 * reference it says whether the analyser agrees with another reader as well as with the writer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { INTERNAL_ACTS } from '../../../src/format/index.ts';
import { LABELLED_ELEMENTS, LABELLED_PENALTIES, SPLITS, type Judged, type LabelledStatement, type Situation, type Split } from './evaluate.ts';

const SecondLabel = z.object({
  id: z.string(),
  annotator: z.string(),
  elements: z.array(z.enum(LABELLED_ELEMENTS)),
  penalties: z.array(z.enum(LABELLED_PENALTIES)),
  internal: z.array(z.enum(INTERNAL_ACTS)).optional(),
  empathy: z.number().int().min(1).max(7),
  note: z.string().optional(),
});
const SecondFile = z.object({ split: z.enum(SPLITS), annotators: z.array(z.string()).min(1), labels: z.array(SecondLabel) });
export type SecondLabel = z.infer<typeof SecondLabel>;

function fileOf(split: Split): string {
  return fileURLToPath(new URL(`./second/${split}.yaml`, import.meta.url));
}

export function hasSecond(split: Split): boolean {
  return existsSync(fileOf(split));
}

/**
 * The second annotation of a split, by statement id. Throws, naming them, when it misses a
 * statement of the split or labels one the split does not have: a partial annotation would quietly
 * measure agreement on an easier subset.
 */
export function loadSecond(split: Split, situations: readonly Situation[]): ReadonlyMap<string, SecondLabel> {
  const file = SecondFile.parse(parse(readFileSync(fileOf(split), 'utf8')));
  const byId = new Map<string, SecondLabel>();
  for (const label of file.labels) {
    if (byId.has(label.id)) throw new Error(`second/${split}.yaml labels ${label.id} twice`);
    byId.set(label.id, label);
  }
  const ids = situations.flatMap((s) => s.statements.map((t) => t.id));
  const missing = ids.filter((id) => !byId.has(id));
  const known = new Set(ids);
  const unknown = [...byId.keys()].filter((id) => !known.has(id));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`second/${split}.yaml does not match ${split}.yaml: missing ${missing.join(', ') || 'none'}; not in the split ${unknown.join(', ') || 'none'}`);
  }
  return byId;
}

function labelFor(second: ReadonlyMap<string, SecondLabel>, id: string): SecondLabel {
  const label = second.get(id);
  if (label === undefined) throw new Error(`no second label for ${id}`);
  return label;
}

/** The second annotator's labels read as detections against the writers' labels. */
export function secondAgainstWriters(situations: readonly Situation[], second: ReadonlyMap<string, SecondLabel>): Judged[] {
  return situations.flatMap((situation) =>
    situation.statements.map((statement) => {
      const label = labelFor(second, statement.id);
      return { situation, statement, found: new Set<string>([...label.elements, ...label.penalties]), acts: new Set<string>(label.internal ?? []), rating: label.empathy };
    }),
  );
}

/** A writer's statement with the second annotator's labels and rating in place of the writer's. */
export function relabelled(statement: LabelledStatement, second: ReadonlyMap<string, SecondLabel>): LabelledStatement {
  const label = labelFor(second, statement.id);
  return { ...statement, elements: label.elements, penalties: label.penalties, internal: label.internal, empathy: label.empathy };
}

/** Cohen's kappa for one code over statements: agreement beyond what the two readers' base rates give by chance. */
export function kappa(results: readonly Judged[], code: string): number {
  const n = results.length;
  if (n === 0) return 1;
  let both = 0;
  let neither = 0;
  let labelled = 0;
  let found = 0;
  for (const r of results) {
    const labels: readonly string[] = [...r.statement.elements, ...r.statement.penalties];
    const a = labels.includes(code);
    const b = r.found.has(code);
    if (a) labelled++;
    if (b) found++;
    if (a && b) both++;
    if (!a && !b) neither++;
  }
  const observed = (both + neither) / n;
  const chance = (labelled / n) * (found / n) + (1 - labelled / n) * (1 - found / n);
  return chance === 1 ? 1 : (observed - chance) / (1 - chance);
}
