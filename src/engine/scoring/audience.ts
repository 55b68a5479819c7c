/**
 * What the audiences a statement is addressed to expect of it (a stakeholder's `expects`), where a
 * scenario says that markets or audiences differ: an apology for the worry caused from the head of
 * the company in one market, facts and corrective action rather than feeling in another, regret
 * without a direct admission of fault where that reads as weakness.
 *
 * A statement is addressed to the audiences it names (an option's or a published statement's
 * `audience`) when they are fewer than its channel reaches; otherwise, an answer is addressed to the
 * audiences its inject is about (`expects.audiences`). A statement to everyone the channel reaches is
 * addressed to no one in particular, and is judged by what the crisis calls for.
 */
import type { CompiledInject, CompiledScenario } from '../../format/index.ts';
import type { Channel, EmpathyElement, ResponsibilityStyle } from '../../format/index.ts';

export interface AudienceExpectation {
  /** The addressed audiences that declare an expectation, in scenario order. */
  readonly audiences: readonly string[];
  /** The elements they expect (the union, if several do); null when none lists elements. */
  readonly empathy: readonly EmpathyElement[] | null;
  /** Implicit only when every one of them expects responsibility to be expressed implicitly. */
  readonly responsibility: ResponsibilityStyle;
}

/**
 * Whom a statement on this channel reaches: everyone the channel reaches, unless it names audiences
 * (stakeholder ids or kinds; "public" means everyone the channel reaches). A meeting with no named
 * audience reaches nobody outside it.
 */
export function resolveAudience(s: CompiledScenario, channel: Channel, requested: readonly string[] | null | undefined): string[] {
  const reached = s.stakeholders.filter((sh) => sh.reachedBy.has(channel)).map((sh) => sh.id);
  if (!requested || requested.length === 0 || requested.includes('public')) return reached;
  const ids = new Set<string>();
  for (const a of requested) {
    for (const sh of s.stakeholders) if (sh.id === a || sh.kind === a) ids.add(sh.id);
  }
  return [...ids];
}

/** The audiences a statement is addressed to, from who it reaches and what it answers. */
export function addressedAudiences(
  s: CompiledScenario,
  channel: Channel,
  audience: readonly string[],
  inject: Pick<CompiledInject, 'expects'> | undefined,
): readonly string[] {
  const reach = s.stakeholders.filter((sh) => sh.reachedBy.has(channel)).map((sh) => sh.id);
  const named = audience.length > 0 && !(audience.length >= reach.length && reach.every((id) => audience.includes(id)));
  if (named) return audience;
  return inject?.expects?.audiences ?? [];
}

/** What the addressed audiences expect; null when none of them declares anything. */
export function audienceExpectation(s: CompiledScenario, addressed: readonly string[]): AudienceExpectation | null {
  const declaring = s.stakeholders.filter((sh) => addressed.includes(sh.id) && (sh.expectsEmpathy !== null || sh.responsibility !== 'explicit'));
  if (declaring.length === 0) return null;
  const lists = declaring.flatMap((sh) => (sh.expectsEmpathy === null ? [] : [sh.expectsEmpathy]));
  return {
    audiences: declaring.map((sh) => sh.id),
    empathy: lists.length === 0 ? null : [...new Set(lists.flat())],
    responsibility: declaring.every((sh) => sh.responsibility === 'implicit') ? 'implicit' : 'explicit',
  };
}

/** Both steps at once: what the audiences a statement is addressed to expect of it. */
export function expectationFor(
  s: CompiledScenario,
  channel: Channel,
  audience: readonly string[],
  inject: Pick<CompiledInject, 'expects'> | undefined,
): AudienceExpectation | null {
  return audienceExpectation(s, addressedAudiences(s, channel, audience, inject));
}
