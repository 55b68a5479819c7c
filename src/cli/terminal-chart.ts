/** A small text chart of one or more 0–1 series over time, for terminals (no colours, no Unicode tricks). */
export interface TextSeries {
  readonly label: string;
  readonly mark: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export function textChart(series: readonly TextSeries[], options: { width: number; height: number; xLabel: (x: number) => string }): string {
  const { width, height } = options;
  // Loops, not Math.min(...xs): a long series would overflow the call stack as arguments.
  let xMin = Infinity;
  let xMax = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      xMin = Math.min(xMin, p.x);
      xMax = Math.max(xMax, p.x);
    }
  }
  if (xMin === Infinity) xMin = 0;
  xMax = Math.max(xMax, xMin + 1);
  const grid: string[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => ' '));
  for (const s of series) {
    for (let col = 0; col < width; col++) {
      const x = xMin + ((xMax - xMin) * col) / (width - 1);
      // The last point at or before x: curves are sampled, not interpolated.
      let y = 0;
      for (const p of s.points) {
        if (p.x <= x) y = p.y;
        else break;
      }
      const row = height - 1 - Math.round(Math.min(1, Math.max(0, y)) * (height - 1));
      const line = grid[row];
      if (line) line[col] = s.mark;
    }
  }
  const lines = grid.map((row, i) => {
    const level = 1 - i / (height - 1);
    const label = i % 2 === 0 || i === height - 1 ? `${Math.round(level * 100)}%`.padStart(5) : '     ';
    return `${label} |${row.join('')}`;
  });
  lines.push(`      +${'-'.repeat(width)}`);
  lines.push(`       ${options.xLabel(xMin).padEnd(width - options.xLabel(xMax).length)}${options.xLabel(xMax)}`);
  lines.push(`       ${series.map((s) => `${s.mark} ${s.label}`).join('   ')}`);
  return lines.join('\n');
}
