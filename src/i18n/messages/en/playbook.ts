import type { Catalogue } from '../../catalogue.ts';
import type { PlaybookMessages } from '../playbook-keys.ts';

export const playbook: Catalogue<PlaybookMessages> = {
  'playbook.header': ({ file, findings }, f) =>
    findings === 0 ? `Nothing in this drill calls for a change to ${file}.` : `${f.plural(findings, { one: '1 finding', other: `${f.number(findings)} findings` })} for ${file}, and the edits they propose:`,
  'playbook.note': ({ scenario, seed, finding }) => `Drill ${scenario} (seed ${seed}): ${finding}`,
  'playbook.finding.contradicted': ({ keyMessage, times, at, channel, quote, by, what }, f) =>
    `key message "${keyMessage}" was contradicted ${f.plural(times, { one: 'once', other: `${f.number(times)} times` })}, first at ${at} on ${channel} (${by === 'posture' ? `a ${what} posture` : what}): "${quote}". Rehearse it under pressure, or change it.`,
  'playbook.finding.unused': ({ keyMessage }) => `key message "${keyMessage}" was never used. Drill it, or retire it.`,
  'playbook.finding.approval': ({ seat, channels, statements, minutes }, f) =>
    `the ${seat} sign-off cost the most time: ${f.plural(statements, { one: '1 statement', other: `${f.number(statements)} statements` })} on ${f.list(channels)} waited ${f.number(minutes)} minutes for it in all. Pre-approve holding statements for these channels, or set a time limit for sign-off.`,
  'playbook.finding.silent': ({ stakeholder }) => `nobody spoke to "${stakeholder}". Give it an owner and a first message in the plan.`,
  'playbook.none': () => 'no findings',
};
