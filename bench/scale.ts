/**
 * Makes larger scenarios from a bundled one, for measuring how the engine's cost grows: `×k` keeps
 * the original injects and press conferences and adds k − 1 copies of each, with their ids suffixed
 * (`call` → `call-c2`) and every reference inside a copy (`fire`, `cancel`, `after`, `inject.<id>.`
 * in conditions) pointing at the same copy; each copy keeps its own variables (`var.missteps` →
 * `var.missteps_c2`) so a copy's branches follow its own answers. Facts, rumours and stakeholders stay
 * shared, so the copies fire alongside the original on the same clock: k times the injects, answers
 * and events in the same three hours. In every scaled version, ×1 included, early endings are made
 * ordinary ones and `end:` effects are dropped, so that no run ends early and the versions differ
 * only in how many injects there are (k times the missteps would otherwise end the larger ones early).
 *
 *   npx tsx bench/scale.ts scenarios/global-foods-recall.yaml 8 > /tmp/recall-x8.yaml
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

type Node = unknown;

function injectIds(doc: Record<string, Node>): Set<string> {
  const ids = new Set<string>();
  for (const inj of (doc.injects as Record<string, Node>[] | undefined) ?? []) ids.add(String(inj.id));
  for (const pc of (doc.pressConferences as Record<string, Node>[] | undefined) ?? []) {
    ids.add(String(pc.id));
    for (const q of (pc.questions as Record<string, Node>[] | undefined) ?? []) {
      ids.add(String(q.id));
      for (const f of (q.followUps as Record<string, Node>[] | undefined) ?? []) ids.add(String(f.id));
    }
  }
  return ids;
}

const CONDITION_KEYS = new Set(['when', 'unless', 'if']);
const REFERENCE_KEYS = new Set(['fire', 'cancel', 'inject']);

interface Names {
  readonly ids: ReadonlySet<string>;
  readonly vars: ReadonlySet<string>;
  /** Suffix for inject ids (`-c2`) and for variables (`_c2`). */
  readonly copy: number;
}

/** A deep copy of an inject or press conference with its ids, variables and internal references suffixed. */
function copyWith(node: Node, n: Names, key: string | null): Node {
  const rename = (id: string): string => (n.ids.has(id) ? `${id}-c${n.copy}` : id);
  const renameVar = (name: string): string => (n.vars.has(name) ? `${name}_c${n.copy}` : name);
  if (Array.isArray(node)) return node.map((x) => copyWith(x, n, key));
  if (node !== null && typeof node === 'object') {
    const entries = Object.entries(node as Record<string, Node>);
    if (key === 'set' || key === 'add') return Object.fromEntries(entries.map(([k, v]) => [renameVar(k), v]));
    return Object.fromEntries(entries.map(([k, v]) => [k, copyWith(v, n, k)]));
  }
  if (typeof node !== 'string' || key === null) return node;
  if (key === 'id' || REFERENCE_KEYS.has(key)) return rename(node);
  if (key === 'after') return node.replace(/^\s*([a-z0-9-]+)/, (_m, id: string) => rename(id));
  if (CONDITION_KEYS.has(key)) {
    return node.replace(/\binject\.([a-z0-9-]+)\./g, (_m, id: string) => `inject.${rename(id)}.`).replace(/\bvar\.([a-z_][a-z0-9_]*)/g, (_m, v: string) => `var.${renameVar(v)}`);
  }
  return node;
}

/** Drops `end:` effects (the scaled versions all play to the end). */
function withoutEnds(node: Node): Node {
  if (Array.isArray(node)) return node.filter((x) => !(x !== null && typeof x === 'object' && 'end' in x)).map(withoutEnds);
  if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node as Record<string, Node>).map(([k, v]) => [k, withoutEnds(v)]));
  return node;
}

export function scaleScenario(text: string, k: number): string {
  const doc = parse(text) as Record<string, Node>;
  const ids = injectIds(doc);
  const variables = (doc.variables as Record<string, Node> | undefined) ?? {};
  const vars = new Set(Object.keys(variables));
  const injects = ((doc.injects as Node[] | undefined) ?? []).map(withoutEnds);
  const conferences = ((doc.pressConferences as Node[] | undefined) ?? []).map(withoutEnds);
  // Endings only an `end:` effect could reach go with those effects.
  const endings = ((doc.endings as Record<string, Node>[] | undefined) ?? []).filter((e) => 'when' in e || 'otherwise' in e).map((e) => ({ ...e, early: false }));
  const scaled = { ...doc, id: `${String(doc.id)}-x${k}`, variables: { ...variables }, injects: [...injects], pressConferences: [...conferences], endings };
  for (let c = 2; c <= k; c++) {
    for (const [name, value] of Object.entries(variables)) scaled.variables[`${name}_c${c}`] = value;
    scaled.injects.push(...injects.map((i) => copyWith(i, { ids, vars, copy: c }, null)));
    scaled.pressConferences.push(...conferences.map((p) => copyWith(p, { ids, vars, copy: c }, null)));
  }
  return stringify(scaled, { lineWidth: 0 });
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [file, times] = process.argv.slice(2);
  if (file === undefined || times === undefined) {
    process.stderr.write('usage: npx tsx bench/scale.ts <scenario.yaml> <k>\n');
    process.exit(2);
  }
  process.stdout.write(scaleScenario(readFileSync(file, 'utf8'), Number(times)));
}
