/**
 * A rumour as the engine carries it: the compartmental model's state (created at the first event
 * that concerns the rumour: its seeding, or a correction that pre-bunks it), what the organisation
 * did about it, and a sampled history for the UI and the report.
 */
import { z } from 'zod';

const Fraction = z.number();

export const RumourModelState = z.object({
  tMs: z.number(),
  fractions: z.object({ i: Fraction, s: Fraction, r: Fraction, k: Fraction, b: Fraction, p: Fraction }),
  corrections: z.array(z.object({ at: z.number(), strength: z.number(), credibility: z.number() })).readonly(),
  seededAtMs: z.number().nullable(),
  peak: z.object({ atMs: z.number(), spreaders: z.number(), reach: z.number() }).nullable(),
});

export const RumourRuntime = z.object({
  model: RumourModelState.nullable(),
  seededAt: z.number().nullable(),
  /** First official correction (or honest confirmation, for a true rumour). */
  counteredAt: z.number().nullable(),
  /** The organisation denied a rumour that is true; it backfires when the truth comes out. */
  wrongDenialAt: z.number().nullable(),
  /** When a wrong denial was exposed (the truth became known publicly). */
  exposedAt: z.number().nullable(),
  /** Trust cost of silence accrued but not yet booked (see trust-impact.ts). */
  silenceDebt: z.number(),
  /** [t, reach, spreaders, believing] every sample interval since seeding. */
  history: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
});
export type RumourRuntime = z.infer<typeof RumourRuntime>;
