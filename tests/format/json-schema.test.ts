import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema, playbookJsonSchema, scenarioJsonSchema } from '../../scripts/generate-schema.ts';

describe('published JSON Schemas', () => {
  it('scenarios/schema/scenario.schema.json matches the zod schema (npm run schema)', () => {
    expect(readFileSync('scenarios/schema/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchema());
  });

  it('scenarios/schema/plan.schema.json matches the zod schema (npm run schema)', () => {
    expect(readFileSync('scenarios/schema/plan.schema.json', 'utf8')).toBe(planJsonSchema());
  });

  it('scenarios/schema/playbook.schema.json matches the zod schema (npm run schema)', () => {
    expect(readFileSync('scenarios/schema/playbook.schema.json', 'utf8')).toBe(playbookJsonSchema());
  });

  it('describes the keys an author needs, with their descriptions', () => {
    const schema = JSON.parse(scenarioJsonSchema()) as { required: string[]; properties: Record<string, { description?: string }> };
    expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'id', 'title', 'injects', 'endings']));
    // With a playbook, roles and stakeholders may come from it.
    expect(schema.required).not.toContain('roles');
    expect(schema.properties.playbook?.description).toContain('scenarios/playbooks/');
    expect(JSON.stringify(schema)).toContain('Fire relative to another inject');
  });
});

describe('generated key reference', () => {
  it('docs/scenario-keys.md matches the schema (npm run docs:keys)', async () => {
    const { renderKeyReference } = await import('../../scripts/format-reference.ts');
    expect(readFileSync('docs/scenario-keys.md', 'utf8')).toBe(renderKeyReference());
  });

  it('gives every key a meaning', async () => {
    const { renderKeyReference } = await import('../../scripts/format-reference.ts');
    const undocumented = renderKeyReference()
      .split('\n')
      .filter((line) => line.startsWith('| `') && line.trimEnd().endsWith('|  |'));
    expect(undocumented).toEqual([]);
  });
});
