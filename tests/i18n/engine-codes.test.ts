import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderEventsDoc } from '../../scripts/events-doc.ts';
import { ANCHOR_IDS, Cause, CUE_PARAMS, EndCause, Refusal, TrustFactor } from '../../src/engine/index.ts';
import { createTranslator, type MessageKey } from '../../src/i18n/index.ts';

/** A sample value for each parameter, from its schema: ids become "x-id", numbers 90 s, lists two ids. */
function sample(schema: z.ZodType): unknown {
  const json = z.toJSONSchema(schema) as { type?: string | string[]; enum?: unknown[]; items?: unknown };
  if (json.enum) return json.enum[0];
  const type = Array.isArray(json.type) ? json.type[0] : json.type;
  if (type === 'number' || type === 'integer') return 90_000;
  if (type === 'array') return ['a-id', 'b-id'];
  return 'x-id';
}

const SAVE_PROBLEMS = ['save.malformed', 'save.version', 'save.scenario', 'save.changed', 'save.replay', 'result.malformed', 'result.version'] as const;

describe('the engine’s codes in the message catalogue', () => {
  const t = createTranslator('en');
  const unions = { Refusal, Cause, EndCause, TrustFactor };
  for (const [name, union] of Object.entries(unions)) {
    it(`renders every ${name} code in en from its parameters`, () => {
      for (const option of union.options) {
        const shape = option.shape as { code: z.ZodLiteral; params: z.ZodObject };
        const code = String(shape.code.value);
        const params = Object.fromEntries(Object.entries(shape.params.shape as Record<string, z.ZodType>).map(([k, v]) => [k, sample(v)]));
        expect(t.has(code), code).toBe(true);
        const text = t.render({ code: code as MessageKey, params } as Parameters<typeof t.render>[0]);
        expect(text.length, code).toBeGreaterThan(3);
        expect(text, code).not.toMatch(/undefined|\[object|NaN/);
      }
    });
  }

  it('renders every cue code in en from its parameters, and every research anchor', () => {
    for (const [code, shape] of Object.entries(CUE_PARAMS)) {
      const params = Object.fromEntries(Object.entries(shape as Record<string, z.ZodType>).map(([k, v]) => [k, sample(v)]));
      expect(t.has(code), code).toBe(true);
      const text = t.render({ code: code as MessageKey, params } as Parameters<typeof t.render>[0]);
      expect(text.length, code).toBeGreaterThan(3);
      expect(text, code).not.toMatch(/undefined|\[object|NaN/);
    }
    for (const id of ANCHOR_IDS) expect(t.render({ code: `anchor.${id}`, params: {} }).length, id).toBeGreaterThan(10);
  });

  it('renders every reason a save or a result can be refused for', () => {
    for (const code of SAVE_PROBLEMS) expect(t.has(code), code).toBe(true);
    expect(t.render({ code: 'save.version', params: { version: 1, current: 2 } })).toMatch(/older version/);
  });

  it('pseudo-locale renders the same codes right to left', () => {
    expect(createTranslator('ar-XB').render({ code: 'refusal.closed', params: { inject: 'q2' } }).startsWith('\u202B')).toBe(true);
  });

  it('docs/events.md is generated from the event schemas and up to date (npm run docs:events)', () => {
    expect(readFileSync('docs/events.md', 'utf8')).toBe(renderEventsDoc());
  });
});
