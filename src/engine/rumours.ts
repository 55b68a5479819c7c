/**
 * Glue between the engine and the compartmental rumour model. Rumours are integrated only on the
 * one-minute grid and at the moments something happens to them (seeding, a correction), never at
 * the host's frame times, so a session plays out identically whether the browser ticks at 60 fps or
 * the CLI jumps straight to the next event.
 */
import type { CompiledRumour } from '../format/index.ts';
import { addCorrection, advance, believing, boost, createRumourState, reach, seed, spreaders } from './rumour/compartmental.ts';
import type { RumourParams } from './rumour/params.ts';
import type { RumourRuntime } from './rumour-runtime.ts';

export const RUMOUR_STEP_MS = 60_000;
export const HISTORY_EVERY_MS = 5 * 60_000;

export function emptyRumour(): RumourRuntime {
  return { model: null, seededAt: null, counteredAt: null, wrongDenialAt: null, exposedAt: null, silenceDebt: 0, history: [] };
}

export interface RumourReadout {
  readonly reach: number;
  readonly believing: number;
  readonly spreaders: number;
}

export function rumourReadout(rt: RumourRuntime): RumourReadout {
  if (!rt.model) return { reach: 0, believing: 0, spreaders: 0 };
  return { reach: reach(rt.model), believing: believing(rt.model), spreaders: spreaders(rt.model) };
}

function params(r: CompiledRumour): RumourParams {
  return r.params;
}

/**
 * Brings the model up to `to`, sampling the history on its fixed five-minute grid. Changes the
 * runtime in place and returns it: this runs at every stop of the clock, and the engine's working
 * state owns its rumours (core/work.ts), so nothing is copied per step.
 */
export function syncRumour(rt: RumourRuntime, r: CompiledRumour, to: number): RumourRuntime {
  const model = rt.model;
  if (!model || model.tMs >= to) return rt;
  let m = model;
  let t = m.tMs;
  while (t < to) {
    const nextSample = (Math.floor(t / HISTORY_EVERY_MS) + 1) * HISTORY_EVERY_MS;
    const end = Math.min(to, nextSample);
    m = advance(m, params(r), t, end, RUMOUR_STEP_MS);
    t = end;
    if (t === nextSample && rt.seededAt !== null) rt.history.push([t, reach(m), spreaders(m), believing(m)]);
  }
  rt.model = m;
  return rt;
}

function ensureModel(rt: RumourRuntime, r: CompiledRumour, at: number): RumourRuntime {
  if (rt.model) return syncRumour(rt, r, at);
  return { ...rt, model: createRumourState(params(r), at) };
}

export function seedRumour(rt: RumourRuntime, r: CompiledRumour, at: number, share: number | null): RumourRuntime {
  const ready = ensureModel(rt, r, at);
  if (!ready.model) return ready;
  const amount = share ?? r.params.s0;
  const model = seed(ready.model, amount, at);
  const seededAt = ready.seededAt ?? at;
  const history = ready.history.length === 0 ? [[at, reach(model), spreaders(model), believing(model)] as [number, number, number, number]] : ready.history;
  return { ...ready, model, seededAt, history };
}

export function boostRumour(rt: RumourRuntime, r: CompiledRumour, at: number, share: number): RumourRuntime {
  const ready = ensureModel(rt, r, at);
  if (!ready.model) return ready;
  return { ...ready, model: boost(ready.model, share), seededAt: ready.seededAt ?? at };
}

export function correctRumour(rt: RumourRuntime, r: CompiledRumour, at: number, strength: number, credibility: number): RumourRuntime {
  const ready = ensureModel(rt, r, at);
  if (!ready.model) return ready;
  const model = addCorrection(ready.model, { at, strength, credibility });
  return { ...ready, model, counteredAt: ready.counteredAt ?? at };
}
