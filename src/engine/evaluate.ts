/**
 * Evaluates resolved conditions against the engine state. The reply scope exists only while an
 * answer's branches are being chosen.
 */
import type { CompiledScenario, RefSpec, RExpr, ROperand } from '../format/index.ts';
import type { Annotation } from './annotation.ts';
import { injectFlag } from './inject-flags.ts';
import { rumourReadout } from './rumours.ts';
import type { EngineState } from './state.ts';
import { weightedTrust } from './trust.ts';

export interface ReplyScope {
  readonly annotation: Annotation;
  readonly channel: string;
  readonly dodged: boolean;
  readonly contradicted: boolean;
}

type Value = number | string | boolean | null;

export function evaluate(expr: RExpr, s: CompiledScenario, st: EngineState, reply: ReplyScope | null = null): boolean {
  switch (expr.kind) {
    case 'and':
      return expr.items.every((e) => evaluate(e, s, st, reply));
    case 'or':
      return expr.items.some((e) => evaluate(e, s, st, reply));
    case 'not':
      return !evaluate(expr.expr, s, st, reply);
    case 'test':
      return operand(expr.operand, s, st, reply) === true;
    case 'compare': {
      const a = operand(expr.left, s, st, reply);
      const b = operand(expr.right, s, st, reply);
      if (a === null || b === null) return expr.op === '!=' ? a !== b : false;
      switch (expr.op) {
        case '==':
          return a === b;
        case '!=':
          return a !== b;
        case '<':
          return a < b;
        case '<=':
          return a <= b;
        case '>':
          return a > b;
        case '>=':
          return a >= b;
      }
    }
  }
}

function operand(o: ROperand, s: CompiledScenario, st: EngineState, reply: ReplyScope | null): Value {
  return o.kind === 'value' ? o.value : read(o.ref, s, st, reply);
}

function read(ref: RefSpec, s: CompiledScenario, st: EngineState, reply: ReplyScope | null): Value {
  switch (ref.kind) {
    case 'time':
      return st.now;
    case 'trust':
      return ref.stakeholder === null ? weightedTrust(s, st) : (st.trust[ref.stakeholder] ?? 0);
    case 'rumour': {
      const rt = st.rumours[ref.rumour];
      if (!rt) return ref.field === 'seeded' || ref.field === 'countered' ? false : 0;
      if (ref.field === 'seeded') return rt.seededAt !== null;
      if (ref.field === 'countered') return rt.counteredAt !== null;
      return rumourReadout(rt)[ref.field];
    }
    case 'var':
      return st.vars[ref.name] ?? null;
    case 'fact': {
      const f = st.facts[ref.fact];
      switch (ref.field) {
        case 'disclosed':
          return f?.disclosedAt != null;
        case 'stated':
          return f?.statedAt != null;
        case 'revealed':
          return f?.revealedAt != null;
        case 'known':
          return truthAt(s, ref.fact, st.now) !== 'unknown';
      }
      return false;
    }
    case 'inject':
      return injectFlag(st, ref.inject, ref.field);
    case 'keyMessage':
      return (st.keyMessages[ref.keyMessage] ?? 0) > 0;
    case 'statements':
      return st.statements.filter((x) => x.status === 'published' && (ref.channel === null || x.channel === ref.channel)).length;
    case 'reply':
      if (!reply) return null;
      switch (ref.field) {
        case 'posture':
          return reply.annotation.posture?.value ?? '';
        case 'dodged':
          return reply.dodged;
        case 'contradicted':
          return reply.contradicted;
        case 'instructions':
          return reply.annotation.instructions.length > 0;
        case 'words':
          return reply.annotation.words;
        case 'channel':
          return reply.channel;
      }
      return null;
    case 'replyKeyMessage':
      return reply ? reply.annotation.keyMessages.some((k) => k.id === ref.keyMessage) : null;
    case 'replyFact': {
      if (!reply) return null;
      const claim = reply.annotation.claims.find((c) => c.fact === ref.fact);
      return claim ? claim.value : null;
    }
    case 'replyEmpathy':
      return reply ? reply.annotation.empathy.some((e) => e.element === ref.element) : null;
    case 'replyPenalty':
      return reply ? reply.annotation.penalties.some((p) => p.kind === ref.penalty) : null;
  }
}

/** The value of a fact at a moment ("unknown" while nobody knows). */
export function truthAt(s: CompiledScenario, factId: string, at: number): number | string | boolean {
  const fact = s.factIndex.get(factId);
  if (!fact) return 'unknown';
  let value: number | string | boolean = 'unknown';
  for (const t of fact.truth) {
    if (t.fromMs <= at) value = t.value;
    else break;
  }
  return value;
}
