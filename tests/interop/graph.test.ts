import { playbookResolver } from '../../src/cli/load.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { instance } from '@viz-js/viz';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { loadScenario, type CompiledScenario } from '../../src/format/index.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { buildGraph, renderDot, renderMermaid } from '../../src/interop/graph.ts';

const t = createTranslator('en');
const SCENARIOS = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => `scenarios/${f}`);

function compiled(path: string, text = readFileSync(path, 'utf8')): CompiledScenario {
  const loaded = loadScenario(text, path, { playbook: playbookResolver(path) });
  if (!loaded.scenario) throw new Error(`${path} does not load`);
  return loaded.scenario;
}

/**
 * Mermaid has no parser that runs outside a browser, so the flowchart is checked line by line
 * against the only statement forms the renderer may write: a node, a subgraph, its end, a direction
 * or an edge, with every label quoted and free of characters that would end it.
 */
function checkMermaid(text: string): string[] {
  const label = String.raw`"(?:[^"<>\x60]|<br/>)*"`;
  const id = String.raw`[A-Za-z][A-Za-z0-9_]*`;
  const forms = [
    /^flowchart LR$/,
    new RegExp(String.raw`^\s+${id}(\(\[|\[\/|\(\(|\{\{|\[)${label}(\]\)|\/\]|\)\)|\}\}|\])$`),
    new RegExp(String.raw`^\s+subgraph ${id}\[${label}\]$`),
    /^\s+direction TB$/,
    /^\s+end$/,
    new RegExp(String.raw`^\s+${id} (-->|-\.->|-\.-x|==>)\|${label}\| ${id}$`),
  ];
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => !forms.some((f) => f.test(line)));
}

describe('crisis graph', () => {
  it.each(SCENARIOS)('%s: every inject, question and ending is on the map, and every way one is set off', (path) => {
    const s = compiled(path);
    const g = buildGraph(s, t);
    const keys = new Set(g.nodes.map((n) => n.key));
    for (const inj of s.injects) expect(keys.has(`inject:${inj.id}`)).toBe(true);
    for (const e of s.endings) expect(keys.has(`ending:${e.id}`)).toBe(true);
    for (const e of g.edges) {
      expect(keys.has(e.from)).toBe(true);
      expect(keys.has(e.to)).toBe(true);
    }
    // Every inject has a way in: a time, another inject, a condition, an answer or the facilitator.
    const reached = new Set(g.edges.map((e) => e.to));
    for (const inj of s.injects) expect(reached.has(`inject:${inj.id}`)).toBe(true);
    // Each fire and cancel effect in the file is an edge from its inject.
    for (const inj of s.injects) {
      const effects = [...inj.onResponse, ...inj.onTimeout, ...inj.options.flatMap((o) => o.effects), ...(inj.freeText?.effects ?? []), ...(inj.freeText?.branches.flatMap((b) => b.effects) ?? [])];
      for (const e of effects) {
        if (e.kind === 'fire') expect(g.edges.some((x) => x.kind === 'fire' && x.from === `inject:${inj.id}` && x.to === `inject:${e.inject}`)).toBe(true);
        if (e.kind === 'cancel') expect(g.edges.some((x) => x.kind === 'cancel' && x.from === `inject:${inj.id}` && x.to === `inject:${e.inject}`)).toBe(true);
        if (e.kind === 'end') expect(g.edges.some((x) => x.kind === 'end' && x.from === `inject:${inj.id}` && x.to === `ending:${e.ending}`)).toBe(true);
      }
    }
  });

  it.each(SCENARIOS)('%s: the Mermaid flowchart uses only well-formed statements', (path) => {
    expect(checkMermaid(renderMermaid(buildGraph(compiled(path), t)))).toEqual([]);
  });

  it.each(SCENARIOS)('%s: Graphviz lays out the DOT file without an error', async (path) => {
    const viz = await instance();
    const r = viz.render(renderDot(buildGraph(compiled(path), t)), { format: 'svg' });
    // The WebAssembly Graphviz has no font files: it warns that it guesses the width of "·" and "…".
    expect(r.errors.filter((e) => e.level !== 'warning' || !e.message.includes('width of non-ASCII'))).toEqual([]);
    expect(r.status).toBe('success');
    const s = compiled(path);
    const svg = r.status === 'success' ? r.output : '';
    expect((svg.match(/<g id="node\d+" class="node">/g) ?? []).length).toBe(s.injects.length + s.endings.length + 2);
  });

  it('labels that would break out of a node are escaped', () => {
    const base = readFileSync('tests/fixtures/cold-chain.yaml', 'utf8').replace('text: "Northwind silent as children fall ill"', 'title: "Say \\"no\\" <b>#1</b> `x` \\\\ end"\n    text: "Northwind silent"');
    const g = buildGraph(compiled('x.yaml', base), t);
    const mermaid = renderMermaid(g);
    expect(checkMermaid(mermaid)).toEqual([]);
    expect(mermaid).toContain('Say #quot;no#quot; #lt;b#gt;#35;1#lt;/b#gt; #96;x#96;');
    expect(renderDot(g)).toContain('Say \\"no\\" <b>#1</b> `x` \\\\ end');
  });

  it('draws timeouts, option branches and endings of a small scenario', () => {
    const g = buildGraph(compiled('tests/fixtures/cold-chain.yaml'), t);
    const edges = g.edges.map((e) => `${e.from} -> ${e.to}: ${e.label}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'start -> inject:first-call: at 12m',
        'inject:first-call -> inject:leaked-lab-report: option deny (+30m)',
        'inject:first-call -> inject:headline-silence: no answer in time',
        'end -> ending:trust-held: 1. trust.parents >= 0.55 and rumour.infant-deaths.reach < 20%',
        'end -> ending:trust-lost: 2. otherwise',
      ]),
    );
  });

  it('the CLI prints either format, writes a file, and refuses a missing format (exit 2)', () => {
    const m = run(['graph', 'tests/fixtures/cold-chain.yaml', '--format', 'mermaid']);
    expect(m.code).toBe(0);
    expect(m.stdout.startsWith('flowchart LR\n')).toBe(true);
    const d = run(['graph', 'tests/fixtures/cold-chain.yaml', '--format', 'dot']);
    expect(d.stdout.startsWith('digraph "cold-chain-recall" {')).toBe(true);
    expect(run(['graph', 'tests/fixtures/cold-chain.yaml']).code).toBe(2);
    expect(run(['graph', 'tests/fixtures/cold-chain.yaml', '--format', 'svg']).code).toBe(2);
  });
});

describe('docs/authoring.md', () => {
  it('shows the map its own example scenario gives', () => {
    const doc = readFileSync('docs/authoring.md', 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const loaded = loadScenario(yaml, 'example.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(mermaid).toBe(renderMermaid(buildGraph(compiled('example.yaml', yaml), t)));
  });
});
