import type { NoParams } from '../catalogue.ts';

/** Words of the playbook review (`crisis report --format playbook`). */
export interface PlaybookMessages {
  'playbook.header': { readonly file: string; readonly findings: number };
  'playbook.note': { readonly scenario: string; readonly seed: number; readonly finding: string };
  'playbook.finding.contradicted': { readonly keyMessage: string; readonly times: number; readonly at: string; readonly channel: string; readonly quote: string; readonly by: 'posture' | 'penalty'; readonly what: string };
  'playbook.finding.unused': { readonly keyMessage: string };
  'playbook.finding.approval': { readonly seat: string; readonly channels: readonly string[]; readonly statements: number; readonly minutes: number };
  'playbook.finding.silent': { readonly stakeholder: string };
  'playbook.none': NoParams;
}
