import type { Catalogue } from '../../catalogue.ts';
import type { ReportMessages } from '../report-keys.ts';
import { at } from './cues.ts';

export const report: Catalogue<ReportMessages> = {
  'report.unanswered': (p) => (p.deadline === null ? 'never answered' : `never answered (deadline ${at(p.deadline)})`),
  'report.answered-late': (p) => `answered ${at(p.late)} after the deadline`,
  'report.partial-answer': () => 'answered, but not in full',
};
