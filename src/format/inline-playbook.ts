/**
 * A scenario that names a playbook, made self-contained: the playbook's team, stakeholders and key
 * messages written into the file, as loading would merge them. For hosts that keep a scenario's
 * text on its own (the session server stores it with each session), so the session can be rebuilt
 * later even if the playbook changes. The compiled scenario is the same, except that `playbook`
 * is gone.
 */
import { parseDocument } from 'yaml';
import { loadPlaybook } from './load-playbook.ts';
import type { PlaybookResolver } from './load-scenario.ts';

export type InlineResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'not-found' | 'invalid'; readonly id: string };

export function inlinePlaybook(text: string, resolve: PlaybookResolver): InlineResult {
  const doc = parseDocument(text);
  const id: unknown = doc.get('playbook');
  if (typeof id !== 'string') return { ok: true, text };
  const source = resolve(id);
  if (source === null) return { ok: false, reason: 'not-found', id };
  const pb = loadPlaybook(source.text, source.file).playbook;
  if (pb === null || pb.id !== id) return { ok: false, reason: 'invalid', id };
  const { review: _review, ...team } = pb.team;
  if (!doc.has('roles')) doc.set('roles', team);
  const append = (key: 'stakeholders' | 'keyMessages', items: readonly object[]): void => {
    const own = doc.get(key);
    const list = own !== undefined && own !== null && typeof own === 'object' && 'items' in own ? (own as { items: unknown[] }).items.length : 0;
    if (list === 0) doc.set(key, items);
    else for (const item of items) doc.addIn([key], item);
  };
  append('stakeholders', pb.stakeholders.map(({ owner: _o, priority: _p, review: _r, ...s }) => s));
  append('keyMessages', pb.keyMessages.map(({ owner: _o, contradictedBy: _c, doNotSay: _d, review: _r, ...k }) => k));
  doc.delete('playbook');
  doc.commentBefore = `${doc.commentBefore ?? ''}${doc.commentBefore ? '\n' : ''} Playbook "${id}" (${source.file}) written in.`;
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}
