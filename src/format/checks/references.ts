/**
 * Ids and references: duplicates (SC201), names that point nowhere (SC202), conditions that do not
 * parse (SC203) or make no sense (SC204), relative times that do not parse (SC205), an inject timed
 * two ways at once (SC206), variables given values of the wrong type (SC207), and answers sent on a
 * channel nobody can publish on (SC208).
 */
import { parseAfter, parseCondition } from '../conditions.ts';
import { lint, type IdKind } from '../diagnostics/messages.ts';
import { MAX_DURATION_MS, MAX_DURATION_TEXT } from '../limits.ts';
import { resolveCondition, type SymbolTable } from '../refs.ts';
import type { ScenarioDoc } from '../schema.ts';
import { buildSymbolTable } from '../symbols.ts';
import { CHANNEL_INFO, type Channel } from '../vocabulary.ts';
import type { PathSegment } from '../yaml-source.ts';
import type { Reporter } from './reporter.ts';
import { answerableSites, conditionSites, effectSites } from './walk.ts';

/** Ids of items that failed the schema: they exist, so references to them are not reported twice. */
export type KnownIds = ReadonlySet<string>;

/** An item that failed the schema but has an id: it still takes part in the duplicate check. */
export interface FailedItem {
  readonly collection: string;
  readonly id: string;
  readonly path: readonly PathSegment[];
}

export function checkDuplicateIds(doc: ScenarioDoc, r: Reporter, failed: readonly FailedItem[] = []): void {
  const unique = (what: IdKind, given: readonly { id: string; path: readonly PathSegment[] }[], collections: readonly string[] = [], within?: string): void => {
    const items = [...given, ...(collections.length === 0 ? [] : failed.filter((f) => collections.includes(f.collection)))].sort(
      (a, b) => r.locateLine(a.path) - r.locateLine(b.path),
    );
    const seen = new Map<string, readonly PathSegment[]>();
    for (const item of items) {
      const first = seen.get(item.id);
      if (first) {
        const line = r.locateLine(first);
        r.error('SC201', lint('lint.SC201.duplicate', { what, id: item.id, line, ...(within === undefined ? {} : { within }) }), [...item.path, 'id']);
      } else {
        seen.set(item.id, item.path);
      }
    }
  };
  const list = (key: string, items: readonly { id: string }[]) => items.map((x, i) => ({ id: x.id, path: [key, i] }));
  unique('persona', list('personas', doc.personas), ['personas']);
  unique('stakeholder', list('stakeholders', doc.stakeholders), ['stakeholders']);
  unique('ending', list('endings', doc.endings), ['endings']);
  unique('rumour', list('rumours', doc.rumours), ['rumours']);
  unique('press-conference', list('pressConferences', doc.pressConferences));
  // Facts and key messages share a namespace: a rumour's counteredBy may name either.
  unique('fact-or-key-message', [...list('facts', doc.facts), ...list('keyMessages', doc.keyMessages)], ['facts', 'keyMessages']);
  unique(
    'seat',
    doc.roles.seats.map((s, i) => ({ id: typeof s === 'string' ? s : s.id, path: ['roles', 'seats', i] })),
  );
  const sites = answerableSites(doc);
  unique('inject', sites.map((s) => ({ id: s.id, path: s.path })), ['injects']);
  for (const site of sites) {
    unique('option', site.options.map((o, i) => ({ id: o.id, path: [...site.path, 'options', i] })), [], site.id);
  }
}

export function checkReferences(doc: ScenarioDoc, r: Reporter, known: KnownIds): SymbolTable {
  const table = { ...buildSymbolTable(doc, known), suggest: (word: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>) => r.suggester.closest(word, set) };
  const seats = new Set(doc.roles.seats.map((s) => (typeof s === 'string' ? s : s.id)));
  const personas = new Set(doc.personas.map((p) => p.id));
  const endings = new Set(doc.endings.map((e) => e.id));
  const factsOrMessages = new Set([...table.facts.keys(), ...table.keyMessages]);

  const ref = (id: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>, what: IdKind, path: readonly PathSegment[]): void => {
    if (set.has(id) || known.has(id)) return;
    r.error('SC202', lint('lint.SC202.unknown', { what, id, suggestion: r.suggester.closest(id, set) }), path);
  };
  const refs = (ids: readonly string[] | undefined, set: ReadonlySet<string> | ReadonlyMap<string, unknown>, what: IdKind, path: readonly PathSegment[]): void => {
    ids?.forEach((id, i) => ref(id, set, what, [...path, i]));
  };

  ref(doc.roles.solo, seats, 'seat', ['roles', 'solo']);
  for (const [channel, approvers] of Object.entries(doc.roles.approvals)) {
    refs(approvers, seats, 'seat', ['roles', 'approvals', channel]);
    if (!CHANNEL_INFO[channel as keyof typeof CHANNEL_INFO].outbound) {
      r.error('SC208', lint('lint.SC208.approval-inbound', { channel: channel as Channel }), ['roles', 'approvals', channel], 'key');
    }
  }
  for (const seat of Object.keys(doc.roles.approvalTime)) ref(seat, seats, 'seat', ['roles', 'approvalTime', seat]);

  doc.keyMessages.forEach((k, i) => refs(k.audiences, table.stakeholders, 'stakeholder', ['keyMessages', i, 'audiences']));
  doc.rumours.forEach((ru, i) => {
    refs(ru.audiences, table.stakeholders, 'stakeholder', ['rumours', i, 'audiences']);
    refs(ru.counteredBy, factsOrMessages, 'fact-or-key-message', ['rumours', i, 'counteredBy']);
  });

  for (const site of answerableSites(doc)) {
    if (site.from !== undefined) ref(site.from, personas, 'persona', [...site.path, 'from']);
    if (site.expects) {
      refs(site.expects.facts, table.facts, 'fact', [...site.path, 'expects', 'facts']);
      refs(site.expects.keyMessages, table.keyMessages, 'key-message', [...site.path, 'expects', 'keyMessages']);
      refs(site.expects.audiences, table.stakeholders, 'stakeholder', [...site.path, 'expects', 'audiences']);
    }
    site.options.forEach((o, oi) => {
      const base = [...site.path, 'options', oi];
      refs(o.audience, table.stakeholders, 'stakeholder', [...base, 'audience']);
      for (const fact of Object.keys(o.asserts.facts)) ref(fact, table.facts, 'fact', [...base, 'asserts', 'facts', fact]);
      refs(o.asserts.updates, table.facts, 'fact', [...base, 'asserts', 'updates']);
      refs(o.asserts.keyMessages, table.keyMessages, 'key-message', [...base, 'asserts', 'keyMessages']);
      if (o.channel !== undefined && !CHANNEL_INFO[o.channel].outbound) {
        r.error('SC208', lint('lint.SC208.option-inbound', { channel: o.channel }), [...base, 'channel']);
      }
    });
  }

  doc.injects.forEach((inj, i) => {
    const base = ['injects', i];
    refs(inj.to, seats, 'seat', [...base, 'to']);
    refs(inj.reveals, table.facts, 'fact', [...base, 'reveals']);
    if (inj.regulator) refs(inj.regulator.requires, table.facts, 'fact', [...base, 'regulator', 'requires']);
    if (inj.replyChannel !== undefined && !CHANNEL_INFO[inj.replyChannel].outbound) {
      r.error('SC208', lint('lint.SC208.reply-inbound', { channel: inj.replyChannel }), [...base, 'replyChannel']);
    }
    const timings = (['at', 'after', 'when'] as const).filter((k) => inj[k] !== undefined);
    if (timings.length > 1) {
      r.error('SC206', lint('lint.SC206.inject-timings', { timings }), [...base, timings[1] ?? 'at'], 'key');
    }
    if (!inj.once && inj.when === undefined) {
      r.warning('SC206', lint('lint.SC206.once-without-when', {}), [...base, 'once'], 'key');
    }
    if (inj.after !== undefined) checkAfter(inj.after, [...base, 'after'], table, r, known);
  });
  doc.pressConferences.forEach((pc, i) => {
    if (pc.moderator !== undefined) ref(pc.moderator, personas, 'persona', ['pressConferences', i, 'moderator']);
    pc.questions.forEach((q, qi) => {
      const base = ['pressConferences', i, 'questions', qi];
      if (q.premise) ref(q.premise.fact, table.facts, 'fact', [...base, 'premise', 'fact']);
      if (q.proposition !== undefined) ref(q.proposition, table.facts, 'fact', [...base, 'proposition']);
      if (q.remit) refs(q.remit.facts, table.facts, 'fact', [...base, 'remit', 'facts']);
    });
    const timings = (['at', 'after', 'when'] as const).filter((k) => pc[k] !== undefined);
    if (timings.length > 1) r.error('SC206', lint('lint.SC206.conference-timings', { timings }), ['pressConferences', i, timings[1] ?? 'at'], 'key');
    if (pc.after !== undefined) checkAfter(pc.after, ['pressConferences', i, 'after'], table, r, known);
  });

  for (const site of effectSites(doc)) checkEffect(site.effect, site.path, table, endings, r, known);

  for (const site of conditionSites(doc)) {
    const parsed = parseCondition(site.text);
    if (!parsed.ok) {
      r.errorInScalar('SC203', lint('lint.in-condition', { problem: parsed.error.message }), site.path, parsed.error.offset);
      continue;
    }
    const resolved = resolveCondition(parsed.expr, table, site.allowReply);
    if (!resolved.ok) {
      for (const p of resolved.problems) r.errorInScalar(p.code, lint('lint.in-condition', { problem: p.message }), site.path, p.offset);
    }
  }
  return table;
}

function checkAfter(text: string, path: readonly PathSegment[], table: SymbolTable, r: Reporter, known: KnownIds): void {
  const a = parseAfter(text);
  if (!a.ok) {
    r.error('SC205', a.message, path);
    return;
  }
  if (a.after.delayMs > MAX_DURATION_MS) {
    // Quoted as written: the computed delay of "first-call + 99999999999999999999d" reads "2.4e+21h".
    r.error('SC108', lint('lint.SC108.delay-too-long', { text, max: MAX_DURATION_TEXT }), path);
  }
  if (!table.injects.has(a.after.inject) && !known.has(a.after.inject)) {
    r.error('SC202', lint('lint.SC202.unknown', { what: 'inject', id: a.after.inject, suggestion: r.suggester.closest(a.after.inject, table.injects) }), path);
  }
}

function checkEffect(
  effect: ScenarioDoc['injects'][number]['onTimeout'][number],
  path: readonly PathSegment[],
  table: SymbolTable,
  endings: ReadonlySet<string>,
  r: Reporter,
  known: KnownIds,
): void {
  const ref = (id: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>, what: IdKind, key: string): void => {
    if (set.has(id) || known.has(id)) return;
    r.error('SC202', lint('lint.SC202.unknown', { what, id, suggestion: r.suggester.closest(id, set) }), [...path, key]);
  };
  if ('trust' in effect) for (const id of Object.keys(effect.trust)) ref(id, table.stakeholders, 'stakeholder', 'trust');
  else if ('fire' in effect) ref(effect.fire, table.injects, 'inject', 'fire');
  else if ('cancel' in effect) ref(effect.cancel, table.injects, 'inject', 'cancel');
  else if ('seedRumour' in effect) ref(effect.seedRumour, table.rumours, 'rumour', 'seedRumour');
  else if ('counterRumour' in effect) ref(effect.counterRumour, table.rumours, 'rumour', 'counterRumour');
  else if ('boostRumour' in effect) ref(effect.boostRumour, table.rumours, 'rumour', 'boostRumour');
  else if ('reveal' in effect) ref(effect.reveal, table.facts, 'fact', 'reveal');
  else if ('end' in effect) ref(effect.end, endings, 'ending', 'end');
  else if ('set' in effect || 'add' in effect) {
    const values: Record<string, unknown> = 'set' in effect ? effect.set : effect.add;
    const verb = 'set' in effect ? 'set' : 'add';
    for (const [name, value] of Object.entries(values)) {
      const type = table.variables.get(name);
      if (!type) {
        r.error('SC202', lint('lint.SC202.undeclared-variable', { name, suggestion: r.suggester.closest(name, table.variables) }), [...path, verb, name], 'key');
        continue;
      }
      const given = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
      if (verb === 'add' && type !== 'number') r.error('SC207', lint('lint.SC207.add-to-non-number', { name, type }), [...path, verb, name]);
      else if (given !== type) r.error('SC207', lint('lint.SC207.wrong-type', { name, type, given }), [...path, verb, name]);
    }
  }
}
