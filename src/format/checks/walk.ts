/**
 * Enumerates the places in a scenario where effects, conditions, options and answers live, with
 * their YAML paths, so each check is a loop over sites rather than a copy of the document's shape.
 */
import type { EffectDoc, ExpectsDoc, FreeTextDoc, OptionDoc, ScenarioDoc } from '../schema.ts';
import type { Channel } from '../vocabulary.ts';
import type { PathSegment } from '../yaml-source.ts';

export interface AnswerableSite {
  readonly id: string;
  readonly path: readonly PathSegment[];
  readonly kind: 'inject' | 'opening' | 'question' | 'follow-up';
  readonly channel: Channel;
  readonly options: readonly OptionDoc[];
  readonly freeText: FreeTextDoc;
  readonly expects: ExpectsDoc | undefined;
  readonly from: string | undefined;
}

export function answerableSites(doc: ScenarioDoc): AnswerableSite[] {
  const out: AnswerableSite[] = doc.injects.map((inj, i) => ({
    id: inj.id,
    path: ['injects', i],
    kind: 'inject' as const,
    channel: inj.channel,
    options: inj.options,
    freeText: inj.freeText,
    expects: inj.expects,
    from: inj.from,
  }));
  doc.pressConferences.forEach((pc, p) => {
    if (pc.opening) {
      const o = pc.opening;
      out.push({ id: o.id, path: ['pressConferences', p, 'opening'], kind: 'opening', channel: 'press-conference', options: o.options, freeText: o.freeText, expects: o.expects, from: o.from ?? pc.moderator });
    }
    pc.questions.forEach((q, qi) => {
      const qPath = ['pressConferences', p, 'questions', qi];
      out.push({ id: q.id, path: qPath, kind: 'question', channel: 'press-conference', options: q.options, freeText: q.freeText, expects: q.expects, from: q.from });
      q.followUps.forEach((f, fi) => {
        out.push({
          id: f.id,
          path: [...qPath, 'followUps', fi],
          kind: 'follow-up',
          channel: 'press-conference',
          options: f.options,
          freeText: f.freeText,
          expects: f.expects,
          from: f.from,
        });
      });
    });
  });
  return out;
}

export type EffectOwner =
  | { readonly via: 'option'; readonly inject: string; readonly option: string }
  | { readonly via: 'freeText' | 'branch' | 'onResponse'; readonly inject: string }
  | { readonly via: 'onTimeout'; readonly inject: string };

export interface EffectSite {
  readonly effect: EffectDoc;
  readonly path: readonly PathSegment[];
  readonly owner: EffectOwner;
}

export function effectSites(doc: ScenarioDoc): EffectSite[] {
  const out: EffectSite[] = [];
  const push = (effects: readonly EffectDoc[], base: readonly PathSegment[], owner: EffectOwner): void => {
    effects.forEach((effect, i) => out.push({ effect, path: [...base, i], owner }));
  };
  for (const site of answerableSites(doc)) {
    site.options.forEach((o, oi) => push(o.effects, [...site.path, 'options', oi, 'effects'], { via: 'option', inject: site.id, option: o.id }));
    if (typeof site.freeText === 'object') {
      push(site.freeText.effects, [...site.path, 'freeText', 'effects'], { via: 'freeText', inject: site.id });
      site.freeText.branches.forEach((b, bi) => push(b.effects, [...site.path, 'freeText', 'branches', bi, 'effects'], { via: 'branch', inject: site.id }));
    }
  }
  doc.injects.forEach((inj, i) => {
    push(inj.onResponse, ['injects', i, 'onResponse'], { via: 'onResponse', inject: inj.id });
    push(inj.onTimeout, ['injects', i, 'onTimeout'], { via: 'onTimeout', inject: inj.id });
  });
  return out;
}

export interface ConditionSite {
  readonly text: string;
  readonly path: readonly PathSegment[];
  readonly allowReply: boolean;
}

export function conditionSites(doc: ScenarioDoc): ConditionSite[] {
  const out: ConditionSite[] = [];
  doc.injects.forEach((inj, i) => {
    for (const key of ['when', 'if', 'unless'] as const) {
      const text = inj[key];
      if (text !== undefined) out.push({ text, path: ['injects', i, key], allowReply: false });
    }
  });
  doc.pressConferences.forEach((pc, i) => {
    if (pc.when !== undefined) out.push({ text: pc.when, path: ['pressConferences', i, 'when'], allowReply: false });
    pc.questions.forEach((q, qi) => {
      if (q.if !== undefined) out.push({ text: q.if, path: ['pressConferences', i, 'questions', qi, 'if'], allowReply: false });
    });
  });
  for (const site of answerableSites(doc)) {
    if (typeof site.freeText === 'object') {
      site.freeText.branches.forEach((b, bi) => out.push({ text: b.when, path: [...site.path, 'freeText', 'branches', bi, 'when'], allowReply: true }));
    }
  }
  doc.endings.forEach((e, i) => {
    if (e.when !== undefined) out.push({ text: e.when, path: ['endings', i, 'when'], allowReply: false });
  });
  return out;
}

export function canBeAnswered(site: Pick<AnswerableSite, 'options' | 'freeText'>): boolean {
  return site.options.length > 0 || site.freeText !== false;
}
