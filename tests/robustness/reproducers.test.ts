/**
 * The hostile-input findings of issue 8, one test each: every command ends with exit 0, 1 or 2 and a
 * one-line message, never exit 3, a hang or a stack trace. Large inputs are generated here; the
 * scaling cases are in scaling.test.ts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { MINI, MINI_PLAN, unknownKeys } from './inputs.ts';
import { TEMP_DIR, tempFile } from './temp.ts';

const mini = tempFile('mini.yaml', MINI);
const lenientPlan = tempFile('mini.plan.yaml', MINI_PLAN);

/** The contract for bad input: exit 1 or 2, something on stderr, and no stack trace. */
function refused(out: { code: number; stdout: string; stderr?: string }, code: 1 | 2): string {
  expect(out.code, out.stderr).toBe(code);
  const err = out.stderr ?? '';
  expect(err.length).toBeGreaterThan(0);
  expect(err).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(err).not.toMatch(/internal error/);
  return err;
}

function oneLine(text: string): void {
  expect(text.trimEnd().split('\n')).toHaveLength(1);
}

/** The real process, for what only a process has: standard input and a pipe that closes. */
function crisis(args: readonly string[]): ReturnType<typeof spawn> {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
}

function finished(child: ReturnType<typeof spawn>): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('unbounded reads', () => {
  it('lint /dev/zero is refused as a device before a byte is read (it once grew to 16.9 GB)', () => {
    const err = refused(run(['lint', '/dev/zero']), 2);
    expect(err).toMatch(/\/dev\/zero is a device; give a file/);
    oneLine(err);
  });

  it('lint on a FIFO is refused by its type instead of waiting forever for a writer', () => {
    const fifo = `${TEMP_DIR}/fifo`;
    execFileSync('mkfifo', [fifo]);
    const err = refused(run(['lint', fifo]), 2);
    expect(err).toMatch(/is a pipe \(FIFO\); give a file/);
  });

  it('a folder is refused as a folder', () => {
    expect(refused(run(['lint', TEMP_DIR]), 2)).toMatch(/is a folder; give a file/);
  });

  it('a file over the limit is an SC005 error at its first line, and the other files are still linted', () => {
    const big = tempFile('big.yaml', `# ${'x'.repeat(2_000_000)}\n`);
    const out = run(['lint', big, mini, '--json']);
    expect(out.code).toBe(1);
    const doc = JSON.parse(out.stdout) as { files: { diagnostics: { code: string; line: number; message: string }[] }[] };
    expect(doc.files[0]?.diagnostics).toEqual([{ line: 1, col: 1, severity: 'error', code: 'SC005', message: expect.stringMatching(/larger than 1,048,576 bytes/) as unknown }]);
    expect(doc.files[1]?.diagnostics).toEqual([]);
  });

  it('score refuses 64 MB on standard input after reading the first megabyte (600 MB once ended in exit 3)', async () => {
    const child = crisis(['score']);
    const done = finished(child);
    const chunk = Buffer.alloc(1_048_576, 'a');
    let written = 0;
    child.stdin?.on('error', () => undefined); // the command stops reading: the pipe closes under the writer
    for (let i = 0; i < 64 && child.exitCode === null; i++) {
      if (!child.stdin?.write(chunk)) await new Promise((r) => setTimeout(r, 5));
      written += 1;
    }
    child.stdin?.end();
    const { code, stderr } = await done;
    expect(code).toBe(1);
    expect(stderr).toBe('crisis score: standard input is larger than 1 MB, the most this command reads\n');
    expect(written).toBeGreaterThan(1);
  });
});

describe('what lint accepts, play, sim, rumour and report can run', () => {
  it('a clock of 10,000 hours is refused by lint at its position (play once exited 3)', () => {
    const long = tempFile('length-10000h.yaml', MINI.replace('length: 3h', 'length: 10000h'));
    const lint = run(['lint', long]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/length-10000h\.yaml:7:\d+ error SC108 the text "10000h" is too long: the longest duration a file can use is 30d/);
    const err = refused(run(['play', long, '--plan', lenientPlan]), 1);
    expect(err).toMatch(/SC108/);
  });

  it('a plan step at 367 days is refused with its position, lenient or not', () => {
    const plan = tempFile('plan-at-367d.yaml', 'lenient: true\nseed: 3\nsteps:\n  - at: 367d\n    publish: { channel: social, text: "We are sorry" }\n');
    const err = refused(run(['play', mini, '--plan', plan]), 1);
    expect(err).toMatch(/plan-at-367d\.yaml:4:9 error SC108 .*367d.* the longest duration a file can use is 30d/);
  });

  it('a strict plan step after the scenario ends is reported at its position; a lenient plan skips it', () => {
    const strict = tempFile('late.yaml', 'steps:\n  - at: 4h\n    publish: { channel: social, text: "We are sorry" }\n');
    expect(refused(run(['play', mini, '--plan', strict]), 1)).toMatch(/late\.yaml:2:9 error SC305 step 1 at 4h comes after the scenario ends at 3h/);
    const lenient = tempFile('late-lenient.yaml', 'lenient: true\nsteps:\n  - at: 4h\n    publish: { channel: social, text: "We are sorry" }\n');
    const out = run(['play', mini, '--plan', lenient, '--json']);
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as { skipped: unknown[] }).skipped).toHaveLength(1);
  });

  it('rumour --respond-at 99999999999999999999d is a usage error (it was exit 3)', () => {
    const err = refused(run(['rumour', '--lambda', '1', '--respond-at', '99999999999999999999d']), 2);
    expect(err).toMatch(/--respond-at is at most 30d/);
    oneLine(err);
  });

  it('a rumour rate of 1e308 is refused by lint; play never sees it (it gave "overall": null and NaN%)', () => {
    const wild = tempFile('rumour-lambda-1e308.yaml', MINI.replace('counteredBy: [stop-use] }', 'counteredBy: [stop-use], spread: { lambda: 1e308 } }'));
    const lint = run(['lint', wild]).stdout;
    expect(lint).toMatch(/:26:\d+ error SC109 "lambda" must be at most 60 per hour, not the number 1e\+308/);
    // The ending that names the rumour is not told the rumour does not exist: one mistake, one error.
    expect(lint).not.toMatch(/SC202/);
    expect(lint).toMatch(/1 file: 1 error/);
    // One mistake, one line: the diagnostic itself, not a summary after it.
    oneLine(refused(run(['play', wild, '--plan', lenientPlan]), 1));
    oneLine(refused(run(['sim', wild, '--runs', '2']), 1));
    refused(run(['rumour', wild, 'infant-deaths']), 1);
  });
});

describe('a scenario with many problems, given to play', () => {
  it('lists the first twenty, says how many more, and points to lint (not one line per problem)', () => {
    const keys = tempFile('unknown-keys-100.yaml', unknownKeys(100));
    const lines = refused(run(['play', keys, '--plan', tempFile('lenient.yaml', MINI_PLAN)]), 1).trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines.slice(0, 20).every((l) => /error SC102/.test(l))).toBe(true);
    expect(lines[20]).toBe('… and 80 more');
    expect(lines[21]).toMatch(/100 errors; run "crisis lint .*unknown-keys-100\.yaml" for details$/);
  });
});

describe('the rumour command over its accepted range', () => {
  const curve = (args: readonly string[]) => {
    const out = run(['rumour', ...args, '--json']);
    expect(out.code, out.stderr).toBe(0);
    return JSON.parse(out.stdout) as { noResponse: { finalReach: number }; withResponse: { finalReach: number } | null };
  };

  it('rates beyond the model (1000 per hour) are usage errors', () => {
    refused(run(['rumour', '--lambda', '1000', '--sigma', '0', '--delta', '0']), 2);
    refused(run(['rumour', '--lambda', '1000', '--sigma', '1000', '--delta', '1000', '--kappa', '1000', '--respond-at', '1m']), 2);
  });

  it('at the top of the range a spreading-only rumour reaches everyone (the old grid ended at 0 %, below its start)', () => {
    expect(curve(['--lambda', '60', '--sigma', '0', '--delta', '0']).noResponse.finalReach).toBeGreaterThan(0.999);
  });

  it('with every rate at the top, a correction at one minute lowers the final reach (it once raised it)', () => {
    const c = curve(['--lambda', '60', '--sigma', '60', '--delta', '60', '--kappa', '60', '--respond-at', '1m']);
    expect(c.withResponse?.finalReach).toBeLessThan(c.noResponse.finalReach);
  });
});

describe('a closed pipe', () => {
  it('play … --json | head -c 100 ends quietly with exit 0 (it printed an EPIPE stack trace)', async () => {
    const child = crisis(['play', 'scenarios/global-foods-recall.yaml', '--plan', 'scenarios/plans/global-foods-recall.strong.yaml', '--json']);
    const done = finished(child);
    let read = 0;
    child.stdout?.on('data', (d: Buffer) => {
      read += d.length;
      if (read >= 100) child.stdout?.destroy();
    });
    const { code, stderr } = await done;
    expect(read).toBeGreaterThanOrEqual(100);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});

describe('minor findings', () => {
  it('a step with both option and text says they do not go together (not "did you mean text")', () => {
    const plan = tempFile('both.yaml', 'seed: 3\nsteps:\n  - at: 13m\n    respond: { inject: first-call, option: hold, text: "x" }\n');
    const err = refused(run(['play', mini, '--plan', plan]), 1);
    expect(err).not.toMatch(/did you mean "text"/);
    expect(err).toMatch(/both\.yaml:4:\d+ error SC102 "text" cannot be used together with the other keys here/);
  });

  it('"constructor" is refused as an id as it is as a key', () => {
    const asId = tempFile('id.yaml', MINI.replace('id: stop-use', 'id: constructor').replace(/\[stop-use\]/g, '[constructor]'));
    expect(run(['lint', asId]).stdout).toMatch(/SC107 .*"constructor" or "prototype": those words are reserved/);
    const asKey = tempFile('key.yaml', MINI.replace('id: affected-batches', 'id: constructor').replace(/affected-batches/g, 'constructor'));
    expect(run(['lint', asKey]).stdout).toMatch(/SC004 the key "constructor" is not allowed \(it is reserved, and cannot be an id either\)/);
  });

  it('--seed needs a decimal number: "" and 0x10 are refused, not run as 0 and 16', () => {
    expect(refused(run(['play', mini, '--plan', lenientPlan, '--seed', '']), 2)).toMatch(/--seed needs a number, not ""/);
    expect(refused(run(['play', mini, '--plan', lenientPlan, '--seed', '0x10']), 2)).toMatch(/--seed needs a number, not "0x10"/);
  });

  it('a duration far out of range is quoted as written, never as "2.4e+21h" or "Infinityh"', () => {
    const delay = (d: string) => tempFile('delay.yaml', MINI.replace('  - id: leaked-lab-report\n', `  - id: leaked-lab-report\n    after: "first-call + ${d}"\n`));
    const huge = run(['lint', delay('99999999999999999999d')]);
    expect(huge.stdout).toMatch(/delay\.yaml:\d+:\d+ error SC108 the delay in "first-call \+ 99999999999999999999d" is too long: the longest duration a file can use is 30d/);
    const endless = run(['lint', delay(`${'9'.repeat(400)}d`)]);
    expect(endless.stdout).toMatch(/error SC108 the delay in "first-call \+ 9+…" is too long/);
    const flags = [
      ['score', '--at', '99999999999999999999d', '--scenario', mini, '--inject', 'first-call'],
      ['rumour', '--lambda', '1', '--tau', '99999999999999999999h'],
      ['rumour', '--lambda', '1', '--respond-at', `${'9'.repeat(400)}m`],
    ];
    for (const out of [huge, endless, ...flags.map((f) => run(f))]) {
      expect(`${out.stdout}${out.stderr ?? ''}`).not.toMatch(/Infinity|NaN|\de\+\d/);
    }
    expect(refused(run(flags[0] ?? []), 2)).toMatch(/--at is at most 30d, not 99999999999999999999d/);
  });

  it('a flag given twice is refused instead of silently taking the last', () => {
    expect(refused(run(['play', mini, '--plan', lenientPlan, '--seed', '1', '--seed', '2']), 2)).toMatch(/--seed is given twice/);
  });

  it('--help prints the command’s usage and exits 0', () => {
    for (const command of ['lint', 'play', 'sim', 'rumour', 'report', 'score']) {
      const out = run([command, '--help']);
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(new RegExp(`^Usage: npm run --silent crisis -- ${command} `));
    }
  });
});
