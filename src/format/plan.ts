/**
 * Play plans: a scripted trainee for `crisis play` and for golden tests (docs/cli.md).
 * Plans live beside the scenarios as scenarios/plans/<scenario-id>.<name>.yaml.
 */
import { z } from 'zod';
import { MAX_PLAN_STEPS } from './limits.ts';
import { Duration, Id } from './schema.ts';
import { CHANNELS } from './vocabulary.ts';

const Audience = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const PlanStep = z.union([
  z.strictObject({
    at: Duration,
    seat: Id.optional(),
    respond: z.union([
      z.strictObject({ inject: Id, option: Id }),
      z.strictObject({ inject: Id, text: z.string().min(1), channel: z.enum(CHANNELS).optional(), audience: Audience.optional() }),
    ]),
  }),
  z.strictObject({
    at: Duration,
    seat: Id.optional(),
    publish: z.strictObject({ channel: z.enum(CHANNELS), text: z.string().min(1), audience: Audience.optional() }),
  }),
  z.strictObject({
    at: Duration,
    seat: Id.optional(),
    /** At a press conference where the trainee picks: call on this journalist. */
    pick: z.strictObject({ conference: Id, journalist: Id }),
  }),
]);
export type PlanStep = z.infer<typeof PlanStep>;

export const Plan = z.strictObject({
  $schema: z.string().optional(),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  description: z.string().optional(),
  lenient: z.boolean().default(false),
  until: Duration.optional(),
  steps: z.array(PlanStep).max(MAX_PLAN_STEPS),
});
export type Plan = z.infer<typeof Plan>;
