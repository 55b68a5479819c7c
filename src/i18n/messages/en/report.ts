import type { Catalogue } from '../../catalogue.ts';
import type { ReportMessages } from '../report-keys.ts';
import { at } from './cues.ts';

export const report: Catalogue<ReportMessages> = {
  'report.unanswered': (p) => (p.deadline === null ? 'never answered' : `never answered (deadline ${at(p.deadline)})`),
  'report.answered-late': (p) => `answered ${at(p.late)} after the deadline`,
  'report.partial-answer': () => 'answered, but not in full',
  'report.duties.heading': () => 'Legal filing duties',
  'report.duties.lead': () =>
    'Notifications the law requires within a set time (a regulator deadline). A deadline of days often runs past the end of an exercise of hours: where each duty stood when the exercise ended.',
  'report.duty.what': (p) => `${p.inject}: ${p.regulator ?? 'the regulator'}, within ${at(p.within)} of ${at(p.firedAt)}`,
  'report.duty.met': (p) => `met: everything required was filed by ${at(p.completedAt)} (deadline ${at(p.due)})`,
  'report.duty.started': (p, f) =>
    `started: a filing went in at ${at(p.filedAt)} without ${f.list(p.missing)}; ${
      p.dueAfterEnd ? `the deadline, ${at(p.due)}, comes after the exercise ended, so the rest can still follow` : `the deadline passed at ${at(p.due)}`
    }`,
  'report.duty.missed': (p) => `missed: nothing was filed by the deadline at ${at(p.due)}`,
  'report.duty.open': (p) => `open: nothing filed yet; the deadline, ${at(p.due)}, is ${at(p.left)} after the exercise ended`,
};
