import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.ts';
import { barabasiAlbert, completeGraph, degree, edgeCount, erdosRenyi, meanDegree, wattsStrogatz, type Graph } from '../../src/engine/rumour/network.ts';

/** Undirected and simple: every link stored both ways, no self-loops, no repeated links. */
function expectSimpleUndirected(graph: Graph): void {
  const links = new Set<string>();
  for (let v = 0; v < graph.nodeCount; v++) {
    const seen = new Set<number>();
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
      const u = graph.neighbours[j]!;
      expect(u).not.toBe(v);
      expect(seen.has(u)).toBe(false);
      seen.add(u);
      links.add(`${v}-${u}`);
    }
  }
  for (const link of links) {
    const [a, b] = link.split('-');
    expect(links.has(`${b}-${a}`)).toBe(true);
  }
  expect(graph.offsets[graph.nodeCount]).toBe(graph.neighbours.length);
}

function degrees(graph: Graph): number[] {
  return Array.from({ length: graph.nodeCount }, (_, v) => degree(graph, v));
}

describe('Barabási–Albert networks', () => {
  it.each([1, 3, 5])('have mean degree ≈ 2m and every node at least m links (m = %s)', (m) => {
    const graph = barabasiAlbert(createRng(11), 5000, m);
    expect(Math.abs(meanDegree(graph) - 2 * m)).toBeLessThan(0.01 * 2 * m);
    expect(Math.min(...degrees(graph))).toBeGreaterThanOrEqual(m);
    expectSimpleUndirected(graph);
  });

  it('grow hubs far above the mean degree (a heavy tail)', () => {
    const graph = barabasiAlbert(createRng(5), 20_000, 3);
    // Preferential attachment gives a largest degree of order m·√n ≈ 400; a random graph's is near 15.
    expect(Math.max(...degrees(graph))).toBeGreaterThan(100);
  });

  it('are the same for the same seed and different for another', () => {
    const a = barabasiAlbert(createRng(42), 2000, 3);
    const b = barabasiAlbert(createRng(42), 2000, 3);
    const c = barabasiAlbert(createRng(43), 2000, 3);
    expect(a.neighbours).toEqual(b.neighbours);
    expect(a.neighbours).not.toEqual(c.neighbours);
  });

  it('reject an m the network cannot hold', () => {
    expect(() => barabasiAlbert(createRng(1), 3, 3)).toThrow(RangeError);
    expect(() => barabasiAlbert(createRng(1), 10, 0)).toThrow(RangeError);
  });
});

describe('Watts–Strogatz networks', () => {
  it('are a ring lattice of degree k without rewiring', () => {
    const graph = wattsStrogatz(createRng(1), 100, 4, 0);
    expect(degrees(graph).every((d) => d === 4)).toBe(true);
    const ofZero = Array.from(graph.neighbours.subarray(graph.offsets[0], graph.offsets[1])).sort((x, y) => x - y);
    expect(ofZero).toEqual([1, 2, 98, 99]);
    expectSimpleUndirected(graph);
  });

  it('keep the number of links when rewiring and create long-range shortcuts', () => {
    const graph = wattsStrogatz(createRng(2), 1000, 6, 0.2);
    expect(edgeCount(graph)).toBe(3000);
    expectSimpleUndirected(graph);
    let shortcuts = 0;
    for (let v = 0; v < graph.nodeCount; v++) {
      for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
        const gap = Math.abs(graph.neighbours[j]! - v);
        if (Math.min(gap, 1000 - gap) > 3) shortcuts++;
      }
    }
    // Each of the 3000 links is rewired with probability 0.2 (≈ 600, sd ≈ 22), stored twice.
    expect(shortcuts / 2).toBeGreaterThan(500);
    expect(shortcuts / 2).toBeLessThan(700);
  });
});

describe('Erdős–Rényi and complete networks', () => {
  it('G(n, p) has mean degree ≈ p(n − 1)', () => {
    const graph = erdosRenyi(createRng(3), 2000, 0.01);
    // Links ~ Binomial(n(n−1)/2, p): the mean degree's sd is about 0.14 here; allow 4 sd.
    expect(Math.abs(meanDegree(graph) - 0.01 * 1999)).toBeLessThan(0.6);
    expectSimpleUndirected(graph);
  });

  it('G(n, 0) is empty and G(n, 1) complete', () => {
    expect(edgeCount(erdosRenyi(createRng(1), 50, 0))).toBe(0);
    expect(edgeCount(erdosRenyi(createRng(1), 50, 1))).toBe((50 * 49) / 2);
  });

  it('the complete graph links everyone to everyone else', () => {
    const graph = completeGraph(30);
    expect(degrees(graph).every((d) => d === 29)).toBe(true);
    expectSimpleUndirected(graph);
  });
});
