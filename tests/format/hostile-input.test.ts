import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_SCENARIO, loadScenario } from '../../src/format/index.ts';
import { lintEn } from '../helpers.ts';

function codes(text: string): string[] {
  return loadScenario(text, 'x.yaml').diagnostics.map((d) => d.code);
}

describe('hostile YAML is refused cleanly', () => {
  it('an alias bomb (a billion laughs) is refused without expanding it', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    expect(codes(levels.join('\n'))).toEqual(['SC003']);
  });

  it('__proto__, constructor and prototype keys are refused, and nothing is polluted', () => {
    expect(codes('formatVersion: 1\n__proto__: { polluted: yes }\n')).toEqual(['SC004']);
    expect(codes('formatVersion: 1\nid: x\nnested: { constructor: { prototype: { bad: 1 } } }\n')).toEqual(['SC004']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a megabyte string is refused with its size', () => {
    const d = loadScenario(`formatVersion: 1\nsummary: "${'a'.repeat(1_000_000)}"\n`, 'x.yaml').diagnostics;
    expect(d.map((x) => x.code)).toEqual(['SC005']);
    expect((d[0] && lintEn(d[0]))).toMatch(/1000000 characters/);
  });

  it('a file over a megabyte is refused before parsing', () => {
    expect(codes(`# ${'x'.repeat(1_100_000)}\n`)).toEqual(['SC005']);
  });

  it('deep nesting is refused, also beyond what a recursive parser could survive', () => {
    expect(codes(`formatVersion: 1\ntags: ${'['.repeat(100)}${']'.repeat(100)}\n`)).toEqual(['SC006']);
    const deep = `formatVersion: 1\ntags: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const result = loadScenario(deep, 'x.yaml');
    expect(result.scenario).toBeNull();
    expect(['SC006', 'SC001']).toContain(result.diagnostics[0]?.code);
  });

  it('binary junk, an empty file and a list are errors, never exceptions', () => {
    expect(codes('\u0000\u0001\u0002 garbage : : :')).not.toHaveLength(0);
    expect(codes('')).toEqual(['SC007']);
    expect(codes('- a\n- b\n')).toEqual(['SC007']);
  });

  it('reports every problem in a broken copy at once, each with a position', () => {
    const broken = BASE_SCENARIO.replace('from: reporter', 'from: reportr')
      .replace('endings:', 'injects2: []\nendings:')
      .replace("discloseBy: 1h", 'discloseBy: soon');
    const d = loadScenario(broken, 'broken.yaml').diagnostics;
    expect(d.map((x) => x.code).sort()).toEqual(['SC102', 'SC105']);
    const refs = loadScenario(BASE_SCENARIO.replace('from: reporter', 'from: reportr').replace('  - id: call\n', '  - id: call\n    after: "nope + 5m"\n'), 'b.yaml').diagnostics;
    expect(refs.filter((x) => x.code === 'SC202').length).toBe(2);
    expect(refs.every((x) => x.line > 1 && x.col > 0)).toBe(true);
  });

  it('the documented first example lints clean', () => {
    const doc = readFileSync('docs/scenario-format.md', 'utf8');
    const block = /```yaml\n(# yaml-language-server[^\n]*\nformatVersion: 1[\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(block.length).toBeGreaterThan(500);
    expect(loadScenario(block, 'doc.yaml').diagnostics).toEqual([]);
  });
});
