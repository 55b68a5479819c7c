/**
 * Hostile inputs generated on the fly (never committed): the large files of the fuzzing report
 * that once took minutes, and the small tampered ones. Built on tests/fixtures/cold-chain.yaml, a
 * small clean scenario. Used by the tests and by `npm run bench` (bench/scaling.ts).
 */
import { readFileSync } from 'node:fs';

export const MINI = readFileSync('tests/fixtures/cold-chain.yaml', 'utf8');

/** A plan that answers the first call and publishes once; lenient, so extra injects do not matter. */
export const MINI_PLAN = `lenient: true
seed: 3
steps:
  - at: 13m
    respond: { inject: first-call, option: hold }
  - at: 20m
    publish: { channel: social, text: "We are sorry. Do not eat the yoghurt; return it for a refund. We will update by 9:00." }
`;

function withInjects(lines: string): string {
  return MINI.replace('\nendings:', `\n${lines}endings:`);
}

/** `n` injects, each `after` the previous one. */
export function afterChain(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `  - {id: c${i}, after: "${i === 0 ? 'first-call' : `c${i - 1}`} + 0m", channel: email, text: x}\n`;
  return withInjects(out);
}

/** `n` injects, each firing the next when its deadline passes. */
export function fireChain(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `  - {id: f${i}, ${i === 0 ? 'at: 1m, ' : ''}channel: email, text: x, deadline: 1m, freeText: true, onTimeout: [{fire: f${i + 1}}]}\n`;
  out += `  - {id: f${n}, channel: email, text: x}\n`;
  return withInjects(out);
}

/** `n` independent injects spread over the first 170 minutes. */
export function manyInjects(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `  - {id: i${i}, at: ${i % 170}m, channel: email, text: x}\n`;
  return withInjects(out);
}

/** `n` injects whose `after` names an inject that does not exist. */
export function unknownReferences(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `  - {id: u${i}, after: "nope${i} + 1m", channel: email, text: x}\n`;
  return withInjects(out);
}

/** `n` unknown top-level keys. */
export function unknownKeys(n: number): string {
  let out = MINI;
  for (let i = 0; i < n; i++) out += `u${i}: 1\n`;
  return out;
}

/** `n` variables whose values are lists (each a type error). */
export function badVariables(n: number): string {
  let out = 'variables:\n';
  for (let i = 0; i < n; i++) out += `  v${i}: [1]\n`;
  return MINI.replace('\nkeyMessages:', `\n${out}keyMessages:`);
}

/** A lenient plan of `n` publish steps, one a second. */
export function publishPlan(n: number): string {
  let out = 'lenient: true\nsteps:\n';
  for (let i = 0; i < n; i++) out += `  - at: ${Math.min(Math.floor(i / 60), 179)}m${i % 60}s\n    publish: { channel: social, text: "We are sorry, update ${i}: do not eat it" }\n`;
  return out;
}
