/**
 * What a name in a condition refers to, and its type. The table of names is the scenario itself:
 * `trust.<stakeholder>`, `rumour.<id>.reach`, `inject.<id>.responded`, … Resolving here lets the
 * linter reject a misspelt id or a comparison of a text with a number before a session runs, and
 * gives the engine a tagged reference it can evaluate without string lookups.
 */
import type { ConditionTree, Expr, Operand } from './conditions.ts';
import { didYouMean } from './suggest.ts';
import { CHANNELS, EMPATHY_ELEMENTS, PENALTIES, type Channel, type EmpathyElement, type Penalty } from './vocabulary.ts';

export const INJECT_FLAGS = [
  'fired',
  'active',
  'responded',
  'overdue',
  'expired',
  'resolved',
  'late',
  'dodged',
  'contradicted',
  'skipped',
  'cancelled',
] as const;
export type InjectFlag = (typeof INJECT_FLAGS)[number];

export const RUMOUR_MEASURES = ['reach', 'believing', 'spreaders'] as const;
export const RUMOUR_FLAGS = ['seeded', 'countered'] as const;
export const FACT_FLAGS = ['disclosed', 'stated', 'revealed', 'known'] as const;
export const REPLY_FIELDS = ['posture', 'dodged', 'contradicted', 'instructions', 'words', 'channel'] as const;

export type RefSpec =
  | { readonly kind: 'time' }
  | { readonly kind: 'trust'; readonly stakeholder: string | null }
  | { readonly kind: 'rumour'; readonly rumour: string; readonly field: (typeof RUMOUR_MEASURES)[number] | (typeof RUMOUR_FLAGS)[number] }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'fact'; readonly fact: string; readonly field: (typeof FACT_FLAGS)[number] }
  | { readonly kind: 'inject'; readonly inject: string; readonly field: InjectFlag | 'option' }
  | { readonly kind: 'keyMessage'; readonly keyMessage: string }
  | { readonly kind: 'statements'; readonly channel: Channel | null }
  | { readonly kind: 'reply'; readonly field: (typeof REPLY_FIELDS)[number] }
  | { readonly kind: 'replyKeyMessage'; readonly keyMessage: string }
  | { readonly kind: 'replyFact'; readonly fact: string }
  | { readonly kind: 'replyEmpathy'; readonly element: EmpathyElement }
  | { readonly kind: 'replyPenalty'; readonly penalty: Penalty };

export type ValueType = 'number' | 'duration' | 'boolean' | 'string';

/** The ids a scenario declares, by kind. */
export interface SymbolTable {
  readonly stakeholders: ReadonlySet<string>;
  readonly rumours: ReadonlySet<string>;
  readonly facts: ReadonlyMap<string, 'number' | 'date' | 'boolean' | 'text'>;
  readonly injects: ReadonlySet<string>;
  readonly keyMessages: ReadonlySet<string>;
  readonly variables: ReadonlyMap<string, ValueType>;
  /** The option ids of each inject in the file, for `inject.<id>.option == <option>`. */
  readonly options?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Ids of items that are in the file but failed their own checks (already reported there): a
   * condition naming one is not also told the item does not exist.
   */
  readonly failed?: ReadonlySet<string>;
  /** "did you mean" for misspelt ids; the checks pass one with a budget for the whole file. */
  readonly suggest?: (word: string, candidates: ReadonlySet<string> | ReadonlyMap<string, unknown>) => string;
}

export type Resolved = { ok: true; spec: RefSpec; type: ValueType } | { ok: false; message: string };

const NAMESPACES = ['time', 'trust', 'rumour', 'var', 'fact', 'inject', 'keyMessage', 'statements', 'reply'];

export function resolveRef(path: readonly string[], table: SymbolTable, allowReply: boolean): Resolved {
  const [head, a, b, c] = path;
  const dotted = path.join('.');
  const suggest = table.suggest ?? ((word: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>) => didYouMean(word, set.keys()));
  const bad = (message: string): Resolved => ({ ok: false, message });
  const need = (n: number, shape: string): Resolved | null => (path.length === n ? null : bad(`"${dotted}" should look like ${shape}`));
  const known = (set: ReadonlySet<string> | ReadonlyMap<string, unknown>, id: string | undefined, what: string): Resolved | null => {
    if (id !== undefined && set.has(id)) return null;
    return bad(`there is no ${what} "${id ?? ''}"${suggest(id ?? '', set)}`);
  };
  switch (head) {
    case 'time':
      return need(1, '"time"') ?? { ok: true, spec: { kind: 'time' }, type: 'duration' };
    case 'trust':
      if (path.length === 1) return { ok: true, spec: { kind: 'trust', stakeholder: null }, type: 'number' };
      return need(2, 'trust.<stakeholder>') ?? known(table.stakeholders, a, 'stakeholder') ?? {
        ok: true,
        spec: { kind: 'trust', stakeholder: a ?? '' },
        type: 'number',
      };
    case 'rumour': {
      const err = need(3, 'rumour.<id>.reach') ?? known(table.rumours, a, 'rumour');
      if (err) return err;
      if ((RUMOUR_MEASURES as readonly string[]).includes(b ?? '')) {
        return { ok: true, spec: { kind: 'rumour', rumour: a ?? '', field: b as (typeof RUMOUR_MEASURES)[number] }, type: 'number' };
      }
      if ((RUMOUR_FLAGS as readonly string[]).includes(b ?? '')) {
        return { ok: true, spec: { kind: 'rumour', rumour: a ?? '', field: b as (typeof RUMOUR_FLAGS)[number] }, type: 'boolean' };
      }
      return bad(`a rumour has ${[...RUMOUR_MEASURES, ...RUMOUR_FLAGS].join(', ')}, not "${b ?? ''}"${didYouMean(b ?? '', [...RUMOUR_MEASURES, ...RUMOUR_FLAGS])}`);
    }
    case 'var': {
      const err = need(2, 'var.<name>') ?? known(table.variables, a, 'variable');
      if (err) return err;
      return { ok: true, spec: { kind: 'var', name: a ?? '' }, type: table.variables.get(a ?? '') ?? 'number' };
    }
    case 'fact': {
      const err = need(3, 'fact.<id>.disclosed') ?? known(table.facts, a, 'fact');
      if (err) return err;
      if (!(FACT_FLAGS as readonly string[]).includes(b ?? '')) {
        return bad(`a fact has ${FACT_FLAGS.join(', ')}, not "${b ?? ''}"${didYouMean(b ?? '', FACT_FLAGS)}`);
      }
      return { ok: true, spec: { kind: 'fact', fact: a ?? '', field: b as (typeof FACT_FLAGS)[number] }, type: 'boolean' };
    }
    case 'inject': {
      const err = need(3, 'inject.<id>.responded') ?? known(table.injects, a, 'inject');
      if (err) return err;
      if (b === 'option') return { ok: true, spec: { kind: 'inject', inject: a ?? '', field: 'option' }, type: 'string' };
      if (!(INJECT_FLAGS as readonly string[]).includes(b ?? '')) {
        return bad(`an inject has ${INJECT_FLAGS.join(', ')} and option, not "${b ?? ''}"${didYouMean(b ?? '', [...INJECT_FLAGS, 'option'])}`);
      }
      return { ok: true, spec: { kind: 'inject', inject: a ?? '', field: b as InjectFlag }, type: 'boolean' };
    }
    case 'keyMessage': {
      const err = need(3, 'keyMessage.<id>.used') ?? known(table.keyMessages, a, 'key message');
      if (err) return err;
      if (b !== 'used') return bad(`a key message has only "used", not "${b ?? ''}"`);
      return { ok: true, spec: { kind: 'keyMessage', keyMessage: a ?? '' }, type: 'boolean' };
    }
    case 'statements':
      if (path.length === 1) return { ok: true, spec: { kind: 'statements', channel: null }, type: 'number' };
      if (path.length === 2 && (CHANNELS as readonly string[]).includes(a ?? '')) {
        return { ok: true, spec: { kind: 'statements', channel: a as Channel }, type: 'number' };
      }
      return bad(`"${dotted}" should be "statements" or statements.<channel>${didYouMean(a ?? '', CHANNELS)}`);
    case 'reply':
      if (!allowReply) return bad('"reply" can only be used in the branches of an answer (freeText.branches)');
      return resolveReply(path, table, a, b, c);
    default:
      return bad(`"${dotted}" is not something a condition can read; start with one of ${NAMESPACES.join(', ')}${didYouMean(head ?? '', NAMESPACES)}`);
  }
}

function resolveReply(path: readonly string[], table: SymbolTable, a: string | undefined, b: string | undefined, _c: string | undefined): Resolved {
  const dotted = path.join('.');
  const suggest = table.suggest ?? ((word: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>) => didYouMean(word, set.keys()));
  if (path.length === 2 && (REPLY_FIELDS as readonly string[]).includes(a ?? '')) {
    const field = a as (typeof REPLY_FIELDS)[number];
    const type: ValueType = field === 'words' ? 'number' : field === 'posture' || field === 'channel' ? 'string' : 'boolean';
    return { ok: true, spec: { kind: 'reply', field }, type };
  }
  if (path.length === 3 && a === 'keyMessage') {
    if (!table.keyMessages.has(b ?? '')) return { ok: false, message: `there is no key message "${b ?? ''}"${suggest(b ?? '', table.keyMessages)}` };
    return { ok: true, spec: { kind: 'replyKeyMessage', keyMessage: b ?? '' }, type: 'boolean' };
  }
  if (path.length === 3 && a === 'fact') {
    const kind = table.facts.get(b ?? '');
    if (!kind) return { ok: false, message: `there is no fact "${b ?? ''}"${suggest(b ?? '', table.facts)}` };
    return { ok: true, spec: { kind: 'replyFact', fact: b ?? '' }, type: kind === 'number' ? 'number' : kind === 'boolean' ? 'boolean' : 'string' };
  }
  if (path.length === 3 && a === 'empathy') {
    if (!(EMPATHY_ELEMENTS as readonly string[]).includes(b ?? '')) {
      return { ok: false, message: `"${b ?? ''}" is not an empathy element${didYouMean(b ?? '', EMPATHY_ELEMENTS)}` };
    }
    return { ok: true, spec: { kind: 'replyEmpathy', element: b as EmpathyElement }, type: 'boolean' };
  }
  if (path.length === 3 && a === 'penalty') {
    if (!(PENALTIES as readonly string[]).includes(b ?? '')) {
      return { ok: false, message: `"${b ?? ''}" is not a penalty${didYouMean(b ?? '', PENALTIES)}` };
    }
    return { ok: true, spec: { kind: 'replyPenalty', penalty: b as Penalty }, type: 'boolean' };
  }
  return {
    ok: false,
    message: `"${dotted}" is not part of a reply; use reply.${REPLY_FIELDS.join(', reply.')}, reply.keyMessage.<id>, reply.fact.<id>, reply.empathy.<element> or reply.penalty.<kind>`,
  };
}

// ---------------------------------------------------------------------------------------------
// Resolved, type-checked conditions: what the engine evaluates.

export type ROperand =
  | { readonly kind: 'ref'; readonly ref: RefSpec }
  | { readonly kind: 'value'; readonly value: number | string | boolean };

export type RExpr = ConditionTree<ROperand>;

export interface TypeProblem {
  readonly offset: number;
  readonly message: string;
  /** SC202 for a name that does not exist, SC204 for a comparison that makes no sense. */
  readonly code: 'SC202' | 'SC204';
}

export function resolveCondition(
  expr: Expr,
  table: SymbolTable,
  allowReply: boolean,
): { ok: true; expr: RExpr } | { ok: false; problems: TypeProblem[] } {
  const problems: TypeProblem[] = [];

  const operand = (o: Operand, other: ValueType | null): { op: ROperand; type: ValueType } | null => {
    switch (o.kind) {
      case 'number':
        return { op: { kind: 'value', value: o.value }, type: 'number' };
      case 'duration':
        return { op: { kind: 'value', value: o.ms }, type: 'duration' };
      case 'string':
        return { op: { kind: 'value', value: o.value }, type: 'string' };
      case 'boolean':
        return { op: { kind: 'value', value: o.value }, type: 'boolean' };
      case 'ref': {
        // `inject.call-1.option == hold`: a bare word next to a text is the text itself.
        if (other === 'string' && o.path.length === 1 && !NAMESPACES.includes(o.path[0] ?? '')) {
          return { op: { kind: 'value', value: o.path[0] ?? '' }, type: 'string' };
        }
        const r = resolveRef(o.path, table, allowReply);
        if (!r.ok) {
          if (!table.failed?.has(o.path[1] ?? '')) problems.push({ offset: o.start, message: r.message, code: 'SC202' });
          return null;
        }
        return { op: { kind: 'ref', ref: r.spec }, type: r.type };
      }
    }
  };

  const typeOfOperand = (o: Operand): ValueType | null => {
    if (o.kind !== 'ref') return o.kind;
    const r = resolveRef(o.path, table, allowReply);
    return r.ok ? r.type : null;
  };

  const visit = (e: Expr): RExpr | null => {
    switch (e.kind) {
      case 'and':
      case 'or': {
        const items = e.items.map(visit);
        return items.every((i): i is RExpr => i !== null) ? { kind: e.kind, items } : null;
      }
      case 'not': {
        const inner = visit(e.expr);
        return inner ? { kind: 'not', expr: inner } : null;
      }
      case 'test': {
        const o = operand(e.operand, null);
        if (!o) return null;
        if (o.type !== 'boolean') {
          problems.push({
            offset: e.operand.start,
            message: `this is a ${describeType(o.type)}, not true/false: compare it (for example ${exampleFor(o.type)})`,
            code: 'SC204',
          });
          return null;
        }
        return { kind: 'test', operand: o.op };
      }
      case 'compare': {
        const left = operand(e.left, typeOfOperand(e.right));
        const right = operand(e.right, left?.type ?? null);
        if (!left || !right) return null;
        if (left.type !== right.type) {
          const hint = left.type === 'duration' || right.type === 'duration' ? ' (compare time with a duration such as 30m)' : '';
          problems.push({ offset: e.right.start, message: `cannot compare a ${describeType(left.type)} with a ${describeType(right.type)}${hint}`, code: 'SC204' });
          return null;
        }
        if ((left.type === 'string' || left.type === 'boolean') && e.op !== '==' && e.op !== '!=') {
          problems.push({ offset: e.left.start, message: `a ${describeType(left.type)} can only be compared with == or !=`, code: 'SC204' });
          return null;
        }
        const unknownOption = optionProblem(left.op, right.op, table) ?? optionProblem(right.op, left.op, table);
        if (unknownOption) {
          problems.push({ offset: (left.op.kind === 'value' ? e.left : e.right).start, message: unknownOption, code: 'SC202' });
          return null;
        }
        return { kind: 'compare', op: e.op, left: left.op, right: right.op };
      }
    }
  };

  const out = visit(expr);
  return out && problems.length === 0 ? { ok: true, expr: out } : { ok: false, problems };
}

/**
 * `inject.call.option == holdng`: a misspelt option id would make the condition silently never true
 * (lint would only say so, without naming the option), so the id is checked against the inject's
 * options. The empty text means "no option chosen" and is always allowed.
 */
function optionProblem(ref: ROperand, value: ROperand, table: SymbolTable): string | null {
  if (ref.kind !== 'ref' || ref.ref.kind !== 'inject' || ref.ref.field !== 'option' || value.kind !== 'value' || typeof value.value !== 'string') return null;
  const inject = ref.ref.inject;
  // An inject that failed the schema has no known options: its own problem is reported already.
  const options = table.options?.get(inject);
  if (!options || value.value === '' || options.has(value.value)) return null;
  if (options.size === 0) return `"${inject}" has no options, so no option "${value.value}" can be chosen`;
  const suggest = table.suggest ?? ((word: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>) => didYouMean(word, set.keys()));
  const hint = suggest(value.value, options);
  return `"${inject}" has no option "${value.value}"${hint === '' ? `; its options are ${[...options].join(', ')}` : hint}`;
}

function describeType(t: ValueType): string {
  return t === 'string' ? 'text' : t === 'boolean' ? 'true/false value' : t;
}

function exampleFor(t: ValueType): string {
  return t === 'number' ? '>= 0.5' : t === 'duration' ? '>= 30m' : '== "hold"';
}
