/**
 * A scenario as a map: injects, how each one is set off (a time, another inject, a condition, an
 * answer, a missed deadline), what cancels what, the press conferences' question chains, and the
 * endings. Built once as data (nodes and edges with their words), then drawn as Mermaid (for
 * Markdown and docs) or Graphviz DOT (for large scenarios and print).
 */
import { formatDuration, textIn, type CompiledEffect, type CompiledInject, type CompiledScenario, type LocalTextDoc } from '../format/index.ts';
import type { Translator } from '../i18n/index.ts';

export type GraphNodeKind = 'start' | 'inject' | 'question' | 'follow-up' | 'end' | 'ending';
export type GraphEdgeKind = 'time' | 'after' | 'when' | 'facilitator' | 'fire' | 'cancel' | 'end' | 'next' | 'follow-up' | 'ending';

export interface GraphNode {
  readonly key: string;
  readonly kind: GraphNodeKind;
  /** Lines of the node's label, already in words. */
  readonly lines: readonly string[];
  /** The press conference it belongs to. */
  readonly group: string | null;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: GraphEdgeKind;
  readonly label: string;
}

export interface ScenarioGraph {
  readonly id: string;
  readonly title: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly groups: readonly { readonly key: string; readonly label: string }[];
}

const MAX_LABEL = 48;
const MAX_CONDITION = 60;

function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function buildGraph(s: CompiledScenario, t: Translator): ScenarioGraph {
  const lang = s.language;
  const text = (v: LocalTextDoc | null | undefined): string => (v === null || v === undefined ? '' : textIn(v, lang, lang));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const groups: { key: string; label: string }[] = [];
  const injectKey = (id: string): string => `inject:${id}`;
  const endingKey = (id: string): string => `ending:${id}`;
  const doc = s.doc;
  const sources = new Map(doc.injects.map((i) => [i.id, i]));
  const conferences = new Map(doc.pressConferences.map((p) => [p.id, p]));

  nodes.push({ key: 'start', kind: 'start', lines: [t.t('graph.start')], group: null });
  const targeted = new Set<string>();
  for (const inj of s.injects) {
    for (const e of effectsOf(inj)) if (e.effect.kind === 'fire') targeted.add(e.effect.inject);
  }

  for (const pc of doc.pressConferences) groups.push({ key: `conference:${pc.id}`, label: t.t('graph.conference', { title: clip(text(pc.title), MAX_LABEL) }) });

  for (const inj of s.injects) {
    const conference = inj.conference;
    const kind: GraphNodeKind = conference === null ? 'inject' : conference.followUpOf === null ? 'question' : 'follow-up';
    const when = inj.trigger.kind === 'at' ? formatDuration(inj.trigger.atMs) : null;
    const head = t.t('graph.node.head', { time: when, channel: inj.channel, id: inj.id });
    const body = clip(text(inj.title) || text(inj.subject) || text(inj.text), MAX_LABEL);
    const source = sources.get(inj.id);
    const guards = [
      ...(source?.if === undefined ? [] : [t.t('graph.guard.if', { condition: clip(source.if, MAX_CONDITION) })]),
      ...(source?.unless === undefined ? [] : [t.t('graph.guard.unless', { condition: clip(source.unless, MAX_CONDITION) })]),
    ];
    nodes.push({ key: injectKey(inj.id), kind, lines: [head, body, ...guards], group: conference === null ? null : `conference:${conference.id}` });

    // How it is set off.
    const trigger = inj.trigger;
    if (trigger.kind === 'at') edges.push({ from: 'start', to: injectKey(inj.id), kind: 'time', label: t.t('graph.edge.at', { time: formatDuration(trigger.atMs) }) });
    else if (trigger.kind === 'after') {
      edges.push({ from: injectKey(trigger.inject), to: injectKey(inj.id), kind: 'after', label: t.t('graph.edge.after', { event: trigger.event, delay: trigger.delayMs === 0 ? null : formatDuration(trigger.delayMs) }) });
    } else if (trigger.kind === 'when') {
      const condition = source?.when ?? (conference === null ? undefined : conferences.get(conference.id)?.when) ?? '';
      edges.push({ from: 'start', to: injectKey(inj.id), kind: 'when', label: t.t('graph.edge.when', { condition: clip(condition, MAX_CONDITION), once: trigger.once }) });
    } else if (conference === null && !targeted.has(inj.id)) {
      edges.push({ from: 'start', to: injectKey(inj.id), kind: 'facilitator', label: t.t('graph.edge.facilitator') });
    }

    // Press conference chains.
    if (conference !== null) {
      for (const f of conference.followUps) edges.push({ from: injectKey(inj.id), to: injectKey(f.inject), kind: 'follow-up', label: t.t('graph.edge.followUp', { trigger: f.trigger }) });
      if (conference.next !== null) edges.push({ from: injectKey(inj.id), to: injectKey(conference.next), kind: 'next', label: t.t('graph.edge.next') });
    }

    // What its answers, and its silence, set off.
    for (const { effect, via } of effectsOf(inj)) {
      const delay = effect.kind === 'fire' && effect.delayMs > 0 ? formatDuration(effect.delayMs) : null;
      if (effect.kind === 'fire') edges.push({ from: injectKey(inj.id), to: injectKey(effect.inject), kind: 'fire', label: t.t('graph.edge.via', { ...via, delay }) });
      else if (effect.kind === 'cancel') edges.push({ from: injectKey(inj.id), to: injectKey(effect.inject), kind: 'cancel', label: t.t('graph.edge.cancels', { via: t.t('graph.edge.via', { ...via, delay: null }) }) });
      else if (effect.kind === 'end') edges.push({ from: injectKey(inj.id), to: endingKey(effect.ending), kind: 'end', label: t.t('graph.edge.via', { ...via, delay: null }) });
    }
  }

  nodes.push({ key: 'end', kind: 'end', lines: [t.t('graph.end', { length: formatDuration(s.lengthMs) })], group: null });
  doc.endings.forEach((e, i) => {
    nodes.push({ key: endingKey(e.id), kind: 'ending', lines: [e.id, clip(text(e.title), MAX_LABEL)], group: null });
    edges.push({
      from: 'end',
      to: endingKey(e.id),
      kind: 'ending',
      label: t.t('graph.edge.ending', { order: i + 1, condition: e.when === undefined ? null : clip(e.when, MAX_CONDITION), early: e.early }),
    });
  });
  return { id: s.id, title: text(doc.title), nodes, edges, groups };
}

type Via = { readonly via: 'option' | 'answer' | 'freeText' | 'branch' | 'timeout'; readonly option: string | null };

function effectsOf(inj: CompiledInject): { effect: CompiledEffect; via: Via }[] {
  const out: { effect: CompiledEffect; via: Via }[] = [];
  for (const effect of inj.onResponse) out.push({ effect, via: { via: 'answer', option: null } });
  for (const o of inj.options) for (const effect of o.effects) out.push({ effect, via: { via: 'option', option: o.id } });
  if (inj.freeText) {
    for (const effect of inj.freeText.effects) out.push({ effect, via: { via: 'freeText', option: null } });
    for (const b of inj.freeText.branches) for (const effect of b.effects) out.push({ effect, via: { via: 'branch', option: null } });
  }
  for (const effect of inj.onTimeout) out.push({ effect, via: { via: 'timeout', option: null } });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Mermaid

/** Mermaid text inside quotes: its entity syntax for characters that would end or restyle the label. */
function mermaidText(s: string): string {
  return s
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;');
}

const MERMAID_SHAPE: Readonly<Record<GraphNodeKind, readonly [string, string]>> = {
  start: ['([', '])'],
  inject: ['[', ']'],
  question: ['[', ']'],
  'follow-up': ['[/', '/]'],
  end: ['((', '))'],
  ending: ['{{', '}}'],
};

const MERMAID_ARROW: Readonly<Record<GraphEdgeKind, string>> = {
  time: '-->',
  after: '-->',
  when: '-.->',
  facilitator: '-.->',
  fire: '-->',
  cancel: '-.-x',
  end: '==>',
  next: '-->',
  'follow-up': '-->',
  ending: '-.->',
};

function safeIds(keys: readonly string[], prefix: (key: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const key of keys) {
    const base = prefix(key) + key.replace(/^[a-z-]+:/, '').replace(/[^A-Za-z0-9]/g, '_');
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    out.set(key, id);
  }
  return out;
}

export function renderMermaid(g: ScenarioGraph): string {
  const ids = safeIds(
    [...g.nodes.map((n) => n.key), ...g.groups.map((x) => x.key)],
    // Every id gets a prefix: "end" alone is a Mermaid keyword (it closes a subgraph).
    (key) => (key.startsWith('inject:') ? 'i_' : key.startsWith('ending:') ? 'e_' : key.startsWith('conference:') ? 'c_' : 'n_'),
  );
  const id = (key: string): string => ids.get(key) ?? 'missing';
  const node = (n: GraphNode): string => {
    const [open, close] = MERMAID_SHAPE[n.kind];
    return `${id(n.key)}${open}"${n.lines.map(mermaidText).join('<br/>')}"${close}`;
  };
  const out = ['flowchart LR'];
  for (const n of g.nodes) if (n.group === null) out.push(`  ${node(n)}`);
  for (const group of g.groups) {
    out.push(`  subgraph ${id(group.key)}["${mermaidText(group.label)}"]`, '    direction TB');
    for (const n of g.nodes) if (n.group === group.key) out.push(`    ${node(n)}`);
    out.push('  end');
  }
  for (const e of g.edges) out.push(`  ${id(e.from)} ${MERMAID_ARROW[e.kind]}|"${mermaidText(e.label)}"| ${id(e.to)}`);
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Graphviz DOT

function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const DOT_NODE: Readonly<Record<GraphNodeKind, string>> = {
  start: 'shape=oval, style=bold',
  inject: 'shape=box, style=rounded',
  question: 'shape=box, style="rounded,filled", fillcolor="#eef3fb"',
  'follow-up': 'shape=parallelogram',
  end: 'shape=doublecircle',
  ending: 'shape=hexagon, style=filled, fillcolor="#f3f3f3"',
};

const DOT_EDGE: Readonly<Record<GraphEdgeKind, string>> = {
  time: '',
  after: '',
  when: 'style=dashed',
  facilitator: 'style=dashed, color="#777777"',
  fire: '',
  cancel: 'style=dotted, arrowhead=tee, color="#b03030"',
  end: 'style=bold, penwidth=2',
  next: 'color="#3060a0"',
  'follow-up': 'color="#3060a0", style=dashed',
  ending: 'style=dashed, color="#777777"',
};

export function renderDot(g: ScenarioGraph): string {
  const out = [`digraph ${dotString(g.id)} {`, `  label=${dotString(g.title)};`, '  labelloc=t;', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];'];
  const node = (n: GraphNode): string => `${dotString(n.key)} [label=${dotString(n.lines.join('\n'))}, ${DOT_NODE[n.kind]}];`;
  for (const n of g.nodes) if (n.group === null) out.push(`  ${node(n)}`);
  g.groups.forEach((group, i) => {
    out.push(`  subgraph cluster_${i} {`, `    label=${dotString(group.label)};`, '    style=rounded;');
    for (const n of g.nodes) if (n.group === group.key) out.push(`    ${node(n)}`);
    out.push('  }');
  });
  for (const e of g.edges) {
    const style = DOT_EDGE[e.kind];
    out.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [label=${dotString(e.label)}${style === '' ? '' : `, ${style}`}];`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
