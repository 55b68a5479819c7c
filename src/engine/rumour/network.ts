/**
 * Seeded random networks for the agent-based rumour model, stored as compressed sparse rows:
 * the neighbours of node v are `neighbours[offsets[v] .. offsets[v + 1])`. Two typed arrays keep a
 * 50,000-node network at a few hundred kilobytes and make "pick a random neighbour" one index.
 * Graphs are undirected and simple (no self-loops, no repeated edges); every edge is stored twice.
 */
import type { Rng } from '../rng.ts';

export interface Graph {
  readonly nodeCount: number;
  /** Length nodeCount + 1. */
  readonly offsets: Int32Array;
  /** Length 2 × edges. */
  readonly neighbours: Int32Array;
}

export function degree(graph: Graph, node: number): number {
  return (graph.offsets[node + 1] ?? 0) - (graph.offsets[node] ?? 0);
}

export function edgeCount(graph: Graph): number {
  return graph.neighbours.length / 2;
}

export function meanDegree(graph: Graph): number {
  return graph.nodeCount === 0 ? 0 : graph.neighbours.length / graph.nodeCount;
}

function requireNodeCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a network needs a whole number of nodes, got ${n}`);
}

/** Builds CSR from an undirected edge list (edges[2e], edges[2e + 1]); neighbour order follows edge order. */
function fromEdgeList(nodeCount: number, ends: Int32Array, edges: number): Graph {
  // Typed-array reads are never undefined inside the bounds these loops keep; `?? 0` satisfies the checker.
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < 2 * edges; e++) {
    const v = (ends[e] ?? 0) + 1;
    offsets[v] = (offsets[v] ?? 0) + 1;
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1] = (offsets[v + 1] ?? 0) + (offsets[v] ?? 0);
  const fill = offsets.slice(0, nodeCount);
  const neighbours = new Int32Array(2 * edges);
  const place = (from: number, to: number): void => {
    const at = fill[from] ?? 0;
    neighbours[at] = to;
    fill[from] = at + 1;
  };
  for (let e = 0; e < edges; e++) {
    const a = ends[2 * e] ?? 0;
    const b = ends[2 * e + 1] ?? 0;
    place(a, b);
    place(b, a);
  }
  return { nodeCount, offsets, neighbours };
}

/** Everyone knows everyone: the network on which the agent-based model must reproduce the mean field. */
export function completeGraph(nodeCount: number): Graph {
  requireNodeCount(nodeCount);
  const perNode = Math.max(0, nodeCount - 1);
  const offsets = new Int32Array(nodeCount + 1);
  const neighbours = new Int32Array(nodeCount * perNode);
  let at = 0;
  for (let v = 0; v < nodeCount; v++) {
    offsets[v] = v * perNode;
    for (let u = 0; u < nodeCount; u++) if (u !== v) neighbours[at++] = u;
  }
  offsets[nodeCount] = at;
  return { nodeCount, offsets, neighbours };
}

/**
 * G(n, p): each pair linked independently with probability p. Uses Batagelj & Brandes' (2005)
 * geometric skipping, so the cost is proportional to the edges drawn, not to n².
 */
export function erdosRenyi(rng: Rng, nodeCount: number, p: number): Graph {
  requireNodeCount(nodeCount);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`edge probability must be between 0 and 1, got ${p}`);
  if (p === 1) return completeGraph(nodeCount);
  const ends: number[] = [];
  if (p > 0) {
    const logMiss = Math.log1p(-p);
    let v = 1;
    let w = -1;
    while (v < nodeCount) {
      w += 1 + Math.floor(Math.log1p(-rng.next()) / logMiss);
      while (w >= v && v < nodeCount) {
        w -= v;
        v++;
      }
      if (v < nodeCount) ends.push(v, w);
    }
  }
  return fromEdgeList(nodeCount, Int32Array.from(ends), ends.length / 2);
}

/**
 * Barabási–Albert preferential attachment: start from a complete graph on m + 1 nodes, then each
 * new node links to m distinct existing nodes chosen with probability proportional to their degree
 * (by sampling the list of edge ends, in which a node appears once per link). Mean degree → 2m.
 */
export function barabasiAlbert(rng: Rng, nodeCount: number, m: number): Graph {
  requireNodeCount(nodeCount);
  if (!Number.isSafeInteger(m) || m < 1 || m >= nodeCount) {
    throw new RangeError(`Barabási–Albert needs 1 ≤ m < nodes, got m = ${m} with ${nodeCount} nodes`);
  }
  const core = m + 1;
  const edges = (m * (m + 1)) / 2 + (nodeCount - core) * m;
  const ends = new Int32Array(2 * edges);
  let endCount = 0;
  for (let a = 0; a < core; a++) {
    for (let b = a + 1; b < core; b++) {
      ends[endCount++] = a;
      ends[endCount++] = b;
    }
  }
  const chosen = new Int32Array(m);
  for (let v = core; v < nodeCount; v++) {
    // Targets are drawn only from the ends that existed before v arrived, so v never links to itself.
    const existingEnds = endCount;
    let picked = 0;
    while (picked < m) {
      const target = ends[rng.int(existingEnds)] ?? 0;
      if (!chosen.subarray(0, picked).includes(target)) chosen[picked++] = target;
    }
    for (let j = 0; j < m; j++) {
      ends[endCount++] = v;
      ends[endCount++] = chosen[j] ?? 0;
    }
  }
  return fromEdgeList(nodeCount, ends, edges);
}

/**
 * Watts–Strogatz small world: a ring where each node links to its k nearest neighbours (k/2 on each
 * side), then each link's far end is rewired with probability β to a uniformly chosen node, avoiding
 * self-loops and duplicate links (as in NetworkX's watts_strogatz_graph).
 */
export function wattsStrogatz(rng: Rng, nodeCount: number, k: number, beta: number): Graph {
  requireNodeCount(nodeCount);
  if (!Number.isSafeInteger(k) || k < 2 || k % 2 !== 0 || k >= nodeCount) {
    throw new RangeError(`Watts–Strogatz needs an even k with 2 ≤ k < nodes, got k = ${k} with ${nodeCount} nodes`);
  }
  if (!(beta >= 0 && beta <= 1)) throw new RangeError(`rewiring probability must be between 0 and 1, got ${beta}`);
  const half = k / 2;
  const edges = nodeCount * half;
  const ends = new Int32Array(2 * edges);
  const key = (a: number, b: number): number => (a < b ? a * nodeCount + b : b * nodeCount + a);
  const present = new Set<number>();
  const degrees = new Int32Array(nodeCount).fill(k);
  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < nodeCount; u++) {
      const e = (j - 1) * nodeCount + u;
      const v = (u + j) % nodeCount;
      ends[2 * e] = u;
      ends[2 * e + 1] = v;
      present.add(key(u, v));
    }
  }
  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < nodeCount; u++) {
      if (rng.next() >= beta || (degrees[u] ?? 0) >= nodeCount - 1) continue;
      const e = (j - 1) * nodeCount + u;
      const old = ends[2 * e + 1] ?? 0;
      let w = rng.int(nodeCount);
      while (w === u || present.has(key(u, w))) w = rng.int(nodeCount);
      present.delete(key(u, old));
      present.add(key(u, w));
      ends[2 * e + 1] = w;
      degrees[old] = (degrees[old] ?? 0) - 1;
      degrees[w] = (degrees[w] ?? 0) + 1;
    }
  }
  return fromEdgeList(nodeCount, ends, edges);
}
