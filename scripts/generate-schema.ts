/**
 * Publishes the JSON Schemas editors use for completion and inline checks, generated from the zod
 * schemas that are the single source of the domain types: `npm run schema`. A test fails when the
 * committed files differ from what this generates.
 *
 * Point an editor at them with a first line such as
 *   # yaml-language-server: $schema=./schema/scenario.schema.json
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { FORMAT_VERSION, Plan, Playbook, PLAYBOOK_FORMAT_VERSION, ScenarioFile } from '../src/format/index.ts';

export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(ScenarioFile, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return `${JSON.stringify({ ...schema, $id: `https://crisis-room.example/schema/scenario-v${FORMAT_VERSION}.json`, title: `Crisis Room scenario (formatVersion ${FORMAT_VERSION})` }, null, 2)}\n`;
}

export function planJsonSchema(): string {
  const schema = z.toJSONSchema(Plan, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return `${JSON.stringify({ ...schema, $id: 'https://crisis-room.example/schema/plan.json', title: 'Crisis Room play plan' }, null, 2)}\n`;
}

export function playbookJsonSchema(): string {
  const schema = z.toJSONSchema(Playbook, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return `${JSON.stringify({ ...schema, $id: `https://crisis-room.example/schema/playbook-v${PLAYBOOK_FORMAT_VERSION}.json`, title: `Crisis Room playbook (formatVersion ${PLAYBOOK_FORMAT_VERSION})` }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  writeFileSync('scenarios/schema/scenario.schema.json', scenarioJsonSchema());
  writeFileSync('scenarios/schema/plan.schema.json', planJsonSchema());
  writeFileSync('scenarios/schema/playbook.schema.json', playbookJsonSchema());
  process.stdout.write('wrote scenarios/schema/scenario.schema.json, plan.schema.json and playbook.schema.json\n');
}
