/**
 * The plan loop's last step: after a drill, what the playbook should learn from it. From a played
 * session and the playbook the scenario took its stakeholders, team and key messages from:
 *
 * - a key message **contradicted**: a statement whose posture or faults the message's
 *   `contradictedBy` names (to the audiences it names), quoted;
 * - a key message **never used** in any statement;
 * - the **approval** that cost the most time: the seat whose sign-off held statements longest
 *   (by the protocol's approval times: in solo play that is what each statement waited);
 * - a stakeholder **nobody spoke to**: no statement reached it.
 *
 * Each finding is data (a code, its parameters and the playbook entry it is about). `proposePatch`
 * turns them into edits of the playbook's YAML (a note under `review:`, and the contradicting line
 * under the message's `doNotSay:`) and a unified diff a person reviews and applies.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { PlayResult } from '../engine/index.ts';
import { parseDuration, type Channel, type Penalty, type PlaybookDoc, type Posture } from '../format/index.ts';
import type { Translator } from '../i18n/index.ts';
import { unifiedDiff } from './unified-diff.ts';

/** What a statement did, as the scorer read it (an authored option's annotations, or the analyser's). */
export interface StatementReading {
  readonly posture: Posture | null;
  readonly penalties: readonly Penalty[];
  readonly keyMessages: readonly string[];
}

export type PlaybookFinding =
  | {
      readonly code: 'contradicted';
      readonly target: readonly ['keyMessages', number];
      /** The first statement that went against the message, and how many did. */
      readonly params: { readonly keyMessage: string; readonly times: number; readonly statement: string; readonly at: string; readonly channel: string; readonly quote: string; readonly by: 'posture' | 'penalty'; readonly what: string };
      /** Every contradicting line, for the message's doNotSay list. */
      readonly quotes: readonly string[];
    }
  | { readonly code: 'unused'; readonly target: readonly ['keyMessages', number]; readonly params: { readonly keyMessage: string } }
  | { readonly code: 'approval'; readonly target: readonly ['team']; readonly params: { readonly seat: string; readonly channels: readonly string[]; readonly statements: number; readonly minutes: number } }
  | { readonly code: 'silent'; readonly target: readonly ['stakeholders', number]; readonly params: { readonly stakeholder: string } };

export interface ApprovalProtocol {
  readonly approvals: ReadonlyMap<Channel, readonly string[]>;
  readonly approvalTimeMs: ReadonlyMap<string, number>;
  readonly defaultApprovalMs: number;
}

export function reviewPlaybook(result: PlayResult, playbook: PlaybookDoc, readings: ReadonlyMap<string, StatementReading>, protocol: ApprovalProtocol): PlaybookFinding[] {
  const out: PlaybookFinding[] = [];
  const reading = (id: string): StatementReading => readings.get(id) ?? { posture: null, penalties: [], keyMessages: [] };

  playbook.keyMessages.forEach((k, i) => {
    const against = k.contradictedBy;
    if (against) {
      const audiences = new Set(against.audiences);
      const hits: { statement: string; at: string; channel: string; quote: string; by: 'posture' | 'penalty'; what: string }[] = [];
      for (const s of result.statements) {
        // With audiences, only what was said to them counts (a letter to the regulator, not a press release everyone reads).
        if (audiences.size > 0 && (s.audience.length === 0 || !s.audience.every((a) => audiences.has(a)))) continue;
        const r = reading(s.id);
        const posture = r.posture !== null && against.postures.includes(r.posture) ? r.posture : null;
        const penalty = r.penalties.find((p) => against.penalties.includes(p)) ?? null;
        if (posture === null && penalty === null) continue;
        hits.push({ statement: s.id, at: s.at, channel: s.channel, quote: s.text, by: posture !== null ? 'posture' : 'penalty', what: posture ?? penalty ?? '' });
      }
      const first = hits[0];
      if (first) out.push({ code: 'contradicted', target: ['keyMessages', i], params: { keyMessage: k.id, times: hits.length, ...first }, quotes: hits.map((h) => h.quote) });
    }
    if (!result.statements.some((s) => reading(s.id).keyMessages.includes(k.id))) out.push({ code: 'unused', target: ['keyMessages', i], params: { keyMessage: k.id } });
  });

  // The approval that cost the most: approvers sign in parallel, so a statement waits for the slowest.
  const cost = new Map<string, { ms: number; statements: number; channels: Set<string> }>();
  for (const s of result.statements) {
    const needs = protocol.approvals.get(s.channel as Channel) ?? [];
    let slowest: { seat: string; ms: number } | null = null;
    for (const seat of needs) {
      const ms = protocol.approvalTimeMs.get(seat) ?? protocol.defaultApprovalMs;
      if (slowest === null || ms > slowest.ms) slowest = { seat, ms };
    }
    if (slowest === null) continue;
    const c = cost.get(slowest.seat) ?? { ms: 0, statements: 0, channels: new Set<string>() };
    c.ms += slowest.ms;
    c.statements += 1;
    c.channels.add(s.channel);
    cost.set(slowest.seat, c);
  }
  const worst = [...cost].sort((a, b) => b[1].ms - a[1].ms || a[0].localeCompare(b[0]))[0];
  if (worst) out.push({ code: 'approval', target: ['team'], params: { seat: worst[0], channels: [...worst[1].channels].sort(), statements: worst[1].statements, minutes: Math.round(worst[1].ms / 60_000) } });

  const reached = new Set(result.statements.flatMap((s) => s.audience));
  playbook.stakeholders.forEach((s, i) => {
    if (!reached.has(s.id)) out.push({ code: 'silent', target: ['stakeholders', i], params: { stakeholder: s.id } });
  });
  return out;
}

/** Words for a finding, from the catalogue. */
export function findingText(f: PlaybookFinding, t: Translator): string {
  switch (f.code) {
    case 'contradicted':
      return t.t('playbook.finding.contradicted', { ...f.params, quote: clip(f.params.quote) });
    case 'unused':
      return t.t('playbook.finding.unused', f.params);
    case 'approval':
      return t.t('playbook.finding.approval', f.params);
    case 'silent':
      return t.t('playbook.finding.silent', f.params);
  }
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 160 ? `${one.slice(0, 159)}…` : one;
}

/** Contradicting lines added to a message's doNotSay per drill: the worst few, not every one. */
const MAX_DO_NOT_SAY = 3;

export interface PlaybookPatch {
  /** The playbook with the proposed edits. */
  readonly text: string;
  /** A unified diff from the playbook to `text` (empty when nothing is proposed). */
  readonly diff: string;
}

/**
 * Edits as text insertions into the playbook's own YAML, so that the diff shows only what is
 * proposed and the file keeps its layout and comments: a `review:` note under each entry a finding
 * is about, and each contradicting line under the message's `doNotSay:`.
 */
export function proposePatch(text: string, file: string, findings: readonly PlaybookFinding[], t: Translator, drill: { readonly scenario: string; readonly seed: number }): PlaybookPatch {
  const doc = parseDocument(text);
  const insertions: { at: number; lines: string[] }[] = [];
  const byTarget = new Map<string, { target: readonly (string | number)[]; review: string[]; doNotSay: string[] }>();
  for (const f of findings) {
    const key = f.target.join('.');
    const entry = byTarget.get(key) ?? { target: f.target, review: [], doNotSay: [] };
    entry.review.push(t.t('playbook.note', { scenario: drill.scenario, seed: drill.seed, finding: findingText(f, t) }));
    if (f.code === 'contradicted') for (const q of f.quotes.slice(0, MAX_DO_NOT_SAY)) if (!entry.doNotSay.includes(q)) entry.doNotSay.push(q);
    byTarget.set(key, entry);
  }
  for (const { target, review, doNotSay } of byTarget.values()) {
    const node = doc.getIn(target, true) as YamlNode | undefined;
    if (!isMap(node) || node.flow || !node.range) continue;
    const first = node.items[0]?.key as YamlNode | undefined;
    const indent = ' '.repeat(column(text, first?.range?.[0] ?? node.range[0]));
    for (const [field, values] of [['doNotSay', doNotSay], ['review', review]] as const) {
      const existing = node.get(field, true) as YamlNode | undefined;
      const already = isSeq(existing) ? existing.items.map((x) => (isScalar(x) && typeof x.value === 'string' ? x.value : '')) : [];
      const fresh = values.filter((v) => !already.includes(v));
      if (fresh.length === 0) continue;
      if (isSeq(existing) && !existing.flow && existing.range) {
        const itemIndent = ' '.repeat(column(text, (existing.items[0] as YamlNode | undefined)?.range?.[0] ?? existing.range[0]) - 2);
        insertions.push({ at: lineEnd(text, existing.range[1]), lines: fresh.map((v) => `${itemIndent}- ${JSON.stringify(v)}`) });
      } else if (existing === undefined) {
        insertions.push({ at: lineEnd(text, node.range[1]), lines: [`${indent}${field}:`, ...fresh.map((v) => `${indent}  - ${JSON.stringify(v)}`)] });
      }
    }
  }
  // Later insertions first, so earlier offsets stay true; at one offset, in the order they were made.
  const ordered = insertions.map((x, i) => ({ ...x, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  let patched = text;
  for (const ins of ordered) patched = `${patched.slice(0, ins.at)}${ins.lines.join('\n')}\n${patched.slice(ins.at)}`;
  return { text: patched, diff: patched === text ? '' : unifiedDiff(text, patched, file) };
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset just after the line that holds `offset - 1` (the end of a node's last line). */
function lineEnd(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /[\s]/.test(text[end - 1] ?? '')) end -= 1;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl + 1;
}

/** Minutes of a result duration, for findings. */
export function minutesOf(duration: string): number {
  return Math.round((parseDuration(duration) ?? 0) / 60_000);
}
