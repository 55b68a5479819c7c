/**
 * `npm run bench -- reproducers`: every command of the hostile-input report (issue 8), run as a real
 * process the way a user types it, with its exit code, the first line it printed, wall and CPU time
 * and peak memory (from /usr/bin/time). The inputs are made fresh in a temporary folder from the
 * generators the tests use (tests/robustness/inputs.ts) and from a real play of the recall
 * scenario, so the tampered saves carry the current scenario fingerprint and reach the check they
 * are about. docs/reliability.md keeps the table with the load it was taken under.
 *
 * Each command must end with exit 0, 1 or 2 and one line within 5 s and 500 MB; the tests assert the
 * exit codes and messages, this only measures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlayResult, SavedSession } from '../src/engine/index.ts';
import { afterChain, badVariables, fireChain, manyInjects, MINI, MINI_PLAN, publishPlan, unknownKeys, unknownReferences } from '../tests/robustness/inputs.ts';

const TIME = '/usr/bin/time';
/** Only a hang is cut off: on a shared machine a command that needs 5 s of CPU can take a minute. */
const LIMIT_S = 300;
const RECALL = 'scenarios/global-foods-recall.yaml';
const STRONG = 'scenarios/plans/global-foods-recall.strong.yaml';

export interface ReproducerRow {
  readonly label: string;
  readonly code: number | null;
  readonly printed: string;
  /** Lines on stderr: the contract is one. */
  readonly stderrLines: number;
  readonly stackTrace: boolean;
  readonly wallS: number;
  readonly cpuS: number;
  readonly rssMb: number;
  readonly timedOut: boolean;
}

interface Case {
  readonly label: string;
  /** A shell line; `$C` is the command line, timed. */
  readonly shell: string;
}

function makeInputs(dir: string): Record<string, string> {
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const f: Record<string, string> = {
    mini: file('mini.yaml', MINI),
    lenient: file('mini.plan.lenient.yaml', MINI_PLAN),
    after2000: file('after-chain-2000.yaml', afterChain(2000)),
    after4000: file('after-chain-4000.yaml', afterChain(4000)),
    after8000: file('after-chain-8000.yaml', afterChain(8000)),
    after9997: file('after-chain-10000.yaml', afterChain(9997)),
    fire4000: file('fire-chain-4000.yaml', fireChain(4000)),
    fire6000: file('fire-chain-6000.yaml', fireChain(6000)),
    variables: file('variables-bad-60000.yaml', badVariables(60_000)),
    keys: file('unknown-keys-60000.yaml', unknownKeys(60_000)),
    refs: file('unknown-refs-12000.yaml', unknownReferences(12_000)),
    injects: file('injects-14000.yaml', manyInjects(14_000)),
    publish: file('plan-publish-10000.yaml', publishPlan(10_000)),
    length: file('length-10000h.yaml', MINI.replace('length: 3h', 'length: 10000h')),
    planLate: file('plan-at-367d.yaml', 'lenient: true\nseed: 3\nsteps:\n  - at: 367d\n    publish: { channel: social, text: "We are sorry" }\n'),
    lambda: file('rumour-lambda-1e308.yaml', MINI.replace('counteredBy: [stop-use] }', 'counteredBy: [stop-use], spread: { lambda: 1e308 } }')),
    optionText: file('plan-option-and-text.yaml', 'seed: 3\nsteps:\n  - at: 13m\n    respond: { inject: first-call, option: hold, text: "x" }\n'),
    constructorKey: file('id-constructor-fact.yaml', MINI.replace('id: affected-batches', 'id: constructor').replace(/affected-batches/g, 'constructor')),
  };
  // A real save and result of the recall scenario, then tampered the way the report tampered them.
  const sessionPath = join(dir, 'session.json');
  f.session = sessionPath;
  const played = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'play', RECALL, '--plan', STRONG, '--json', '--save', sessionPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (played.status !== 0) throw new Error(`the recall scenario did not play: ${played.stderr}`);
  const result = JSON.parse(played.stdout) as PlayResult;
  const tampered = (name: string, change: (s: SavedSession) => void): string => {
    const s = JSON.parse(readFileSync(sessionPath, 'utf8')) as SavedSession;
    change(s);
    return file(name, JSON.stringify(s));
  };
  f.firings = tampered('session-firings-unknown-inject.json', (s) => {
    for (const x of s.state.firings) x.inject = 'no-such-inject';
  });
  f.ending1e308 = tampered('session-ending-at-1e308.json', (s) => {
    if (s.state.ending) s.state.ending.at = 1e308;
  });
  f.ending1e15 = tampered('session-ending-at-1e15.json', (s) => {
    for (const r of Object.values(s.state.rumours)) r.seededAt = 0;
    if (s.state.ending) s.state.ending.at = 1e15;
    s.state.now = 1e15;
  });
  f.farPast = tampered('session-rumour-seeded-far-past.json', (s) => {
    for (const r of Object.values(s.state.rumours)) r.seededAt = -1e13;
  });
  f.nowMax = tampered('session-now-max-safe-integer.json', (s) => {
    s.state.now = Number.MAX_SAFE_INTEGER;
  });
  const badTimes = structuredClone(result);
  badTimes.endedAt = `${'9'.repeat(400)}h`;
  for (const i of badTimes.injects) Object.assign(i, { firedAt: '-1m', respondedAt: '99999999999999999999d', deadline: 'soon' });
  f.badTimes = file('result-bad-times.json', JSON.stringify(badTimes));
  const series = structuredClone(result);
  for (const r of series.rumours) r.series = Array.from({ length: 200_000 }, (_, i) => ({ t: `${i}s`, reach: 0.5, spreaders: 0.1, believing: 0.4, posts: 1 }));
  f.series = file('result-series-200k.json', JSON.stringify(series));
  return f;
}

function cases(f: Record<string, string>, dir: string): Case[] {
  const q = (k: string): string => {
    const path = f[k];
    if (path === undefined) throw new Error(`no input ${k}`);
    return path;
  };
  const report = (k: string, format: string): Case => ({ label: `report ${k} --format ${format} --scenario recall`, shell: `$C report ${q(k)} --format ${format} --scenario ${RECALL}` });
  return [
    { label: 'lint after-chain-2000', shell: `$C lint ${q('after2000')}` },
    { label: 'lint after-chain-4000', shell: `$C lint ${q('after4000')}` },
    { label: 'lint after-chain-8000', shell: `$C lint ${q('after8000')}` },
    { label: 'lint after-chain-10000 (the most injects a scenario may have)', shell: `$C lint ${q('after9997')}` },
    { label: 'lint fire-chain-4000', shell: `$C lint ${q('fire4000')}` },
    { label: 'lint fire-chain-6000', shell: `$C lint ${q('fire6000')}` },
    { label: 'lint variables-bad-60000', shell: `$C lint ${q('variables')}` },
    { label: 'lint unknown-keys-60000 (60,000 lines)', shell: `$C lint ${q('keys')} | tail -1; exit \${PIPESTATUS[0]}` },
    { label: 'lint unknown-refs-12000', shell: `$C lint ${q('refs')}` },
    { label: 'play injects-14000 --plan lenient', shell: `$C play ${q('injects')} --plan ${q('lenient')}` },
    { label: 'play mini --plan plan-publish-10000', shell: `$C play ${q('mini')} --plan ${q('publish')}` },
    { label: 'lint /dev/zero', shell: '$C lint /dev/zero' },
    { label: 'lint a FIFO with no writer', shell: `mkfifo ${dir}/fifo && $C lint ${dir}/fifo` },
    { label: "head -c 600000000 /dev/zero | tr '\\0' a | score", shell: "head -c 600000000 /dev/zero | tr '\\0' a | $C score; exit ${PIPESTATUS[2]}" },
    { label: 'lint length-10000h', shell: `$C lint ${q('length')}` },
    { label: 'play length-10000h --plan lenient', shell: `$C play ${q('length')} --plan ${q('lenient')}` },
    { label: 'play mini --plan plan-at-367d', shell: `$C play ${q('mini')} --plan ${q('planLate')}` },
    { label: 'rumour --lambda 1 --respond-at 99999999999999999999d', shell: '$C rumour --lambda 1 --respond-at 99999999999999999999d' },
    ...['json', 'html', 'md', 'csv'].map((format) => ({ label: `report result-bad-times --format ${format}`, shell: `$C report ${q('badTimes')} --format ${format}` })),
    report('firings', 'html'),
    report('ending1e308', 'html'),
    { label: 'report result-series-200k --format html (32 MB)', shell: `$C report ${q('series')} --format html` },
    ...['md', 'html', 'json', 'csv'].flatMap((format) => [report('ending1e15', format), report('farPast', format)]),
    report('nowMax', 'md'),
    { label: 'play recall --json | head -c 100', shell: `$C play ${RECALL} --plan ${STRONG} --json | head -c 100 >/dev/null; exit \${PIPESTATUS[0]}` },
    { label: 'lint rumour-lambda-1e308', shell: `$C lint ${q('lambda')}` },
    { label: 'play rumour-lambda-1e308 --plan lenient --json', shell: `$C play ${q('lambda')} --plan ${q('lenient')} --json` },
    { label: 'rumour --lambda 1000 --sigma 0 --delta 0', shell: '$C rumour --lambda 1000 --sigma 0 --delta 0' },
    { label: 'rumour --lambda 1000 --sigma 1000 --delta 1000 --kappa 1000 --respond-at 1m', shell: '$C rumour --lambda 1000 --sigma 1000 --delta 1000 --kappa 1000 --respond-at 1m' },
    { label: 'rumour --lambda 60 --sigma 0 --delta 0 (top of the range)', shell: '$C rumour --lambda 60 --sigma 0 --delta 0 | sed -n 3p; exit ${PIPESTATUS[0]}' },
    { label: 'rumour, every rate 60, --respond-at 1m', shell: '$C rumour --lambda 60 --sigma 60 --delta 60 --kappa 60 --respond-at 1m | sed -n 3,4p; exit ${PIPESTATUS[0]}' },
    { label: 'play mini --plan plan-option-and-text', shell: `$C play ${q('mini')} --plan ${q('optionText')}` },
    { label: 'lint id-constructor-fact', shell: `$C lint ${q('constructorKey')}` },
  ];
}

function runCase(c: Case, dir: string): ReproducerRow {
  const timing = join(dir, 'time.txt');
  rmSync(timing, { force: true });
  const crisis = `${TIME} -f '%e %U %S %M' -o ${timing} ${process.execPath} --import tsx src/cli/main.ts`;
  const shell = c.shell.replaceAll('$C', crisis);
  const out = spawnSync('bash', ['-c', shell], { encoding: 'utf8', timeout: LIMIT_S * 1000, maxBuffer: 256 << 20 });
  const [wall, user, sys, rss] = existsSync(timing) ? readFileSync(timing, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [] : [];
  const stderr = out.stderr;
  // stdout is shown only when stderr is empty, and then its first two lines (the rumour rows' curves).
  const shown = stderr.trim() !== '' ? (stderr.trim().split('\n')[0] ?? '') : out.stdout.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l !== '').slice(0, 2).join(' · ');
  return {
    label: c.label,
    code: out.status,
    printed: shown,
    stderrLines: stderr.trimEnd() === '' ? 0 : stderr.trimEnd().split('\n').length,
    stackTrace: /\n\s+at .*:\d+:\d+/.test(stderr),
    wallS: wall ?? NaN,
    cpuS: (user ?? NaN) + (sys ?? NaN),
    rssMb: (rss ?? NaN) / 1024,
    timedOut: out.error !== undefined,
  };
}

export function reproducerRows(): ReproducerRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-repro-'));
  try {
    const f = makeInputs(dir);
    return cases(f, dir).map((c) => runCase(c, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function reproducerTable(): string {
  const rows = reproducerRows();
  const cell = (s: string): string => s.replaceAll('|', '\\|').replace(/(\/tmp\/crisis-repro-\w+\/)/g, '');
  const lines = rows.map((r) => {
    const message = r.printed === '' ? '(nothing)' : r.printed.length > 130 ? `${r.printed.slice(0, 130)}…` : r.printed;
    const flags = [r.timedOut ? 'TIMED OUT' : '', r.stackTrace ? 'STACK TRACE' : '', r.stderrLines > 1 ? `${r.stderrLines} lines on stderr` : ''].filter((x) => x !== '').join(', ');
    const figure = (x: number, digits: number): string => (Number.isFinite(x) ? x.toFixed(digits) : '–');
    const wall = r.timedOut ? `> ${LIMIT_S}` : figure(r.wallS, 1);
    return `| ${cell(r.label)} | ${r.code ?? '–'} | ${wall} | ${figure(r.cpuS, 1)} | ${figure(r.rssMb, 0)} | ${cell(message)}${flags ? ` **(${flags})**` : ''} |`;
  });
  return ['| command | exit | wall s | CPU s | peak MB | what it printed (stderr\'s first line, else stdout\'s first two) |', '|---|---:|---:|---:|---:|---|', ...lines].join('\n');
}
