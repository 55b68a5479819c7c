/**
 * The condition language of scenario files: a small closed grammar that authors who are not
 * programmers can read ("trust.parents >= 0.55 and rumour.infant-deaths.reach < 20%"). It is
 * parsed into a tree here and interpreted by the engine; nothing is ever evaluated as code.
 *
 *   expr       := or
 *   or         := and ("or" and)*
 *   and        := unary ("and" unary)*
 *   unary      := "not" unary | primary
 *   primary    := "(" expr ")" | operand (op operand)?
 *   op         := == | != | < | <= | > | >=
 *   operand    := ref | number | percent (20%) | duration (1h30m) | "text" | true | false
 *   ref        := name ("." name)*      a namespace (trust, rumour, keyMessage, …) then ids
 */
import { lint, type LintMessage } from './diagnostics/messages.ts';
import { parseDuration } from './duration.ts';
import { MAX_CONDITION_CHARS, MAX_CONDITION_DEPTH, MAX_DURATION_MS, MAX_DURATION_TEXT } from './limits.ts';

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type Operand =
  | { readonly kind: 'ref'; readonly path: readonly string[]; readonly start: number; readonly end: number }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean; readonly start: number; readonly end: number }
  | { readonly kind: 'duration'; readonly ms: number; readonly start: number; readonly end: number }
  | { readonly kind: 'string'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly start: number; readonly end: number };

/** A condition tree; parsed conditions hold source operands, resolved ones (refs.ts) typed references. */
export type ConditionTree<O> =
  | { readonly kind: 'and' | 'or'; readonly items: readonly ConditionTree<O>[] }
  | { readonly kind: 'not'; readonly expr: ConditionTree<O> }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: O; readonly right: O }
  | { readonly kind: 'test'; readonly operand: O };

export type Expr = ConditionTree<Operand>;

export interface ConditionError {
  readonly offset: number;
  readonly message: LintMessage;
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ConditionError };

type Token =
  | { kind: 'lparen' | 'rparen'; start: number; end: number }
  | { kind: 'op'; op: CompareOp; start: number; end: number }
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'literal'; operand: Operand; start: number; end: number };

const NAME = /[A-Za-z0-9_][A-Za-z0-9_-]*/y;
const NUMBER = /\d+(?:\.\d+)?%?/y;
const DURATION = /(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?/y;

class ConditionSyntaxError extends Error {
  readonly offset: number;
  readonly problem: LintMessage;
  constructor(offset: number, problem: LintMessage) {
    super(problem.key);
    this.offset = offset;
    this.problem = problem;
  }
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', start: i, end: i + 1 });
      i += 1;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      tokens.push({ kind: 'op', op: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if (ch === '<' || ch === '>') {
      tokens.push({ kind: 'op', op: ch, start: i, end: i + 1 });
      i += 1;
      continue;
    }
    if (ch === '=') throw new ConditionSyntaxError(i, lint('lint.condition.single-equals', {}));
    if (ch === '&' || ch === '|' || ch === '!') throw new ConditionSyntaxError(i, lint('lint.condition.symbol-operator', { op: ch }));
    if (ch === '"' || ch === "'") {
      const close = src.indexOf(ch, i + 1);
      if (close < 0) throw new ConditionSyntaxError(i, lint('lint.condition.unclosed-quote', {}));
      tokens.push({ kind: 'literal', operand: { kind: 'string', value: src.slice(i + 1, close), start: i, end: close + 1 }, start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    if (ch === '-' && /\d/.test(src.charAt(i + 1))) {
      NUMBER.lastIndex = i + 1;
      const m = NUMBER.exec(src);
      if (m) {
        const end = i + 1 + m[0].length;
        tokens.push({ kind: 'literal', operand: numberOperand(`-${m[0]}`, i, end), start: i, end });
        i = end;
        continue;
      }
    }
    if (/\d/.test(ch)) {
      DURATION.lastIndex = i;
      const d = DURATION.exec(src);
      NUMBER.lastIndex = i;
      const n = NUMBER.exec(src);
      const durationText = d?.[0] ?? '';
      const numberText = n?.[0] ?? '';
      // "30m" is a duration, "0.55" and "20%" are numbers: take whichever reads further.
      if (durationText.length > numberText.length && /[dhms]$/.test(durationText)) {
        const ms = parseDuration(durationText);
        if (ms === null) throw new ConditionSyntaxError(i, lint('lint.condition.not-duration', { text: durationText }));
        if (ms > MAX_DURATION_MS) throw new ConditionSyntaxError(i, lint('lint.condition.duration-too-long', { text: durationText, max: MAX_DURATION_TEXT }));
        tokens.push({ kind: 'literal', operand: { kind: 'duration', ms, start: i, end: i + durationText.length }, start: i, end: i + durationText.length });
        i += durationText.length;
        continue;
      }
      const end = i + numberText.length;
      if (/[a-z_]/i.test(src.charAt(end))) {
        throw new ConditionSyntaxError(i, lint('lint.condition.not-number', { text: src.slice(i, end + 1) }));
      }
      tokens.push({ kind: 'literal', operand: numberOperand(numberText, i, end), start: i, end });
      i = end;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(src);
    if (name) {
      let end = i + name[0].length;
      while (src.charAt(end) === '.') {
        NAME.lastIndex = end + 1;
        const next = NAME.exec(src);
        if (!next) throw new ConditionSyntaxError(end, lint('lint.condition.name-after-dot', {}));
        end = end + 1 + next[0].length;
      }
      tokens.push({ kind: 'word', text: src.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    throw new ConditionSyntaxError(i, lint('lint.condition.unexpected-char', { char: ch }));
  }
  return tokens;
}

function numberOperand(text: string, start: number, end: number): Operand {
  const percent = text.endsWith('%');
  const value = Number(percent ? text.slice(0, -1) : text);
  return { kind: 'number', value: percent ? value / 100 : value, percent, start, end };
}

class Parser {
  private pos = 0;
  /** Brackets and "not"s currently open: the parser recurses on them, so they are limited. */
  private depth = 0;
  private readonly tokens: readonly Token[];
  private readonly length: number;
  constructor(tokens: readonly Token[], length: number) {
    this.tokens = tokens;
    this.length = length;
  }

  parse(): Expr {
    if (this.tokens.length === 0) throw new ConditionSyntaxError(0, lint('lint.condition.empty', {}));
    const expr = this.or();
    const extra = this.tokens[this.pos];
    if (extra) throw new ConditionSyntaxError(extra.start, lint('lint.condition.unexpected-token', { token: this.describe(extra) }));
    return expr;
  }

  private peekWord(text: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === 'word' && t.text === text;
  }

  private or(): Expr {
    const items = [this.and()];
    while (this.peekWord('or')) {
      this.pos += 1;
      items.push(this.and());
    }
    return items.length === 1 ? (items[0] as Expr) : { kind: 'or', items };
  }

  private and(): Expr {
    const items = [this.unary()];
    while (this.peekWord('and')) {
      this.pos += 1;
      items.push(this.unary());
    }
    return items.length === 1 ? (items[0] as Expr) : { kind: 'and', items };
  }

  private unary(): Expr {
    if (this.peekWord('not')) {
      const at = this.tokens[this.pos]?.start ?? 0;
      this.pos += 1;
      this.enter(at);
      const expr: Expr = { kind: 'not', expr: this.unary() };
      this.depth -= 1;
      return expr;
    }
    return this.primary();
  }

  private enter(at: number): void {
    this.depth += 1;
    if (this.depth > MAX_CONDITION_DEPTH) throw new ConditionSyntaxError(at, lint('lint.condition.too-deep', { max: MAX_CONDITION_DEPTH }));
  }

  private primary(): Expr {
    const t = this.tokens[this.pos];
    if (!t) throw new ConditionSyntaxError(this.length, lint('lint.condition.ends-early', {}));
    if (t.kind === 'lparen') {
      this.pos += 1;
      this.enter(t.start);
      const inner = this.or();
      const close = this.tokens[this.pos];
      if (close?.kind !== 'rparen') throw new ConditionSyntaxError(close?.start ?? this.length, lint('lint.condition.unclosed-paren', {}));
      this.pos += 1;
      this.depth -= 1;
      return inner;
    }
    const left = this.operand();
    const op = this.tokens[this.pos];
    if (op?.kind === 'op') {
      this.pos += 1;
      const right = this.operand();
      return { kind: 'compare', op: op.op, left, right };
    }
    return { kind: 'test', operand: left };
  }

  private operand(): Operand {
    const t = this.tokens[this.pos];
    if (!t) throw new ConditionSyntaxError(this.length, lint('lint.condition.ends-early', {}));
    if (t.kind === 'literal') {
      this.pos += 1;
      return t.operand;
    }
    if (t.kind === 'word') {
      if (t.text === 'and' || t.text === 'or' || t.text === 'not') {
        throw new ConditionSyntaxError(t.start, lint('lint.condition.needs-both-sides', { op: t.text }));
      }
      this.pos += 1;
      if (t.text === 'true' || t.text === 'false') return { kind: 'boolean', value: t.text === 'true', start: t.start, end: t.end };
      return { kind: 'ref', path: t.text.split('.'), start: t.start, end: t.end };
    }
    throw new ConditionSyntaxError(t.start, lint('lint.condition.expected-value', { token: this.describe(t) }));
  }

  /** The token as written; null for a literal (a number, a duration, a text), which is named, not quoted. */
  private describe(t: Token): string | null {
    if (t.kind === 'lparen') return '(';
    if (t.kind === 'rparen') return ')';
    if (t.kind === 'op') return t.op;
    if (t.kind === 'word') return t.text;
    return null;
  }
}

export function parseCondition(src: string): ParseResult {
  if (src.length > MAX_CONDITION_CHARS) {
    return { ok: false, error: { offset: MAX_CONDITION_CHARS, message: lint('lint.condition.too-long', { max: MAX_CONDITION_CHARS, length: src.length }) } };
  }
  try {
    return { ok: true, expr: new Parser(tokenize(src), src.length).parse() };
  } catch (e) {
    if (e instanceof ConditionSyntaxError) return { ok: false, error: { offset: e.offset, message: e.problem } };
    throw e;
  }
}

/** Every operand of a condition tree, in source order. */
export function operandsOf<O>(expr: ConditionTree<O>): O[] {
  const out: O[] = [];
  const visit = (e: ConditionTree<O>): void => {
    switch (e.kind) {
      case 'and':
      case 'or':
        e.items.forEach(visit);
        break;
      case 'not':
        visit(e.expr);
        break;
      case 'compare':
        out.push(e.left, e.right);
        break;
      case 'test':
        out.push(e.operand);
        break;
    }
  };
  visit(expr);
  return out;
}

/** Every reference in a condition, in source order. */
export function conditionRefs(expr: Expr): Extract<Operand, { kind: 'ref' }>[] {
  return operandsOf(expr).filter((o): o is Extract<Operand, { kind: 'ref' }> => o.kind === 'ref');
}

// ---------------------------------------------------------------------------------------------
// `after:` — relative timing: "call-1 + 5m", "call-1.responded + 2m", "call-1.expired".

export const AFTER_EVENTS = ['fired', 'responded', 'expired', 'resolved'] as const;
export type AfterEvent = (typeof AFTER_EVENTS)[number];

export interface AfterSpec {
  readonly inject: string;
  readonly event: AfterEvent;
  readonly delayMs: number;
}

const AFTER_PATTERN = /^\s*([a-z0-9][a-z0-9_-]*)(?:\.([a-z]+))?\s*(?:\+\s*(\S+))?\s*$/;

export function parseAfter(src: string): { ok: true; after: AfterSpec } | { ok: false; message: LintMessage } {
  const m = AFTER_PATTERN.exec(src);
  if (!m) return { ok: false, message: lint('lint.after.not-relative', { text: src }) };
  const [, inject, event, delay] = m;
  if (event !== undefined && !(AFTER_EVENTS as readonly string[]).includes(event)) {
    return { ok: false, message: lint('lint.after.not-event', { event, events: AFTER_EVENTS }) };
  }
  const delayMs = delay === undefined ? 0 : parseDuration(delay);
  if (delayMs === null) return { ok: false, message: lint('lint.after.not-duration', { delay: delay ?? '' }) };
  return { ok: true, after: { inject: inject ?? '', event: (event ?? 'fired') as AfterEvent, delayMs } };
}
