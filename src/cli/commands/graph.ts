/** `crisis graph <scenario> --format mermaid|dot [--out file]`: the scenario as a map (docs/authoring.md). */
import { createTranslator } from '../../i18n/index.ts';
import { buildGraph, renderDot, renderMermaid } from '../../interop/graph.ts';
import { parseArgs, UsageError } from '../args.ts';
import { EXIT, writeText, type CommandOutput } from '../io.ts';
import { scenarioFromFile } from '../load.ts';

export const GRAPH_HELP = 'graph <scenario> --format mermaid|dot [--out file]   map of injects, branches, timeouts and endings';

const FORMATS = ['mermaid', 'dot'] as const;
const EXTENSIONS: Readonly<Record<string, (typeof FORMATS)[number]>> = { mmd: 'mermaid', mermaid: 'mermaid', dot: 'dot', gv: 'dot' };

export function graphCommand(argv: readonly string[]): CommandOutput {
  const args = parseArgs(argv, { flags: { format: 'string', out: 'string' }, minPositionals: 1, maxPositionals: 1 }, 'graph');
  const out = args.strings.get('out');
  const flag = args.strings.get('format') ?? (out === undefined ? undefined : EXTENSIONS[out.split('.').pop()?.toLowerCase() ?? '']);
  if (flag === undefined) throw new UsageError(`give --format ${FORMATS.join('|')}`);
  if (!(FORMATS as readonly string[]).includes(flag)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${flag}"`);
  const scenario = scenarioFromFile(args.positionals[0] ?? '');
  const t = createTranslator();
  const graph = buildGraph(scenario, t);
  const text = flag === 'dot' ? renderDot(graph) : renderMermaid(graph);
  if (out === undefined) return { code: EXIT.ok, stdout: text };
  writeText(out, text);
  return { code: EXIT.ok, stdout: `${t.t('graph.written', { file: out, nodes: graph.nodes.length, edges: graph.edges.length })}\n` };
}
