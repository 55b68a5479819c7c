import { LINT_CASES } from './lint-text.corpus.ts';

/** What the run needs from the format layer, passed in so the same run works against any version. */
export interface Loader<D> {
  readonly loadScenario: (text: string, file: string, options?: ReturnType<Loader<D>['exampleOptions']>) => { readonly diagnostics: readonly D[]; readonly scenario: unknown };
  readonly loadPlaybook: (text: string, file: string) => { readonly diagnostics: readonly D[] };
  readonly loadPlan: (text: string, file: string, scenario?: never) => { readonly diagnostics: readonly D[] };
  readonly exampleText: (example: { readonly raw?: string; readonly patch?: string }) => string;
  readonly exampleOptions: () => { playbook: (id: string) => { text: string; file: string } | null };
  readonly CATALOGUE: readonly { readonly code: string; readonly bad: { readonly raw?: string; readonly patch?: string } }[];
  readonly BASE_SCENARIO: string;
}

/** Every catalogue bad example and every corpus case, linted; one `file:line:col severity CODE text` line per finding. */
export function lintLines<D>(f: Loader<D>, line: (d: D) => string): string[] {
  const out: string[] = [];
  for (const entry of f.CATALOGUE) {
    out.push(...f.loadScenario(f.exampleText(entry.bad), `catalogue/${entry.code}.yaml`, f.exampleOptions()).diagnostics.map(line));
  }
  const base = f.loadScenario(f.BASE_SCENARIO, 'base.yaml').scenario as never;
  for (const c of LINT_CASES) {
    const file = `corpus/${c.name}.yaml`;
    const found =
      c.playbook !== undefined
        ? f.loadPlaybook(c.playbook, file).diagnostics
        : c.plan !== undefined
          ? f.loadPlan(c.plan, file, base).diagnostics
          : f.loadScenario(f.exampleText(c.raw !== undefined ? { raw: c.raw } : { patch: c.patch ?? '' }), file, f.exampleOptions()).diagnostics;
    out.push(...(found.length === 0 ? [`${file}: clean`] : found.map(line)));
  }
  return out;
}
