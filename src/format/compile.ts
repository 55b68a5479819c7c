/**
 * Validated document → compiled scenario. Runs only on documents that passed the semantic checks,
 * so an unresolvable reference here is a bug in the checks, reported as an internal error.
 */
import type {
  CompiledConference,
  CompiledEffect,
  CompiledEnding,
  CompiledFact,
  CompiledFreeText,
  CompiledInject,
  CompiledOption,
  CompiledQuestion,
  CompiledRumour,
  CompiledScenario,
  CompiledStakeholder,
  InjectTrigger,
} from './compiled.ts';
import { parseAfter, parseCondition } from './conditions.ts';
import { parseDuration } from './duration.ts';
import { resolveCondition, type RExpr, type SymbolTable } from './refs.ts';
import type { EffectDoc, FreeTextDoc, InjectDoc, OptionDoc, PressConferenceDoc, ScenarioDoc } from './schema.ts';
import { buildSymbolTable } from './symbols.ts';
import { CHANNEL_INFO, CHANNELS, type Channel } from './vocabulary.ts';

/**
 * A scenario that passed every check and still does not compile is a bug in the checks: the message
 * is for the bug report (SC999 quotes it), so it names the problem by its catalogue key.
 */
export class CompileError extends Error {}

function ms(duration: string): number {
  const v = parseDuration(duration);
  if (v === null) throw new CompileError(`not a duration: ${duration}`);
  return v;
}

function cond(text: string, table: SymbolTable, allowReply = false): RExpr {
  const parsed = parseCondition(text);
  if (!parsed.ok) throw new CompileError(`condition "${text}": ${parsed.error.message.key}`);
  const resolved = resolveCondition(parsed.expr, table, allowReply);
  if (!resolved.ok) throw new CompileError(`condition "${text}": ${resolved.problems.map((p) => p.message.key).join('; ')}`);
  return resolved.expr;
}

export function compileEffects(effects: readonly EffectDoc[]): CompiledEffect[] {
  return effects.map((e): CompiledEffect => {
    if ('trust' in e) return { kind: 'trust', deltas: Object.entries(e.trust) };
    if ('fire' in e) return { kind: 'fire', inject: e.fire, delayMs: e.in === undefined ? 0 : ms(e.in) };
    if ('cancel' in e) return { kind: 'cancel', inject: e.cancel };
    if ('set' in e) return { kind: 'set', values: Object.entries(e.set) };
    if ('add' in e) return { kind: 'add', values: Object.entries(e.add) };
    if ('seedRumour' in e) return { kind: 'seedRumour', rumour: e.seedRumour, share: e.share ?? null };
    if ('counterRumour' in e) return { kind: 'counterRumour', rumour: e.counterRumour, strength: e.strength ?? 1 };
    if ('boostRumour' in e) return { kind: 'boostRumour', rumour: e.boostRumour, share: e.share };
    if ('reveal' in e) return { kind: 'reveal', fact: e.reveal };
    if ('end' in e) return { kind: 'end', ending: e.end };
    return { kind: 'note', text: e.note };
  });
}

function compileOption(o: OptionDoc, replyChannel: Channel): CompiledOption {
  return {
    id: o.id,
    label: o.label ?? null,
    text: o.text,
    channel: o.channel ?? replyChannel,
    audience: o.audience ?? null,
    asserts: o.asserts,
    effects: compileEffects(o.effects),
    feedback: o.feedback ?? null,
  };
}

function compileFreeText(ft: FreeTextDoc, replyChannel: Channel, table: SymbolTable): CompiledFreeText | null {
  if (ft === false) return null;
  if (ft === true) return { channel: replyChannel, effects: [], branches: [] };
  return {
    channel: ft.channel ?? replyChannel,
    effects: compileEffects(ft.effects),
    branches: ft.branches.map((b) => ({ when: cond(b.when, table, true), effects: compileEffects(b.effects) })),
  };
}

function compileTrigger(timing: { at?: string | undefined; after?: string | undefined; when?: string | undefined; once?: boolean }, table: SymbolTable): InjectTrigger {
  if (timing.at !== undefined) return { kind: 'at', atMs: ms(timing.at) };
  if (timing.after !== undefined) {
    const a = parseAfter(timing.after);
    if (!a.ok) throw new CompileError(`after "${timing.after}": ${a.message.key}`);
    return { kind: 'after', inject: a.after.inject, event: a.after.event, delayMs: a.after.delayMs };
  }
  if (timing.when !== undefined) return { kind: 'when', condition: cond(timing.when, table), once: timing.once ?? true };
  return { kind: 'manual' };
}

function replyChannelOf(inject: Pick<InjectDoc, 'channel' | 'replyChannel'>): Channel {
  return inject.replyChannel ?? CHANNEL_INFO[inject.channel].replyOn ?? 'press-release';
}

function compileInject(doc: InjectDoc, order: number, table: SymbolTable): CompiledInject {
  const replyChannel = replyChannelOf(doc);
  const deadlineMs = doc.deadline === undefined ? null : ms(doc.deadline);
  return {
    id: doc.id,
    order,
    title: doc.title ?? null,
    trigger: compileTrigger(doc, table),
    guard: doc.if === undefined ? null : cond(doc.if, table),
    cancelIf: doc.unless === undefined ? null : cond(doc.unless, table),
    channel: doc.channel,
    from: doc.from ?? null,
    to: doc.to ?? null,
    subject: doc.subject ?? null,
    text: doc.text,
    attachments: doc.attachments,
    severity: doc.severity,
    deadlineMs,
    halfLifeMs: doc.halfLife === undefined ? (deadlineMs ?? 15 * 60_000) : ms(doc.halfLife),
    closesAtDeadline: doc.closesAtDeadline ?? doc.channel === 'press-conference',
    regulator: doc.regulator
      ? { withinMs: ms(doc.regulator.within), requires: doc.regulator.requires, regulator: doc.regulator.regulator ?? null }
      : null,
    options: doc.options.map((o) => compileOption(o, replyChannel)),
    freeText: compileFreeText(doc.freeText, replyChannel, table),
    replyChannel,
    expects: doc.expects ?? null,
    onResponse: compileEffects(doc.onResponse),
    onTimeout: compileEffects(doc.onTimeout),
    reveals: doc.reveals,
    notes: doc.notes ?? null,
    tags: doc.tags,
    conference: null,
  };
}

/**
 * A press conference becomes its opening statement and question injects; the engine fires them in
 * turn (picking from the raised hands) and fires the follow-ups.
 */
function compileConference(pc: PressConferenceDoc, startOrder: number, table: SymbolTable): { injects: CompiledInject[]; conference: CompiledConference } {
  const out: CompiledInject[] = [];
  const answerMs = ms(pc.answerTime);
  let order = startOrder;
  const base = (deadlineMs: number) => ({
    title: pc.title,
    guard: null,
    cancelIf: null,
    channel: 'press-conference' as const,
    to: null,
    subject: pc.title,
    attachments: [],
    deadlineMs,
    halfLifeMs: deadlineMs,
    closesAtDeadline: true,
    regulator: null,
    replyChannel: 'press-conference' as const,
    onResponse: [],
    onTimeout: [],
    reveals: [],
    tags: ['press-conference'],
  });
  const first = pc.questions[0]?.id ?? null;
  if (pc.opening) {
    const o = pc.opening;
    out.push({
      ...base(ms(o.answerTime)),
      id: o.id,
      order: order++,
      trigger: compileTrigger(pc, table),
      from: o.from ?? pc.moderator ?? null,
      text: o.text,
      severity: 'high',
      options: o.options.map((x) => compileOption(x, 'press-conference')),
      freeText: compileFreeText(o.freeText, 'press-conference', table),
      expects: o.expects ?? null,
      notes: o.notes ?? null,
      tags: ['press-conference', 'press-opening'],
      conference: { id: pc.id, next: first, followUps: [], followUpOf: null, role: 'opening', question: null },
    });
  }
  pc.questions.forEach((q, i) => {
    const next = pc.questions[i + 1]?.id ?? null;
    const questionMs = q.answerTime === undefined ? answerMs : ms(q.answerTime);
    const question: CompiledQuestion = {
      kind: q.kind,
      journalist: q.from,
      premise: q.premise ?? null,
      loaded: q.loaded,
      remit: q.remit ? { owner: q.remit.owner, handOver: q.remit.handOver, facts: q.remit.facts } : null,
      proposition: q.proposition ?? null,
    };
    out.push({
      ...base(questionMs),
      id: q.id,
      order: order++,
      trigger: i === 0 && !pc.opening ? compileTrigger(pc, table) : { kind: 'manual' },
      guard: q.if === undefined ? null : cond(q.if, table),
      from: q.from,
      text: q.text,
      severity: q.severity,
      options: q.options.map((o) => compileOption(o, 'press-conference')),
      freeText: compileFreeText(q.freeText, 'press-conference', table),
      expects: q.expects ?? null,
      notes: q.notes ?? null,
      tags: ['press-conference', `question:${q.kind}`],
      conference: {
        id: pc.id,
        next,
        followUps: q.followUps.map((f) => ({ inject: f.id, trigger: f.if })),
        followUpOf: null,
        role: 'question',
        question,
      },
    });
    for (const f of q.followUps) {
      const followMs = f.answerTime === undefined ? questionMs : ms(f.answerTime);
      out.push({
        ...base(followMs),
        id: f.id,
        order: order++,
        trigger: { kind: 'manual' },
        from: f.from ?? q.from,
        text: f.text,
        severity: q.severity,
        options: f.options.map((o) => compileOption(o, 'press-conference')),
        freeText: compileFreeText(f.freeText, 'press-conference', table),
        expects: f.expects ?? q.expects ?? null,
        notes: null,
        tags: ['press-conference', `follow-up:${f.if}`],
        conference: { id: pc.id, next, followUps: [], followUpOf: q.id, role: 'follow-up', question: { ...question, journalist: f.from ?? q.from } },
      });
    }
  });
  return {
    injects: out,
    conference: {
      id: pc.id,
      title: pc.title,
      opening: pc.opening?.id ?? null,
      picking: pc.picking,
      moderator: pc.moderator ?? null,
      pickTimeMs: ms(pc.pickTime),
      questions: pc.questions.map((q) => q.id),
    },
  };
}

function compileFact(f: ScenarioDoc['facts'][number]): CompiledFact {
  const truth = f.truth.map((t) => ({ fromMs: ms(t.from), value: t.value, note: t.note ?? null })).sort((a, b) => a.fromMs - b.fromMs);
  let tolerance: CompiledFact['tolerance'] = { absolute: 0 };
  if (typeof f.tolerance === 'number') tolerance = { absolute: f.tolerance };
  else if (typeof f.tolerance === 'string') tolerance = { relative: Number(f.tolerance.slice(0, -1)) / 100 };
  return {
    id: f.id,
    label: f.label,
    kind: f.kind,
    cues: f.cues,
    unit: f.unit ?? null,
    values: f.values ?? null,
    truth,
    tolerance,
    discloseByMs: f.discloseBy === undefined ? null : ms(f.discloseBy),
    confidential: f.confidential,
  };
}

function compileStakeholder(s: ScenarioDoc['stakeholders'][number]): CompiledStakeholder {
  const reachedBy = new Set<Channel>(s.reachedBy ?? CHANNELS.filter((c) => CHANNEL_INFO[c].reaches.includes(s.kind)));
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    trust: s.trust,
    weight: s.weight,
    victims: s.victims,
    sensitivities: s.sensitivities,
    avoid: s.avoid,
    reachedBy,
    expectsEmpathy: s.expects?.empathy ?? null,
    responsibility: s.expects?.responsibility ?? 'explicit',
  };
}

function compileRumour(r: ScenarioDoc['rumours'][number], doc: ScenarioDoc): CompiledRumour {
  const factIds = new Set(doc.facts.map((f) => f.id));
  return {
    id: r.id,
    claim: r.claim,
    isTrue: r.isTrue,
    seedMs: r.seed === undefined ? null : ms(r.seed),
    audiences: r.audiences,
    channels: r.channels,
    counteredBy: {
      facts: r.counteredBy.filter((id) => factIds.has(id)),
      keyMessages: r.counteredBy.filter((id) => !factIds.has(id)),
    },
    params: { ...r.spread, tauMs: ms(r.spread.tau) },
    population: r.population,
  };
}

export function compileScenario(doc: ScenarioDoc): CompiledScenario {
  const table = buildSymbolTable(doc);
  const injects: CompiledInject[] = doc.injects.map((d, i) => compileInject(d, i, table));
  let order = injects.length;
  const conferences: CompiledConference[] = [];
  for (const pc of doc.pressConferences) {
    const compiled = compileConference(pc, order, table);
    order += compiled.injects.length;
    injects.push(...compiled.injects);
    conferences.push(compiled.conference);
  }
  const injectIndex = new Map(injects.map((i) => [i.id, i]));
  const dependents = new Map<string, CompiledInject[]>();
  for (const inj of injects) {
    if (inj.trigger.kind !== 'after') continue;
    const list = dependents.get(inj.trigger.inject) ?? [];
    list.push(inj);
    dependents.set(inj.trigger.inject, list);
  }
  const facts = doc.facts.map(compileFact);
  const rumours = doc.rumours.map((r) => compileRumour(r, doc));
  const endings: CompiledEnding[] = doc.endings.map((e) => ({
    id: e.id,
    title: e.title,
    summary: e.summary ?? null,
    when: e.when === undefined ? null : cond(e.when, table),
    otherwise: e.otherwise === true,
    early: e.early,
  }));
  const seats = doc.roles.seats.map((s) => (typeof s === 'string' ? s : s.id));
  const approvals = new Map<Channel, readonly string[]>();
  for (const c of CHANNELS) {
    const roles = doc.roles.approvals[c];
    if (roles && roles.length > 0) approvals.set(c, roles);
  }
  return {
    doc,
    id: doc.id,
    language: doc.languages[0] ?? 'en',
    languages: doc.languages,
    startIso: doc.clock.start,
    clockJumps: doc.clock.jumps.map((j) => ({ atMs: ms(j.at), toIso: j.to, title: j.title ?? null })).sort((a, b) => a.atMs - b.atMs),
    lengthMs: ms(doc.clock.length),
    defaultSpeed: doc.clock.speed,
    cluster: doc.crisis.cluster,
    severity: doc.crisis.severity,
    compensation: doc.crisis.compensation,
    publicMustAct: doc.crisis.publicMustAct,
    euphemisms: doc.crisis.euphemisms,
    seats,
    soloSeat: doc.roles.solo,
    approvals,
    approvalTimeMs: new Map(Object.entries(doc.roles.approvalTime).map(([seat, d]) => [seat, ms(d)])),
    personas: new Map(doc.personas.map((p) => [p.id, p])),
    stakeholders: doc.stakeholders.map(compileStakeholder),
    facts,
    factIndex: new Map(facts.map((f) => [f.id, f])),
    keyMessages: doc.keyMessages,
    rumours,
    rumourIndex: new Map(rumours.map((r) => [r.id, r])),
    variables: doc.variables,
    injects,
    injectIndex,
    dependents,
    endings,
    conferences,
    conferenceIndex: new Map(conferences.map((c) => [c.id, c])),
  };
}
