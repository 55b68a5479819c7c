/**
 * Engine state + scoring → the play result (cli.md's `play --json`, plus what the after-action
 * report needs). Times are durations from the scenario start; fractions are rounded to four places
 * so the JSON is stable and readable.
 */
import { formatDuration, SEVERITY_WEIGHT, textIn, type CompiledScenario } from '../format/index.ts';
import type { EventOf } from './events.ts';
import { askedOf, assessSilence } from './press/assess.ts';
import { counterfactual } from './counterfactual.ts';
import { postsPerMinute, rumourFeeds } from './feed-view.ts';
import { rumourReadout } from './rumours.ts';
import { RESULT_KIND, RESULT_VERSION, type PlayResult } from './play-result.ts';
import { published, scoreSession, statementCues, type ScoringOptions } from './scoring/session-scores.ts';
import { regulatorDuties } from './duties.ts';
import type { EngineState } from './state.ts';

const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Each conference question by question, read from the event log: what was asked (as asked), the
 * answer, and how the room heard it (the `press.answered` event, or silence when time ran out).
 */
/** The facilitator's delays of an inject before it fired (the `inject.delayed` events), as the result writes durations. */
function delaysOf(st: EngineState): (inject: string, firedAt: number) => { delayedBy?: string } {
  const delays = new Map<string, { at: number; by: number }[]>();
  for (const e of st.log) if (e.type === 'inject.delayed') delays.set(e.data.inject, [...(delays.get(e.data.inject) ?? []), { at: e.at, by: e.data.by }]);
  return (inject, firedAt) => {
    const by = (delays.get(inject) ?? []).filter((d) => d.at <= firedAt).reduce((sum, d) => sum + d.by, 0);
    return by > 0 ? { delayedBy: formatDuration(by) } : {};
  };
}

function pressSection(s: CompiledScenario, st: EngineState): NonNullable<PlayResult['press']> {
  const lang = s.language;
  const asked = new Map<number, EventOf<'press.question'>>();
  const answered = new Map<string, EventOf<'press.answered'>>();
  const firedAt = new Map<number, number>();
  for (const e of st.log) {
    if (e.type === 'inject.fired') firedAt.set(e.data.firing, e.at);
    if (e.type === 'press.answered') answered.set(e.data.statement, e);
  }
  st.log.forEach((e) => {
    if (e.type !== 'press.question') return;
    const index = st.firings.findIndex((f, i) => f.inject === e.data.inject && firedAt.get(i) === e.at && !asked.has(i));
    if (index >= 0) asked.set(index, e);
  });
  return s.conferences.map((c) => {
    let weighted = 0;
    let weights = 0;
    const questions: NonNullable<PlayResult['press']>[number]['questions'] = [];
    st.firings.forEach((firing, index) => {
      const inj = s.injectIndex.get(firing.inject);
      const conf = inj?.conference;
      if (!inj || !conf || conf.id !== c.id) return;
      const q = asked.get(index);
      const statement = firing.statement === null ? undefined : st.statements.find((x) => x.id === firing.statement);
      const heard = statement ? answered.get(statement.id) : undefined;
      const silence = assessSilence(inj);
      // An answer still waiting for approval, or an open question, is not scored yet.
      if (!heard && !firing.timedOut) return;
      const score = heard ? heard.data.score : silence.score;
      const w = SEVERITY_WEIGHT[inj.severity];
      weighted += score * w;
      weights += w;
      const who = q?.data.journalist ?? inj.from;
      const persona = who === null ? undefined : s.personas.get(who);
      questions.push({
        inject: inj.id,
        role: conf.role,
        kind: askedOf(inj),
        journalist: who,
        outlet: persona?.outlet ?? null,
        country: persona?.country ?? null,
        followUpOf: conf.followUpOf,
        trigger: q?.data.trigger ?? null,
        askedAt: formatDuration(firing.firedAt),
        text: q?.data.text ?? textIn(inj.text, lang, lang),
        answer: statement ? { statement: statement.id, at: formatDuration(statement.publishedAt ?? statement.submittedAt), text: statement.text } : null,
        headline: heard?.data.headline ?? null,
        score,
        cues: heard ? [...heard.data.cues] : [...silence.cues],
      });
    });
    return { conference: c.id, title: textIn(c.title, lang, lang), score: weights === 0 ? null : Math.round(weighted / weights), questions };
  });
}

export function buildResult(s: CompiledScenario, st: EngineState, skipped: PlayResult['skipped'] = [], options: ScoringOptions = {}): PlayResult {
  const scoring = scoreSession(s, st, options);
  const lang = s.language;
  const text = (t: Parameters<typeof textIn>[0]): string => textIn(t, lang, lang);
  const endedAt = st.ending?.at ?? st.now;
  const endingDoc = st.ending?.id ? s.endings.find((e) => e.id === st.ending?.id) : undefined;
  const byStatement = new Map(scoring.statements.map((x) => [x.statement.id, x]));
  const feeds = rumourFeeds(s, st, 4);
  const duties = regulatorDuties(s, st, published(st), formatDuration);

  const delayOf = delaysOf(st);
  const trustSeries = new Map<string, { t: string; trust: number }[]>();
  for (const sh of s.stakeholders) trustSeries.set(sh.id, [{ t: '0m', trust: r4(sh.trust) }]);
  for (const e of st.log) {
    if (e.type !== 'trust.changed') continue;
    trustSeries.get(e.data.stakeholder)?.push({ t: formatDuration(e.at), trust: e.data.trust });
  }

  return {
    kind: RESULT_KIND,
    version: RESULT_VERSION,
    scenario: s.id,
    title: text(s.doc.title),
    organisation: s.doc.organisation.name,
    clockStart: s.startIso,
    ...(s.clockJumps.length > 0
      ? { clockJumps: s.clockJumps.map((j) => ({ at: formatDuration(j.atMs), to: j.toIso, title: j.title === null ? null : text(j.title) })) }
      : {}),
    seed: st.seed,
    ending: st.ending?.id ?? null,
    endingTitle: endingDoc ? text(endingDoc.title) : null,
    endedAt: formatDuration(endedAt),
    scores: { overall: scoring.overall, ...scoring.dimensions },
    unjudged: [...scoring.unjudged],
    ...(duties.length > 0 ? { duties } : {}),
    sessionCues: [...scoring.sessionCues],
    injects: scoring.firings.map((f) => ({
      id: f.inject.id,
      title: text(f.inject.subject ?? f.inject.title ?? f.inject.text).slice(0, 120),
      channel: f.inject.channel,
      from: f.inject.from,
      firedAt: formatDuration(f.firing.firedAt),
      respondedAt: f.firing.respondedAt === null ? null : formatDuration(f.firing.respondedAt),
      deadline: f.firing.deadlineAt === null ? null : formatDuration(f.firing.deadlineAt),
      statement: f.firing.statement,
      option: f.firing.option,
      scores: f.scores,
      cues: [...f.cues],
      ...delayOf(f.inject.id, f.firing.firedAt),
    })),
    statements: st.statements
      .filter((x) => x.status === 'published')
      .map((x) => {
        const scored = byStatement.get(x.id);
        const scores: PlayResult['statements'][number]['scores'] = {};
        if (scored) {
          for (const dim of ['empathy', 'transparency', 'accuracy', 'consistency'] as const) {
            const d = scored.scores[dim];
            if (d.score !== null) scores[dim] = d.score;
          }
        }
        const cues = scored ? statementCues(scored) : [];
        return {
          id: x.id,
          at: formatDuration(x.publishedAt ?? x.submittedAt),
          channel: x.channel,
          seat: x.seat,
          inject: x.inject,
          option: x.option,
          audience: x.audience,
          text: x.text,
          claims: Object.fromEntries(x.annotation.claims.map((c) => [c.fact, c.value])),
          scores,
          cues,
        };
      }),
    rumours: s.rumours.map((r) => {
      const rt = st.rumours[r.id];
      const readout = rt ? rumourReadout(rt) : { reach: 0, believing: 0, spreaders: 0 };
      let reachIfSilent: number | null = null;
      if (rt?.seededAt != null) reachIfSilent = r4(counterfactual(s, r, endedAt - rt.seededAt).silent);
      return {
        id: r.id,
        claim: text(r.claim),
        isTrue: r.isTrue,
        seededAt: rt?.seededAt == null ? null : formatDuration(rt.seededAt),
        counteredAt: rt?.counteredAt == null ? null : formatDuration(rt.counteredAt),
        peakReach: r4(rt?.model?.peak?.reach ?? 0),
        finalReach: r4(readout.reach),
        finalBelieving: r4(readout.believing),
        reachIfSilent,
        series: (rt?.history ?? []).map(([t, reach, spreaders, believing]) => ({
          t: formatDuration(t),
          reach: r4(reach),
          spreaders: r4(spreaders),
          believing: r4(believing),
          posts: Math.round(postsPerMinute(s, r.id, spreaders) * 10) / 10,
        })),
        feed: (() => {
          const f = feeds.find((x) => x.rumour === r.id);
          return f ? { postsPerMinute: f.postsPerMinute, posts: [...f.posts] } : null;
        })(),
      };
    }),
    stakeholders: s.stakeholders.map((sh) => ({
      id: sh.id,
      name: text(sh.name),
      initialTrust: sh.trust,
      trust: r4(st.trust[sh.id] ?? sh.trust),
      series: trustSeries.get(sh.id) ?? [],
    })),
    ...(s.conferences.length > 0 ? { press: pressSection(s, st) } : {}),
    notes: st.log.flatMap((e) => (e.type === 'note.added' ? [{ at: formatDuration(e.at), by: e.data.by, text: e.data.text }] : [])),
    skipped,
  };
}
