/**
 * A bundled scenario as its tests use it: loaded with its playbook (failing loudly if it does not
 * load), and its strong and weak plans played once through the command line and kept.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { playbookResolver } from '../../src/cli/load.ts';
import { run } from '../../src/cli/run.ts';
import type { PlayResult } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/format/index.ts';

export function bundledScenario(id: string) {
  const file = `scenarios/${id}.yaml`;
  const loaded = loadScenario(readFileSync(file, 'utf8'), file, { playbook: playbookResolver(file) });
  const scenario = loaded.scenario;
  if (!scenario) throw new Error(`${file} does not load`);
  const played = new Map<string, PlayResult>();
  const play = (plan: 'strong' | 'weak'): PlayResult => {
    const cached = played.get(plan);
    if (cached) return cached;
    const out = run(['play', file, '--plan', `scenarios/plans/${id}.${plan}.yaml`, '--json']);
    expect(out.code, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout) as PlayResult;
    played.set(plan, result);
    return result;
  };
  return { file, loaded, scenario, play };
}
