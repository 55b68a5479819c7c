/**
 * A unified diff (the format `git apply` and `patch -p1` read) between two texts, by lines, with
 * three lines of context. Longest common subsequence by dynamic programming: playbooks are a few
 * hundred lines, so the quadratic table stays small.
 */
const CONTEXT = 3;

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string };

function lines(text: string): string[] {
  const out = text.split('\n');
  if (out.at(-1) === '') out.pop();
  return out;
}

function ops(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const out: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: ' ', line: a[i] ?? '' });
      i += 1;
      j += 1;
    } else if (i < n && (j >= m || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
      // Removed lines before added ones, as diff(1) writes a change.
      out.push({ kind: '-', line: a[i] ?? '' });
      i += 1;
    } else {
      out.push({ kind: '+', line: b[j] ?? '' });
      j += 1;
    }
  }
  return out;
}

export function unifiedDiff(before: string, after: string, file: string): string {
  const all = ops(lines(before), lines(after));
  const changed = all.map((o, k) => (o.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, (changed[k] ?? 0) - CONTEXT);
    let end = (changed[k] ?? 0) + CONTEXT;
    while (k + 1 < changed.length && (changed[k + 1] ?? 0) - CONTEXT <= end + 1) end = (changed[++k] ?? 0) + CONTEXT;
    end = Math.min(all.length - 1, end);
    k += 1;
    let oldLine = 1;
    let newLine = 1;
    for (let x = 0; x < start; x++) {
      if (all[x]?.kind !== '+') oldLine += 1;
      if (all[x]?.kind !== '-') newLine += 1;
    }
    const hunk = all.slice(start, end + 1);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.line}`);
  }
  return `${out.join('\n')}\n`;
}
