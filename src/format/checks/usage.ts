/**
 * Warnings about content that is declared but does nothing: unused facts (SC401), key messages
 * (SC402), personas and variables (SC403); texts missing a declared language (SC404); rumours
 * nobody seeds (SC405).
 */
import { conditionRefs, parseCondition } from '../conditions.ts';
import { lint } from '../diagnostics/messages.ts';
import type { LocalTextDoc, ScenarioDoc } from '../schema.ts';
import type { PathSegment } from '../yaml-source.ts';
import type { Reporter } from './reporter.ts';
import { answerableSites, conditionSites, effectSites } from './walk.ts';

function referencedInConditions(doc: ScenarioDoc): { facts: Set<string>; keyMessages: Set<string>; variables: Set<string> } {
  const facts = new Set<string>();
  const keyMessages = new Set<string>();
  const variables = new Set<string>();
  for (const site of conditionSites(doc)) {
    const parsed = parseCondition(site.text);
    if (!parsed.ok) continue;
    for (const ref of conditionRefs(parsed.expr)) {
      const [head, a, b] = ref.path;
      if (head === 'fact' && a) facts.add(a);
      if (head === 'keyMessage' && a) keyMessages.add(a);
      if (head === 'var' && a) variables.add(a);
      if (head === 'reply' && a === 'fact' && b) facts.add(b);
      if (head === 'reply' && a === 'keyMessage' && b) keyMessages.add(b);
    }
  }
  return { facts, keyMessages, variables };
}

export function checkUsage(doc: ScenarioDoc, r: Reporter): void {
  const used = referencedInConditions(doc);
  const sites = answerableSites(doc);
  for (const site of sites) {
    for (const o of site.options) {
      Object.keys(o.asserts.facts).forEach((f) => used.facts.add(f));
      o.asserts.keyMessages.forEach((k) => used.keyMessages.add(k));
    }
    site.expects?.facts.forEach((f) => used.facts.add(f));
    site.expects?.keyMessages.forEach((k) => used.keyMessages.add(k));
  }
  for (const ru of doc.rumours) {
    for (const id of ru.counteredBy) {
      used.facts.add(id);
      used.keyMessages.add(id);
    }
  }
  for (const pc of doc.pressConferences) {
    for (const q of pc.questions) {
      if (q.premise) used.facts.add(q.premise.fact);
      if (q.proposition !== undefined) used.facts.add(q.proposition);
      q.remit?.facts.forEach((f) => used.facts.add(f));
    }
  }
  for (const inj of doc.injects) {
    inj.reveals.forEach((f) => used.facts.add(f));
    inj.regulator?.requires.forEach((f) => used.facts.add(f));
  }
  for (const { effect } of effectSites(doc)) {
    if ('reveal' in effect) used.facts.add(effect.reveal);
  }

  doc.facts.forEach((f, i) => {
    if (!used.facts.has(f.id) && f.discloseBy === undefined) {
      r.warning('SC401', lint('lint.SC401.unused-fact', { fact: f.id }), ['facts', i, 'id']);
    }
  });
  doc.keyMessages.forEach((k, i) => {
    if (!used.keyMessages.has(k.id)) r.warning('SC402', lint('lint.SC402.unused-key-message', { keyMessage: k.id }), ['keyMessages', i, 'id']);
  });
  const speakers = new Set(sites.map((s) => s.from).filter((f): f is string => f !== undefined));
  // A moderator speaks too: they chair the conference and call on the reporters.
  for (const pc of doc.pressConferences) if (pc.moderator !== undefined) speakers.add(pc.moderator);
  doc.personas.forEach((p, i) => {
    if (!speakers.has(p.id)) r.warning('SC403', lint('lint.SC403.silent-persona', { persona: p.id }), ['personas', i, 'id']);
  });
  for (const name of Object.keys(doc.variables)) {
    if (!used.variables.has(name)) r.warning('SC403', lint('lint.SC403.unread-variable', { variable: name }), ['variables', name], 'key');
  }

  const seeded = new Set(effectSites(doc).flatMap(({ effect }) => ('seedRumour' in effect ? [effect.seedRumour] : [])));
  doc.rumours.forEach((ru, i) => {
    if (ru.seed === undefined && !seeded.has(ru.id)) r.warning('SC405', lint('lint.SC405.never-spreads', { rumour: ru.id }), ['rumours', i, 'id']);
  });

  checkTranslations(doc, r);
}

function checkTranslations(doc: ScenarioDoc, r: Reporter): void {
  if (doc.languages.length < 2) return;
  const check = (text: LocalTextDoc | undefined, path: readonly PathSegment[]): void => {
    if (text === undefined || typeof text === 'string') return;
    const missing = doc.languages.filter((l) => !(l in text));
    if (missing.length > 0) r.warning('SC404', lint('lint.SC404.missing-translation', { missing, fallback: doc.languages[0] ?? 'en' }), path);
  };
  check(doc.title, ['title']);
  check(doc.summary, ['summary']);
  check(doc.briefing, ['briefing']);
  doc.injects.forEach((inj, i) => {
    check(inj.subject, ['injects', i, 'subject']);
    check(inj.text, ['injects', i, 'text']);
  });
  for (const site of answerableSites(doc)) {
    site.options.forEach((o, oi) => check(o.text, [...site.path, 'options', oi, 'text']));
  }
  doc.endings.forEach((e, i) => check(e.title, ['endings', i, 'title']));
  doc.rumours.forEach((ru, i) => check(ru.claim, ['rumours', i, 'claim']));
}
