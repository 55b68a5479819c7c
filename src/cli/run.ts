/**
 * The command-line contract of docs/cli.md, as a function from arguments to output and
 * exit code (main.ts is the process around it). Exit codes: 0 success, 1 the input was understood
 * but is invalid, 2 usage error. Bad input never ends in a stack trace; an unexpected failure says
 * it is a bug.
 */
import { UsageError } from './args.ts';
import { GRAPH_HELP, graphCommand } from './commands/graph.ts';
import { LINT_HELP, lintCommand } from './commands/lint.ts';
import { MSEL_HELP, mselCommand } from './commands/msel.ts';
import { PLAY_HELP, playCommand } from './commands/play.ts';
import { REPORT_HELP, reportCommand } from './commands/report.ts';
import { RUMOUR_HELP, rumourCommand } from './commands/rumour.ts';
import { SCORE_HELP, scoreCommand } from './commands/score.ts';
import { SERVE_HELP, serveOptions } from './commands/serve.ts';
import { SIM_HELP, simCommand } from './commands/sim.ts';
import { EXIT, InputTooLarge, readStdin, type CommandOutput } from './io.ts';
import { InvalidInput } from './load.ts';

type Handler = (argv: readonly string[], io: CliIo) => CommandOutput;

/** What a command may read from outside its arguments. */
export interface CliIo {
  readonly stdin: () => string;
}

const processIo: CliIo = { stdin: () => readStdin() };

const COMMANDS: Readonly<Record<string, { run: Handler; help: string }>> = {
  lint: { run: lintCommand, help: LINT_HELP },
  play: { run: playCommand, help: PLAY_HELP },
  sim: { run: simCommand, help: SIM_HELP },
  rumour: { run: rumourCommand, help: RUMOUR_HELP },
  report: { run: reportCommand, help: REPORT_HELP },
  score: { run: (argv, io) => scoreCommand(argv, io.stdin), help: SCORE_HELP },
  msel: { run: mselCommand, help: MSEL_HELP },
  graph: { run: graphCommand, help: GRAPH_HELP },
  // Runs until stopped, so main.ts starts it; called here, it only checks its arguments.
  serve: {
    run: (argv) => {
      serveOptions(argv);
      return { code: EXIT.ok, stdout: '' };
    },
    help: SERVE_HELP,
  },
};

function usage(): string {
  return ['Usage: npm run --silent crisis -- <command> [arguments]', '', 'Commands:', ...Object.values(COMMANDS).map((c) => `  ${c.help}`), ''].join('\n');
}

export function run(argv: readonly string[], io: CliIo = processIo): CommandOutput {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return { code: name === undefined ? EXIT.usage : EXIT.ok, stdout: usage() };
  const command = COMMANDS[name];
  if (!command) return { code: EXIT.usage, stdout: '', stderr: `crisis: unknown command "${name}"\n\n${usage()}` };
  if (rest.includes('--help') || rest.includes('-h')) return { code: EXIT.ok, stdout: `Usage: npm run --silent crisis -- ${command.help}\n` };
  try {
    return command.run(rest, io);
  } catch (e) {
    // One line: what is wrong, and where to read how the command is used.
    if (e instanceof UsageError) return { code: EXIT.usage, stdout: '', stderr: `crisis ${name}: ${e.message} (crisis ${name} --help shows how to use it)\n` };
    if (e instanceof InvalidInput) return { code: EXIT.invalid, stdout: '', stderr: `${e.render()}\n` };
    if (e instanceof InputTooLarge) return { code: EXIT.invalid, stdout: '', stderr: `crisis ${name}: ${e.message}\n` };
    const detail = e instanceof Error ? e.message : String(e);
    return { code: 3, stdout: '', stderr: `crisis ${name}: internal error: ${detail}\nThis is a bug in Crisis Room; please report it with the command you ran.\n` };
  }
}

