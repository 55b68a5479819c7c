/**
 * Playbook text → diagnostics and, when there are no errors, the validated playbook. The same
 * hazards guard, positions and codes as scenarios: a playbook is content too, kept by the people
 * who own the plan. References inside the playbook are checked here, so what a scenario takes from
 * a clean playbook never needs checking again.
 */
import { Reporter } from './checks/reporter.ts';
import { byPosition, type Diagnostic } from './diagnostics/diagnostic.ts';
import { lint, type IdKind } from './diagnostics/messages.ts';
import { Playbook, PLAYBOOK_FORMAT_VERSION, type PlaybookDoc } from './playbook.ts';
import { describeIssues } from './schema-issues.ts';
import { closest } from './suggest.ts';
import { CHANNEL_INFO, type Channel } from './vocabulary.ts';
import { loadYaml, type PathSegment } from './yaml-source.ts';

export interface PlaybookLoad {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Present only when there are no errors. */
  readonly playbook: PlaybookDoc | null;
}

export function loadPlaybook(text: string, file: string): PlaybookLoad {
  const loaded = loadYaml(text);
  if (!loaded.ok) {
    return { file, diagnostics: loaded.problems.map((p) => ({ file, line: p.pos.line, col: p.pos.col, severity: 'error' as const, code: p.code, ...p.message })), playbook: null };
  }
  const r = new Reporter(file, loaded.yaml);
  const done = (playbook: PlaybookDoc | null): PlaybookLoad => ({ file, diagnostics: [...r.diagnostics].sort(byPosition), playbook });
  const raw = loaded.yaml.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    r.error('SC007', lint(raw === null || raw === undefined ? 'lint.SC007.empty' : 'lint.SC007.playbook-not-map', {}), []);
    return done(null);
  }
  const version = (raw as Record<string, unknown>).formatVersion;
  if (version !== PLAYBOOK_FORMAT_VERSION) {
    r.error(
      'SC008',
      version === undefined
        ? lint('lint.SC008.playbook-missing', { version: PLAYBOOK_FORMAT_VERSION })
        : lint('lint.SC008.playbook-unsupported', { given: JSON.stringify(version), version: PLAYBOOK_FORMAT_VERSION }),
      version === undefined ? [] : ['formatVersion'],
    );
    return done(null);
  }
  const parsed = Playbook.safeParse(raw);
  if (!parsed.success) {
    for (const p of describeIssues(parsed.error.issues, raw, [], Playbook)) r.error(p.code, p.message, p.path, p.atKey ? 'key' : 'value');
    return done(null);
  }
  checkPlaybook(parsed.data, r);
  return done(r.diagnostics.some((d) => d.severity === 'error') ? null : parsed.data);
}

function checkPlaybook(p: PlaybookDoc, r: Reporter): void {
  const unique = (what: IdKind, items: readonly { id: string; path: readonly PathSegment[] }[]): Set<string> => {
    const seen = new Map<string, readonly PathSegment[]>();
    for (const item of items) {
      const first = seen.get(item.id);
      if (first) r.error('SC201', lint('lint.SC201.duplicate', { what, id: item.id, line: r.locateLine(first) }), [...item.path, 'id']);
      else seen.set(item.id, item.path);
    }
    return new Set(seen.keys());
  };
  const list = (key: string, items: readonly { id: string }[]) => items.map((x, i) => ({ id: x.id, path: [key, i] }));
  const seats = unique('seat', p.team.seats.map((s, i) => ({ id: typeof s === 'string' ? s : s.id, path: ['team', 'seats', i] })));
  const stakeholders = unique('stakeholder', list('stakeholders', p.stakeholders));
  const messages = unique('key-message', list('keyMessages', p.keyMessages));
  const holding = unique('holding-statement', list('holdingStatements', p.holdingStatements));
  unique('risk', list('risks', p.risks));
  unique('contact', list('contacts', p.contacts));

  const ref = (id: string | undefined, set: ReadonlySet<string>, what: IdKind, path: readonly PathSegment[]): void => {
    if (id === undefined || set.has(id)) return;
    r.error('SC202', lint('lint.SC202.unknown-in-playbook', { what, id, suggestion: closest(id, set) }), path);
  };
  const refs = (ids: readonly string[] | undefined, set: ReadonlySet<string>, what: IdKind, path: readonly PathSegment[]): void => ids?.forEach((id, i) => ref(id, set, what, [...path, i]));

  ref(p.team.solo, seats, 'seat', ['team', 'solo']);
  for (const [channel, approvers] of Object.entries(p.team.approvals)) {
    refs(approvers, seats, 'seat', ['team', 'approvals', channel]);
    if (!CHANNEL_INFO[channel as keyof typeof CHANNEL_INFO].outbound) r.error('SC208', lint('lint.SC208.approval-inbound', { channel: channel as Channel }), ['team', 'approvals', channel], 'key');
  }
  for (const seat of Object.keys(p.team.approvalTime)) ref(seat, seats, 'seat', ['team', 'approvalTime', seat]);
  p.stakeholders.forEach((s, i) => ref(s.owner, seats, 'seat', ['stakeholders', i, 'owner']));
  p.keyMessages.forEach((k, i) => {
    refs(k.audiences, stakeholders, 'stakeholder', ['keyMessages', i, 'audiences']);
    ref(k.owner, seats, 'seat', ['keyMessages', i, 'owner']);
    refs(k.contradictedBy?.audiences, stakeholders, 'stakeholder', ['keyMessages', i, 'contradictedBy', 'audiences']);
  });
  p.risks.forEach((x, i) => {
    ref(x.owner, seats, 'seat', ['risks', i, 'owner']);
    refs(x.holdingStatements, holding, 'holding-statement', ['risks', i, 'holdingStatements']);
  });
  p.escalation.forEach((e, i) => refs(e.notify, seats, 'seat', ['escalation', i, 'notify']));
  p.channels.forEach((c, i) => ref(c.owner, seats, 'seat', ['channels', i, 'owner']));
  p.contacts.forEach((c, i) => ref(c.seat, seats, 'seat', ['contacts', i, 'seat']));
  p.holdingStatements.forEach((h, i) => refs(h.keyMessages, messages, 'key-message', ['holdingStatements', i, 'keyMessages']));
}
