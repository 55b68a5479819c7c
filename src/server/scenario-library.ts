/**
 * The bundled scenario library as the browser sees it: an index of cards (title, crisis type,
 * duration, difficulty, languages) and each scenario's YAML, which the game compiles in the page
 * with the same scenario loader the CLI and the server use. The index is read from the files'
 * headers only; a scenario that does not load is caught by `npm run test:scenarios`, not here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { inlinePlaybook } from '../format/index.ts';
import type { ScenarioCard, ScenarioIndex } from '../state/library.ts';

const Header = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string().default(''),
  duration: z.string().default(''),
  difficulty: z.string().default(''),
  languages: z.array(z.string()).default(['en']),
  organisation: z.object({ name: z.string() }).partial().default({}),
  pressConferences: z.array(z.unknown()).default([]),
  crisis: z.object({ type: z.string().default(''), cluster: z.string().default(''), severity: z.string().default('') }).partial().default({}),
});

export function readLibrary(dir: string): { index: ScenarioIndex; files: Map<string, string> } {
  const files = new Map<string, string>();
  const scenarios: ScenarioCard[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const header = Header.safeParse(parse(text));
    if (!header.success) continue;
    const h = header.data;
    // The page compiles each scenario on its own: a playbook the scenario names is written into it.
    const inlined = inlinePlaybook(text, (id) => {
      const path = join(dir, 'playbooks', `${id}.yaml`);
      return /^[a-z0-9][a-z0-9_-]*$/.test(id) && existsSync(path) ? { text: readFileSync(path, 'utf8'), file: `playbooks/${id}.yaml` } : null;
    });
    files.set(name, inlined.ok ? inlined.text : text);
    scenarios.push({
      id: h.id,
      file: name,
      title: h.title,
      summary: h.summary,
      crisisType: h.crisis.type ?? '',
      cluster: h.crisis.cluster ?? '',
      severity: h.crisis.severity ?? '',
      duration: h.duration,
      difficulty: h.difficulty,
      languages: h.languages,
      organisation: h.organisation.name ?? '',
      pressConference: h.pressConferences.length > 0,
    });
  }
  return { index: { kind: 'crisis-room-library', scenarios }, files };
}
