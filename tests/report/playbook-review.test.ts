import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { PlayResult } from '../../src/engine/index.ts';
import { loadPlaybook } from '../../src/format/index.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { proposePatch, reviewPlaybook, type StatementReading } from '../../src/report/playbook-review.ts';
import { unifiedDiff } from '../../src/report/unified-diff.ts';

const RECALL = 'scenarios/global-foods-recall.yaml';
const PLAYBOOK = 'scenarios/playbooks/global-foods.yaml';

interface Review {
  playbook: string;
  findings: { code: string; params: Record<string, unknown>; message: string }[];
  patch: string;
}

function review(result: string): Review {
  const out = run(['report', result, '--format', 'playbook-json', '--scenario', RECALL]);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as Review;
}

describe('crisis report --format playbook: the plan loop', () => {
  const weak = review('tests/golden/global-foods-recall.weak.json');
  const strong = review('tests/golden/global-foods-recall.strong.json');

  it('after the weak plan, the patch names the contradicted key message and quotes what contradicted it', () => {
    const contradicted = weak.findings.filter((f) => f.code === 'contradicted').map((f) => f.params.keyMessage);
    expect(contradicted).toContain('working-with-regulators');
    const f = weak.findings.find((x) => x.code === 'contradicted' && x.params.keyMessage === 'working-with-regulators');
    expect(f?.message).toContain('key message "working-with-regulators" was contradicted');
    expect(f?.params.quote).toBe('Our distribution records show this product was sold only in the United States and Canada. We believe the RASFF notification is in error.');
    expect(f?.params.channel).toBe('regulator-letter');
    expect(f?.params.times).toBeGreaterThanOrEqual(2);
    expect(weak.patch).toContain('--- a/scenarios/playbooks/global-foods.yaml');
    expect(weak.patch).toContain('+    doNotSay:');
    expect(weak.patch).toContain('+      - "Our distribution records show this product was sold only in the United States and Canada. We believe the RASFF notification is in error."');
    expect(weak.patch).toMatch(/\+ {6}- "Drill global-foods-recall \(seed 7\): key message \\"working-with-regulators\\" was contradicted/);
  });

  it('also reports key messages never used and the approval that cost the most time', () => {
    const unused = weak.findings.filter((f) => f.code === 'unused').map((f) => f.params.keyMessage);
    expect(unused).toEqual(expect.arrayContaining(['stop-eating', 'hotline', 'see-a-doctor']));
    expect(unused).not.toContain('working-with-regulators');
    const approval = weak.findings.find((f) => f.code === 'approval');
    expect(approval?.params.seat).toBe('legal');
    expect(approval?.message).toMatch(/the legal sign-off cost the most time: \d+ statements on press-release and website waited \d+ minutes/);
  });

  it('the strong plan keeps the regulators message and uses every key message', () => {
    expect(strong.findings.filter((f) => f.code === 'contradicted').map((f) => f.params.keyMessage)).not.toContain('working-with-regulators');
    expect(strong.findings.filter((f) => f.code === 'unused').length).toBeLessThan(weak.findings.filter((f) => f.code === 'unused').length);
  });

  it('the patch applies to the playbook with git apply, and the result is a clean playbook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-pb-'));
    mkdirSync(join(dir, 'scenarios/playbooks'), { recursive: true });
    const original = readFileSync(PLAYBOOK, 'utf8');
    writeFileSync(join(dir, PLAYBOOK), original);
    writeFileSync(join(dir, 'change.diff'), weak.patch);
    execFileSync('git', ['apply', '--check', 'change.diff'], { cwd: dir });
    execFileSync('git', ['apply', 'change.diff'], { cwd: dir });
    const patched = readFileSync(join(dir, PLAYBOOK), 'utf8');
    const loaded = loadPlaybook(patched, PLAYBOOK);
    expect(loaded.diagnostics).toEqual([]);
    const message = loaded.playbook?.keyMessages.find((k) => k.id === 'working-with-regulators');
    expect(message?.doNotSay?.[0]).toContain('We believe the RASFF notification is in error.');
    expect(message?.review?.[0]).toContain('was contradicted');
    // Everything else is as it was: only lines are added.
    expect(weak.patch.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'))).toEqual([]);
  });

  it('the text format lists the findings in words, then the diff', () => {
    const out = run(['report', 'tests/golden/global-foods-recall.weak.json', '--format', 'playbook', '--scenario', RECALL]);
    expect(out.stdout).toMatch(/^\d+ findings for scenarios\/playbooks\/global-foods\.yaml/);
    expect(out.stdout).toContain('\n--- a/scenarios/playbooks/global-foods.yaml\n');
    expect(run(['report', 'tests/golden/global-foods-recall.weak.json', '--format', 'playbook']).code).toBe(2);
  });
});

describe('playbook review rules', () => {
  const t = createTranslator('en');
  const result = PlayResult.parse(JSON.parse(readFileSync('tests/golden/global-foods-recall.weak.json', 'utf8')));
  const playbook = loadPlaybook(readFileSync(PLAYBOOK, 'utf8'), PLAYBOOK).playbook;
  if (!playbook) throw new Error('the playbook does not load');
  const none = new Map<string, StatementReading>();
  const protocol = { approvals: new Map(), approvalTimeMs: new Map(), defaultApprovalMs: 300_000 };

  it('a stakeholder no statement reached is reported, one that was reached is not', () => {
    const quiet = { ...result, statements: result.statements.map((s) => ({ ...s, audience: s.audience.filter((a) => a !== 'investors') })) };
    const silent = reviewPlaybook(quiet, playbook, none, protocol).filter((f) => f.code === 'silent').map((f) => f.params.stakeholder);
    expect(silent).toContain('investors');
    expect(reviewPlaybook(result, playbook, none, protocol).filter((f) => f.code === 'silent').map((f) => f.params.stakeholder)).not.toContain('investors');
  });

  it('nothing to propose gives an empty patch', () => {
    expect(proposePatch('a: 1\n', 'x.yaml', [], t, { scenario: 's', seed: 1 })).toEqual({ text: 'a: 1\n', diff: '' });
  });

  it('the unified diff counts lines as patch(1) expects', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nb\nX\nc\n', 'f.txt')).toBe('--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,4 @@\n a\n b\n+X\n c\n');
    expect(unifiedDiff('a\n', 'b\n', 'f.txt')).toBe('--- a/f.txt\n+++ b/f.txt\n@@ -1,1 +1,1 @@\n-a\n+b\n');
  });
});
