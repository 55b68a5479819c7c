/**
 * The rumour as a stochastic Maki–Thompson process on a network: who believes what, person by
 * person, for the UI to draw and for checking the mean-field model.
 *
 * Scaling choice: every spreader makes contacts at the same rates whatever its degree — λ
 * spreading contacts and σ checking contacts per scenario hour, each with one uniformly chosen
 * neighbour. On a complete graph that is exactly the homogeneous mixing behind the compartmental
 * equations, so both models share one parameter set and one meaning of λ. (The alternative, a rate
 * per link as in Nekovee et al., makes hubs shout louder and would need λ rescaled by ⟨k⟩.) Hubs still
 * matter here: they are many people's neighbour, so they hear the rumour early.
 *
 * One step (default one scenario minute, dt in hours):
 * 1. each node that was a spreader at the start of the step makes Poisson(max(λ,σ)·dt) contacts.
 *    Contact with an ignorant node: it becomes a spreader with probability λ/max(λ,σ). Contact with
 *    someone who has heard the rumour (spreader, stifler, corrected, resistant): the initiator falls
 *    silent with probability σ/max(λ,σ) and makes no more contacts (Maki–Thompson: only the initiator
 *    changes). Pre-bunked nodes dismiss the rumour and change nothing, as in the mean field.
 * 2. each remaining spreader forgets (becomes a stifler) with probability 1 − exp(−δ·dt);
 * 3. each ignorant, spreader or stifler node is reached by the correction with probability
 *    1 − exp(−∫c dt over the step): ignorant → pre-bunked; spreader/stifler → corrected with
 *    probability ε, else resistant believer.
 * Nodes converted during a step act from the next step. The order of the three phases is a
 * first-order splitting; at one-minute steps against hour-scale rates its bias is below the noise.
 *
 * Unlike the compartmental state this object is mutable: copying 50,000 node states every scenario
 * minute would cost more than the step itself. `save()`/`AgentRumour.restore()` give a plain JSON form.
 */
import { MS_PER_MINUTE } from '../../format/index.ts';
import { createRng, type Rng, type RngState } from '../rng.ts';
import { checkCorrection, correctionExposure, withCorrection, type Correction } from './correction.ts';
import type { RumourPeak } from './compartmental.ts';
import type { Graph } from './network.ts';
import { checkRumourParams, msToHours, requireScenarioTime, type RumourParams } from './params.ts';

/** Node states, the same six as the compartmental model's fractions (i, s, r, k, b, p). */
export const NODE_STATE = {
  ignorant: 0,
  spreader: 1,
  stifler: 2,
  corrected: 3,
  resistant: 4,
  prebunked: 5,
} as const;
export type NodeState = (typeof NODE_STATE)[keyof typeof NODE_STATE];

const IGNORANT = NODE_STATE.ignorant;
const SPREADER = NODE_STATE.spreader;
const STIFLER = NODE_STATE.stifler;
const CORRECTED = NODE_STATE.corrected;
const RESISTANT = NODE_STATE.resistant;
const PREBUNKED = NODE_STATE.prebunked;

export interface AgentRumourOptions {
  /** Seeds the model's own random stream; the same seed and calls give the same run. */
  readonly seed: number;
  /** Default one scenario minute. */
  readonly stepMs?: number;
  readonly startMs?: number;
}

/** A plain-JSON snapshot (the network is not included: regenerate it from its seed). */
export interface SavedAgentRumour {
  readonly tMs: number;
  readonly stepMs: number;
  readonly states: readonly number[];
  /** Spreader list order matters: it is the order spreaders act in. */
  readonly spreaderOrder: readonly number[];
  readonly rng: RngState;
  readonly corrections: readonly Correction[];
  readonly seededAtMs: number | null;
  readonly peak: RumourPeak | null;
}

export class AgentRumour {
  readonly graph: Graph;
  readonly params: RumourParams;
  readonly stepMs: number;
  /** One entry per node, a NODE_STATE value. Read it to draw; change it only through this class. */
  readonly states: Uint8Array;

  #tMs: number;
  #rng: Rng;
  #corrections: Correction[] = [];
  #seededAtMs: number | null = null;
  #peak: RumourPeak | null = null;
  readonly #counts = new Int32Array(6);
  /** Current spreaders in acting order, with each node's index in it (or −1) for O(1) removal. */
  readonly #spreaderList: Int32Array;
  #spreaderCount = 0;
  readonly #spreaderIndex: Int32Array;
  /** Scratch copy of the spreader list taken at the start of a step. */
  readonly #acting: Int32Array;

  constructor(graph: Graph, params: RumourParams, options: AgentRumourOptions) {
    checkRumourParams(params);
    const stepMs = options.stepMs ?? MS_PER_MINUTE;
    const startMs = options.startMs ?? 0;
    requireScenarioTime('stepMs', stepMs);
    requireScenarioTime('startMs', startMs);
    if (stepMs <= 0) throw new RangeError(`stepMs must be positive, got ${stepMs}`);
    const n = graph.nodeCount;
    this.graph = graph;
    this.params = params;
    this.stepMs = stepMs;
    this.states = new Uint8Array(n);
    this.#counts[IGNORANT] = n;
    this.#spreaderList = new Int32Array(n);
    this.#spreaderIndex = new Int32Array(n).fill(-1);
    this.#acting = new Int32Array(n);
    this.#tMs = startMs;
    this.#rng = createRng(options.seed);
  }

  // -------------------------------------------------------------------------------------------
  // Readouts (O(1))

  get tMs(): number {
    return this.#tMs;
  }

  get seededAtMs(): number | null {
    return this.#seededAtMs;
  }

  /** Highest spreader share seen at the end of any step (or at seeding); null until seeded. */
  get peak(): RumourPeak | null {
    return this.#peak;
  }

  get corrections(): readonly Correction[] {
    return this.#corrections;
  }

  /** How many nodes are in a state. */
  count(state: NodeState): number {
    return this.#counts[state] ?? 0;
  }

  /** Share that has ever heard the rumour (as in the compartmental model: 1 − i − p). */
  reach(): number {
    return 1 - (this.count(IGNORANT) + this.count(PREBUNKED)) / this.graph.nodeCount;
  }

  believing(): number {
    return (this.count(SPREADER) + this.count(STIFLER) + this.count(RESISTANT)) / this.graph.nodeCount;
  }

  spreaders(): number {
    return this.count(SPREADER) / this.graph.nodeCount;
  }

  // -------------------------------------------------------------------------------------------
  // Events

  /**
   * Turns round(share × nodes) (at least one) ignorant nodes, chosen at random, into spreaders;
   * returns them. Fewer if fewer are ignorant.
   */
  seedRandom(share: number = this.params.s0): number[] {
    if (!(share > 0 && share <= 1)) throw new RangeError(`seed share must be above 0 and at most 1, got ${share}`);
    const candidates: number[] = [];
    for (let v = 0; v < this.states.length; v++) if (this.states[v] === IGNORANT) candidates.push(v);
    const wanted = Math.min(candidates.length, Math.max(1, Math.round(share * this.graph.nodeCount)));
    // Partial Fisher–Yates: the first `wanted` entries become a uniform sample without repeats.
    for (let j = 0; j < wanted; j++) {
      const pick = j + this.#rng.int(candidates.length - j);
      const chosen = candidates[pick] ?? 0;
      candidates[pick] = candidates[j] ?? 0;
      candidates[j] = chosen;
    }
    const seeded = candidates.slice(0, wanted);
    this.seedNodes(seeded);
    return seeded;
  }

  /** Makes these nodes spreaders (nodes that have already heard it or were pre-bunked are skipped). */
  seedNodes(nodes: readonly number[]): void {
    for (const v of nodes) {
      if (!Number.isSafeInteger(v) || v < 0 || v >= this.graph.nodeCount) throw new RangeError(`no node ${v} in a network of ${this.graph.nodeCount}`);
      if (this.states[v] === IGNORANT) this.#become(v, SPREADER);
    }
    if (this.count(SPREADER) > 0) this.#seededAtMs ??= this.#tMs;
    this.#notePeak();
  }

  /** Issues (or schedules) an official correction; not before the current time. */
  addCorrection(correction: Correction): void {
    checkCorrection(correction);
    if (correction.at < this.#tMs) throw new RangeError(`a correction at ${correction.at} ms cannot be added at ${this.#tMs} ms`);
    this.#corrections = withCorrection(this.#corrections, correction);
  }

  // -------------------------------------------------------------------------------------------
  // Time

  /** Advances one step of `stepMs`. */
  step(): void {
    const from = this.#tMs;
    const to = from + this.stepMs;
    this.#spread();
    this.#forget();
    this.#correct(1 - Math.exp(-correctionExposure(this.#corrections, this.params, from, to)));
    this.#tMs = to;
    this.#notePeak();
  }

  /** Steps while a whole step still fits before `toMs`; the model only moves in whole steps. */
  runUntil(toMs: number): void {
    while (this.#tMs + this.stepMs <= toMs) this.step();
  }

  #spread(): void {
    const { lambda, sigma } = this.params;
    const contactRate = Math.max(lambda, sigma);
    if (contactRate === 0) return;
    const { offsets, neighbours } = this.graph;
    const meanContacts = contactRate * msToHours(this.stepMs);
    const noContact = Math.exp(-meanContacts);
    const passOn = lambda / contactRate;
    const fallSilent = sigma / contactRate;
    const rng = this.#rng;
    const acting = this.#spreaderCount;
    this.#acting.set(this.#spreaderList.subarray(0, acting));
    for (let j = 0; j < acting; j++) {
      const v = this.#acting[j] ?? 0;
      const first = offsets[v] ?? 0;
      const deg = (offsets[v + 1] ?? 0) - first;
      if (deg === 0) continue;
      const contacts = poisson(rng, meanContacts, noContact);
      for (let c = 0; c < contacts; c++) {
        const u = neighbours[first + rng.int(deg)] ?? 0;
        const heard = this.states[u];
        if (heard === IGNORANT) {
          if (passOn >= 1 || rng.next() < passOn) this.#become(u, SPREADER);
        } else if (heard !== PREBUNKED && (fallSilent >= 1 || rng.next() < fallSilent)) {
          this.#become(v, STIFLER);
          break;
        }
      }
    }
  }

  #forget(): void {
    if (this.params.delta === 0) return;
    const forget = 1 - Math.exp(-this.params.delta * msToHours(this.stepMs));
    this.#acting.set(this.#spreaderList.subarray(0, this.#spreaderCount));
    const count = this.#spreaderCount;
    for (let j = 0; j < count; j++) {
      if (this.#rng.next() < forget) this.#become(this.#acting[j] ?? 0, STIFLER);
    }
  }

  /**
   * Reaches each not-yet-corrected node with probability `q`. Geometric skipping over all nodes
   * draws one number per node reached instead of one per node; landing on a node the correction
   * cannot move (already corrected, resistant, pre-bunked) is a no-op, which leaves every eligible
   * node's chance at exactly q.
   */
  #correct(q: number): void {
    if (q <= 0) return;
    const n = this.graph.nodeCount;
    const logMiss = Math.log1p(-q);
    const epsilon = this.params.epsilon;
    for (let v = -1; ; ) {
      v += 1 + (q >= 1 ? 0 : Math.floor(Math.log1p(-this.#rng.next()) / logMiss));
      if (v >= n) return;
      const state = this.states[v];
      if (state === IGNORANT) this.#become(v, PREBUNKED);
      else if (state === SPREADER || state === STIFLER) this.#become(v, this.#rng.next() < epsilon ? CORRECTED : RESISTANT);
    }
  }

  #become(v: number, next: NodeState): void {
    const previous = this.states[v] ?? IGNORANT;
    this.states[v] = next;
    this.#counts[previous] = (this.#counts[previous] ?? 0) - 1;
    this.#counts[next] = (this.#counts[next] ?? 0) + 1;
    if (previous === SPREADER) this.#removeSpreader(v);
    if (next === SPREADER) {
      this.#spreaderIndex[v] = this.#spreaderCount;
      this.#spreaderList[this.#spreaderCount++] = v;
    }
  }

  /** Swap-remove: O(1), and deterministic because the list order is part of the saved state. */
  #removeSpreader(v: number): void {
    const index = this.#spreaderIndex[v] ?? -1;
    const last = this.#spreaderList[--this.#spreaderCount] ?? 0;
    this.#spreaderList[index] = last;
    this.#spreaderIndex[last] = index;
    this.#spreaderIndex[v] = -1;
  }

  #notePeak(): void {
    if (this.#seededAtMs === null) return;
    const share = this.spreaders();
    if (this.#peak === null || share > this.#peak.spreaders) this.#peak = { atMs: this.#tMs, spreaders: share, reach: this.reach() };
  }

  // -------------------------------------------------------------------------------------------
  // Save and restore

  save(): SavedAgentRumour {
    return {
      tMs: this.#tMs,
      stepMs: this.stepMs,
      states: Array.from(this.states),
      spreaderOrder: Array.from(this.#spreaderList.subarray(0, this.#spreaderCount)),
      rng: this.#rng.state(),
      corrections: this.#corrections,
      seededAtMs: this.#seededAtMs,
      peak: this.#peak,
    };
  }

  /** Rebuilds a run from `save()` on the same network; it continues exactly as the original would. */
  static restore(graph: Graph, params: RumourParams, saved: SavedAgentRumour): AgentRumour {
    if (saved.states.length !== graph.nodeCount) {
      throw new RangeError(`saved run has ${saved.states.length} nodes, the network has ${graph.nodeCount}`);
    }
    const run = new AgentRumour(graph, params, { seed: 0, stepMs: saved.stepMs, startMs: saved.tMs });
    saved.states.forEach((state, v) => {
      if (!isNodeState(state)) throw new RangeError(`saved node ${v} has no valid state (${state})`);
      // Spreaders are added below, in their saved acting order.
      if (state !== SPREADER && state !== IGNORANT) run.#become(v, state);
    });
    for (const v of saved.spreaderOrder) {
      if (saved.states[v] !== SPREADER || run.states[v] === SPREADER) throw new RangeError(`saved spreader order lists node ${v}, which is not a spreader or is listed twice`);
      run.#become(v, SPREADER);
    }
    if (run.count(SPREADER) !== saved.states.filter((state) => state === SPREADER).length) {
      throw new RangeError('saved spreader order does not match the saved node states');
    }
    run.#rng = createRng(undefined, saved.rng);
    run.#corrections = [...saved.corrections];
    run.#seededAtMs = saved.seededAtMs;
    run.#peak = saved.peak;
    return run;
  }
}

function isNodeState(value: number): value is NodeState {
  return Number.isInteger(value) && value >= IGNORANT && value <= PREBUNKED;
}

/** Poisson(mean) by inversion; `noContact` = exp(−mean), precomputed once per step. Usually one draw. */
function poisson(rng: Rng, mean: number, noContact: number): number {
  const u = rng.next();
  let k = 0;
  let term = noContact;
  let cumulative = term;
  while (u >= cumulative && term > 0) {
    k++;
    term *= mean / k;
    cumulative += term;
  }
  return k;
}
