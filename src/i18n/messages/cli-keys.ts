/** Words of the command line that are not engine results (those render through the engine's keys). */
export interface CliMessages {
  /**
   * `crisis score`: why a dimension has no score (null in --json). no-scenario: scored without a
   * scenario; no-claims: the statement states no fact of the scenario; no-inject: no --inject to
   * time it against; no-deadline: the inject has no deadline; no-fixed-time: the inject fires on a
   * condition or an answer, so its deadline has no fixed time; not-expected: nothing in this context
   * calls for it (instructions to the public).
   */
  'cli.score.unjudged': { readonly reason: UnjudgedReason };
}

export type UnjudgedReason = 'no-scenario' | 'no-claims' | 'no-inject' | 'no-deadline' | 'no-fixed-time' | 'not-expected' | 'nothing-to-judge';
