/**
 * Scenario text → diagnostics and, when there are no errors, the compiled scenario. This is the
 * one entry point the CLI, the server, the game and the tests use to read a scenario.
 *
 * Problems are reported all at once: each item of each list is checked on its own, so one broken
 * inject does not hide a duplicate id or an unknown reference elsewhere in the file.
 */
import { z } from 'zod';
import { checkBounds } from './checks/bounds.ts';
import { checkReachability } from './checks/reachability.ts';
import { checkDuplicateIds, checkReferences, type FailedItem } from './checks/references.ts';
import { Reporter } from './checks/reporter.ts';
import { checkAgainstEnd, checkClockJumps, checkFactTimelines } from './checks/timeline.ts';
import { checkUsage } from './checks/usage.ts';
import { checkPressConferences } from './checks/press.ts';
import { checkAudienceExpectations } from './checks/audiences.ts';
import { CompileError, compileScenario } from './compile.ts';
import type { CompiledScenario } from './compiled.ts';
import { byPosition, type Diagnostic } from './diagnostics/diagnostic.ts';
import { lint } from './diagnostics/messages.ts';
import { parseDuration } from './duration.ts';
import { migrate } from './migrate.ts';
import { describeIssues } from './schema-issues.ts';
import { Ending, Fact, FORMAT_VERSION, Id, Inject, KeyMessage, Persona, PressConference, Rumour, Scenario, Stakeholder, type ScenarioDoc } from './schema.ts';
import { MAX_ITEMS } from './limits.ts';
import { loadPlaybook } from './load-playbook.ts';
import { loadYaml } from './yaml-source.ts';

/** Where a host finds the playbook a scenario names (the CLI reads scenarios/playbooks/<id>.yaml). */
export type PlaybookResolver = (id: string) => { readonly text: string; readonly file: string } | null;

export interface LoadOptions {
  readonly playbook?: PlaybookResolver;
}

export interface ScenarioLoad {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Present only when there are no errors. */
  readonly scenario: CompiledScenario | null;
}

const COLLECTIONS = {
  personas: Persona,
  stakeholders: Stakeholder,
  facts: Fact,
  keyMessages: KeyMessage,
  rumours: Rumour,
  injects: Inject,
  pressConferences: PressConference,
  endings: Ending,
} as const;
type CollectionKey = keyof typeof COLLECTIONS;

const Frame = Scenario.extend({
  personas: z.array(z.unknown()).max(MAX_ITEMS.personas).default([]),
  stakeholders: z.array(z.unknown()).max(MAX_ITEMS.stakeholders).min(1),
  facts: z.array(z.unknown()).max(MAX_ITEMS.facts).default([]),
  keyMessages: z.array(z.unknown()).max(MAX_ITEMS.keyMessages).default([]),
  rumours: z.array(z.unknown()).max(MAX_ITEMS.rumours).default([]),
  injects: z.array(z.unknown()).max(MAX_ITEMS.injects).min(1),
  pressConferences: z.array(z.unknown()).max(MAX_ITEMS.pressConferences).default([]),
  endings: z.array(z.unknown()).max(MAX_ITEMS.endings).min(1),
});

export function loadScenario(text: string, file: string, options: LoadOptions = {}): ScenarioLoad {
  const loaded = loadYaml(text);
  if (!loaded.ok) {
    return {
      file,
      diagnostics: loaded.problems.map((p) => ({ file, line: p.pos.line, col: p.pos.col, severity: 'error' as const, code: p.code, ...p.message })),
      scenario: null,
    };
  }
  const yaml = loaded.yaml;
  const r = new Reporter(file, yaml);
  const done = (scenario: CompiledScenario | null): ScenarioLoad => ({ file, diagnostics: [...r.diagnostics].sort(byPosition), scenario });

  const raw = yaml.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    r.error('SC007', lint(raw === null || raw === undefined ? 'lint.SC007.empty' : 'lint.SC007.scenario-not-map', {}), []);
    return done(null);
  }
  const version = (raw as Record<string, unknown>).formatVersion;
  if (version === undefined) {
    r.error('SC008', lint('lint.SC008.missing', { version: FORMAT_VERSION }), []);
    return done(null);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > FORMAT_VERSION) {
    r.error('SC008', lint('lint.SC008.unsupported-range', { given: JSON.stringify(version), latest: FORMAT_VERSION }), ['formatVersion']);
    return done(null);
  }
  const input = withPlaybook(migrate(raw as Record<string, unknown>, version), options.playbook, r);
  if (input === null) return done(null);

  const frame = Frame.safeParse(input);
  if (!frame.success) {
    for (const p of describeIssues(frame.error.issues, input, [], Frame)) r.error(p.code, p.message, p.path, p.atKey ? 'key' : 'value');
  }
  const parsed: Partial<Record<CollectionKey, unknown[]>> = {};
  const failedIds = new Set<string>();
  const failedItems: FailedItem[] = [];
  let itemErrors = false;
  for (const key of Object.keys(COLLECTIONS) as CollectionKey[]) {
    const items = input[key];
    if (!Array.isArray(items)) continue;
    const schema = COLLECTIONS[key] as z.ZodType;
    parsed[key] = [];
    for (const [i, item] of (items as unknown[]).entries()) {
      const res = schema.safeParse(item);
      if (res.success) {
        parsed[key].push(res.data);
        continue;
      }
      itemErrors = true;
      for (const p of describeIssues(res.error.issues, item, [key, i], schema)) r.error(p.code, p.message, p.path, p.atKey ? 'key' : 'value');
      collectIds(item, failedIds);
      const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
      if (typeof id === 'string') failedItems.push({ collection: key, id, path: [key, i] });
    }
  }
  if (!frame.success) return done(null);

  const doc = { ...frame.data, ...parsed } as ScenarioDoc;
  const lengthMs = parseDuration(doc.clock.length) ?? 0;
  checkBounds(doc, lengthMs, r);
  checkDuplicateIds(doc, r, failedItems);
  checkReferences(doc, r, failedIds);
  checkFactTimelines(doc, lengthMs, r);
  checkAgainstEnd(doc, lengthMs, r);
  checkClockJumps(doc, lengthMs, r);
  if (itemErrors || hasErrors(r)) return done(null);

  checkUsage(doc, r);
  checkPressConferences(doc, r);
  checkAudienceExpectations(doc, r);
  let scenario: CompiledScenario;
  try {
    scenario = compileScenario(doc);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    r.error('SC999', lint('lint.SC999.internal', { detail: e.message }), []);
    return done(null);
  }
  checkReachability(scenario, r);
  return done(hasErrors(r) ? null : scenario);
}

function hasErrors(r: Reporter): boolean {
  return r.diagnostics.some((d) => d.severity === 'error');
}

/** Ids inside an item that failed validation, so references to them are not reported as unknown. */
function collectIds(item: unknown, into: Set<string>): void {
  if (item === null || typeof item !== 'object') return;
  const id = (item as Record<string, unknown>).id;
  if (typeof id === 'string') into.add(id);
  const opening = (item as Record<string, unknown>).opening;
  if (opening !== null && typeof opening === 'object') collectIds(opening, into);
  for (const key of ['questions', 'followUps', 'options']) {
    const list = (item as Record<string, unknown>)[key];
    if (Array.isArray(list)) list.forEach((x: unknown) => collectIds(x, into));
  }
}

/**
 * The scenario with what it takes from its playbook: the playbook's team as `roles` (unless the
 * scenario has its own), and its stakeholders and key messages after the scenario's own. The
 * compiled scenario is the same as if they were written inline. Null when the playbook is missing
 * or broken (reported on the `playbook:` key).
 */
function withPlaybook(input: Record<string, unknown>, resolve: PlaybookResolver | undefined, r: Reporter): Record<string, unknown> | null {
  const id = input.playbook;
  // A malformed id is the schema's to report; it is never used to find a file.
  if (id === undefined || !Id.safeParse(id).success || typeof id !== 'string') return input;
  const source = resolve?.(id) ?? null;
  if (source === null) {
    r.error('SC501', lint('lint.SC501.no-playbook', { id }), ['playbook']);
    return null;
  }
  const loaded = loadPlaybook(source.text, source.file);
  const pb = loaded.playbook;
  if (pb === null) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    r.error('SC502', lint('lint.SC502.playbook-errors', { id, file: source.file, errors }), ['playbook']);
    return null;
  }
  if (pb.id !== id) {
    r.error('SC502', lint('lint.SC502.wrong-playbook', { file: source.file, found: pb.id, id }), ['playbook']);
    return null;
  }
  const merge = (key: 'stakeholders' | 'keyMessages', borrowed: readonly { id: string }[]): { list: unknown[]; own: number } => {
    const own = Array.isArray(input[key]) ? (input[key] as unknown[]) : [];
    const taken = new Set(borrowed.map((b) => b.id));
    own.forEach((item, i) => {
      const itemId = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
      if (typeof itemId === 'string' && taken.has(itemId)) {
        r.error('SC503', lint('lint.SC503.already-in-playbook', { what: key === 'stakeholders' ? 'stakeholder' : 'key-message', id: itemId, playbook: id }), [key, i, 'id']);
      }
    });
    // The scenario's own item stays (and is reported); the playbook's is left out, so it is not a duplicate too.
    const ownIds = new Set(own.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined)));
    return { list: [...own, ...borrowed.filter((b) => !ownIds.has(b.id))], own: own.length };
  };
  const stakeholders = merge(
    'stakeholders',
    pb.stakeholders.map(({ owner: _o, priority: _p, review: _r, ...s }) => s),
  );
  const keyMessages = merge(
    'keyMessages',
    pb.keyMessages.map(({ owner: _o, contradictedBy: _c, doNotSay: _d, review: _r, ...k }) => k),
  );
  const { review: _review, ...team } = pb.team;
  r.borrow((path) => {
    const [key, index] = path;
    if (typeof index !== 'number') return key === 'roles' && input.roles === undefined;
    return (key === 'stakeholders' && index >= stakeholders.own) || (key === 'keyMessages' && index >= keyMessages.own);
  });
  return { ...input, roles: input.roles ?? team, stakeholders: stakeholders.list, keyMessages: keyMessages.list };
}
