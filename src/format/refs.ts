/**
 * What a name in a condition refers to, and its type. The table of names is the scenario itself:
 * `trust.<stakeholder>`, `rumour.<id>.reach`, `inject.<id>.responded`, … Resolving here lets the
 * linter reject a misspelt id or a comparison of a text with a number before a session runs, and
 * gives the engine a tagged reference it can evaluate without string lookups.
 */
import type { ConditionTree, Expr, Operand } from './conditions.ts';
import { lint, type IdKind, type LintMessage } from './diagnostics/messages.ts';
import { closest } from './suggest.ts';
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
  readonly suggest?: (word: string, candidates: ReadonlySet<string> | ReadonlyMap<string, unknown>) => string | null;
}

export type Resolved = { ok: true; spec: RefSpec; type: ValueType } | { ok: false; message: LintMessage };

const NAMESPACES = ['time', 'trust', 'rumour', 'var', 'fact', 'inject', 'keyMessage', 'statements', 'reply'];

export function resolveRef(path: readonly string[], table: SymbolTable, allowReply: boolean): Resolved {
  const [head, a, b, c] = path;
  const dotted = path.join('.');
  const suggest = table.suggest ?? suggestFrom;
  const bad = (message: LintMessage): Resolved => ({ ok: false, message });
  const need = (n: number, shape: string): Resolved | null => (path.length === n ? null : bad(lint('lint.ref.shape', { ref: dotted, shape })));
  const known = (set: ReadonlySet<string> | ReadonlyMap<string, unknown>, id: string | undefined, what: IdKind): Resolved | null => {
    if (id !== undefined && set.has(id)) return null;
    return bad(lint('lint.ref.unknown', { what, id: id ?? '', suggestion: suggest(id ?? '', set) }));
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
      return bad(lint('lint.ref.field', { of: 'rumour', field: b ?? '', fields: [...RUMOUR_MEASURES, ...RUMOUR_FLAGS], suggestion: closest(b ?? '', [...RUMOUR_MEASURES, ...RUMOUR_FLAGS]) }));
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
        return bad(lint('lint.ref.field', { of: 'fact', field: b ?? '', fields: FACT_FLAGS, suggestion: closest(b ?? '', FACT_FLAGS) }));
      }
      return { ok: true, spec: { kind: 'fact', fact: a ?? '', field: b as (typeof FACT_FLAGS)[number] }, type: 'boolean' };
    }
    case 'inject': {
      const err = need(3, 'inject.<id>.responded') ?? known(table.injects, a, 'inject');
      if (err) return err;
      if (b === 'option') return { ok: true, spec: { kind: 'inject', inject: a ?? '', field: 'option' }, type: 'string' };
      if (!(INJECT_FLAGS as readonly string[]).includes(b ?? '')) {
        return bad(lint('lint.ref.field', { of: 'inject', field: b ?? '', fields: INJECT_FLAGS, suggestion: closest(b ?? '', [...INJECT_FLAGS, 'option']) }));
      }
      return { ok: true, spec: { kind: 'inject', inject: a ?? '', field: b as InjectFlag }, type: 'boolean' };
    }
    case 'keyMessage': {
      const err = need(3, 'keyMessage.<id>.used') ?? known(table.keyMessages, a, 'key-message');
      if (err) return err;
      if (b !== 'used') return bad(lint('lint.ref.key-message-field', { field: b ?? '' }));
      return { ok: true, spec: { kind: 'keyMessage', keyMessage: a ?? '' }, type: 'boolean' };
    }
    case 'statements':
      if (path.length === 1) return { ok: true, spec: { kind: 'statements', channel: null }, type: 'number' };
      if (path.length === 2 && (CHANNELS as readonly string[]).includes(a ?? '')) {
        return { ok: true, spec: { kind: 'statements', channel: a as Channel }, type: 'number' };
      }
      return bad(lint('lint.ref.statements', { ref: dotted, suggestion: closest(a ?? '', CHANNELS) }));
    case 'reply':
      if (!allowReply) return bad(lint('lint.ref.reply-outside-branches', {}));
      return resolveReply(path, table, a, b, c);
    default:
      return bad(lint('lint.ref.namespace', { ref: dotted, namespaces: NAMESPACES, suggestion: closest(head ?? '', NAMESPACES) }));
  }
}

function resolveReply(path: readonly string[], table: SymbolTable, a: string | undefined, b: string | undefined, _c: string | undefined): Resolved {
  const dotted = path.join('.');
  const suggest = table.suggest ?? suggestFrom;
  if (path.length === 2 && (REPLY_FIELDS as readonly string[]).includes(a ?? '')) {
    const field = a as (typeof REPLY_FIELDS)[number];
    const type: ValueType = field === 'words' ? 'number' : field === 'posture' || field === 'channel' ? 'string' : 'boolean';
    return { ok: true, spec: { kind: 'reply', field }, type };
  }
  if (path.length === 3 && a === 'keyMessage') {
    if (!table.keyMessages.has(b ?? '')) return { ok: false, message: lint('lint.ref.unknown', { what: 'key-message', id: b ?? '', suggestion: suggest(b ?? '', table.keyMessages) }) };
    return { ok: true, spec: { kind: 'replyKeyMessage', keyMessage: b ?? '' }, type: 'boolean' };
  }
  if (path.length === 3 && a === 'fact') {
    const kind = table.facts.get(b ?? '');
    if (!kind) return { ok: false, message: lint('lint.ref.unknown', { what: 'fact', id: b ?? '', suggestion: suggest(b ?? '', table.facts) }) };
    return { ok: true, spec: { kind: 'replyFact', fact: b ?? '' }, type: kind === 'number' ? 'number' : kind === 'boolean' ? 'boolean' : 'string' };
  }
  if (path.length === 3 && a === 'empathy') {
    if (!(EMPATHY_ELEMENTS as readonly string[]).includes(b ?? '')) {
      return { ok: false, message: lint('lint.ref.not-empathy', { element: b ?? '', suggestion: closest(b ?? '', EMPATHY_ELEMENTS) }) };
    }
    return { ok: true, spec: { kind: 'replyEmpathy', element: b as EmpathyElement }, type: 'boolean' };
  }
  if (path.length === 3 && a === 'penalty') {
    if (!(PENALTIES as readonly string[]).includes(b ?? '')) {
      return { ok: false, message: lint('lint.ref.not-penalty', { penalty: b ?? '', suggestion: closest(b ?? '', PENALTIES) }) };
    }
    return { ok: true, spec: { kind: 'replyPenalty', penalty: b as Penalty }, type: 'boolean' };
  }
  return {
    ok: false,
    message: lint('lint.ref.reply-field', { ref: dotted, fields: REPLY_FIELDS }),
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
  readonly message: LintMessage;
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
            message: lint('lint.ref.not-boolean', { type: o.type }),
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
          problems.push({ offset: e.right.start, message: lint('lint.ref.type-mismatch', { left: left.type, right: right.type }), code: 'SC204' });
          return null;
        }
        if ((left.type === 'string' || left.type === 'boolean') && e.op !== '==' && e.op !== '!=') {
          problems.push({ offset: e.left.start, message: lint('lint.ref.equality-only', { type: left.type }), code: 'SC204' });
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
function optionProblem(ref: ROperand, value: ROperand, table: SymbolTable): LintMessage | null {
  if (ref.kind !== 'ref' || ref.ref.kind !== 'inject' || ref.ref.field !== 'option' || value.kind !== 'value' || typeof value.value !== 'string') return null;
  const inject = ref.ref.inject;
  // An inject that failed the schema has no known options: its own problem is reported already.
  const options = table.options?.get(inject);
  if (!options || value.value === '' || options.has(value.value)) return null;
  if (options.size === 0) return lint('lint.ref.no-options', { inject, option: value.value });
  const suggest = table.suggest ?? suggestFrom;
  return lint('lint.ref.unknown-option', { inject, option: value.value, suggestion: suggest(value.value, options), options: [...options] });
}

function suggestFrom(word: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | null {
  return closest(word, set.keys());
}
