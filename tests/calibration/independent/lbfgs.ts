/**
 * Limited-memory BFGS with a backtracking (Armijo) line search: minimises a smooth function given
 * its value and gradient. Deterministic (no random start, no parallelism), so the same data always
 * gives the same model.
 */
export interface Objective {
  (w: Float64Array, grad: Float64Array): number;
}

export interface LbfgsOptions {
  readonly memory?: number;
  readonly maxIterations?: number;
  /** Stop when the gradient's largest component falls below this. */
  readonly tolerance?: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

export function lbfgs(f: Objective, start: Float64Array, options: LbfgsOptions = {}): Float64Array {
  const m = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-6;
  const n = start.length;
  let w = Float64Array.from(start);
  let g = new Float64Array(n);
  let value = f(w, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const rhos: number[] = [];
  for (let iter = 0; iter < maxIterations; iter++) {
    let gmax = 0;
    for (let i = 0; i < n; i++) gmax = Math.max(gmax, Math.abs(g[i] ?? 0));
    if (gmax < tolerance) break;
    // Two-loop recursion: d = -H g.
    const q = Float64Array.from(g);
    const alphas: number[] = [];
    for (let k = ss.length - 1; k >= 0; k--) {
      const s = ss[k] as Float64Array;
      const y = ys[k] as Float64Array;
      const a = (rhos[k] ?? 0) * dot(s, q);
      alphas[k] = a;
      for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) - a * (y[i] ?? 0);
    }
    const last = ss.length - 1;
    const gamma = last >= 0 ? dot(ss[last] as Float64Array, ys[last] as Float64Array) / dot(ys[last] as Float64Array, ys[last] as Float64Array) : 1 / Math.max(1e-12, Math.sqrt(dot(g, g)));
    for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) * gamma;
    for (let k = 0; k < ss.length; k++) {
      const s = ss[k] as Float64Array;
      const y = ys[k] as Float64Array;
      const b = (rhos[k] ?? 0) * dot(y, q);
      for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) + (s[i] ?? 0) * ((alphas[k] ?? 0) - b);
    }
    const d = q.map((x) => -x);
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (curvature information went stale): restart from steepest descent.
      ss.length = 0;
      ys.length = 0;
      rhos.length = 0;
      for (let i = 0; i < n; i++) d[i] = -(g[i] ?? 0);
      slope = dot(g, d);
    }
    let step = 1;
    const next = new Float64Array(n);
    const nextG = new Float64Array(n);
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) next[i] = (w[i] ?? 0) + step * (d[i] ?? 0);
      nextValue = f(next, nextG);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (next[i] ?? 0) - (w[i] ?? 0);
      y[i] = (nextG[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      ss.push(s);
      ys.push(y);
      rhos.push(1 / sy);
      if (ss.length > m) {
        ss.shift();
        ys.shift();
        rhos.shift();
      }
    }
    const converged = Math.abs(value - nextValue) < 1e-10 * Math.max(1, Math.abs(value));
    w = Float64Array.from(next);
    g = Float64Array.from(nextG);
    value = nextValue;
    if (converged) break;
  }
  return w;
}
