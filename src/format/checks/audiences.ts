/**
 * What an audience expects of statements addressed to it (a stakeholder's `expects`) when the
 * declaration cannot have the effect its author meant (SC406).
 */
import { lint } from '../diagnostics/messages.ts';
import type { ScenarioDoc } from '../schema.ts';
import type { Cluster, EmpathyElement } from '../vocabulary.ts';
import type { Reporter } from './reporter.ts';

/**
 * Whether the crisis cluster calls for responsibility. The scorer's table (EXPECTED_EMPATHY in the
 * engine's weights) says the same; the format layer may not import the engine, and only this one
 * fact about it matters here.
 */
export const CLUSTER_EXPECTS_RESPONSIBILITY: Readonly<Record<Cluster, boolean>> = { victim: false, accidental: false, preventable: true };

export function checkAudienceExpectations(doc: ScenarioDoc, r: Reporter): void {
  doc.stakeholders.forEach((sh, i) => {
    const expects = sh.expects;
    if (expects === undefined) return;
    const path = ['stakeholders', i, 'expects'];
    if (expects.empathy === undefined && expects.responsibility === undefined) {
      r.warning('SC406', lint('lint.SC406.no-expectation', { stakeholder: sh.id }), path, 'key');
      return;
    }
    const elements: readonly EmpathyElement[] | undefined = expects.empathy;
    if (elements?.includes('compensation') && !doc.crisis.compensation) {
      r.warning('SC406', lint('lint.SC406.compensation-not-offered', { stakeholder: sh.id }), [...path, 'empathy', elements.indexOf('compensation')]);
    }
    if (expects.responsibility === 'implicit') {
      const expectsResponsibility = elements === undefined ? CLUSTER_EXPECTS_RESPONSIBILITY[doc.crisis.cluster] : elements.includes('responsibility');
      if (!expectsResponsibility) {
        r.warning('SC406', lint('lint.SC406.implicit-ignored', { stakeholder: sh.id, cluster: elements === undefined ? doc.crisis.cluster : null }), [...path, 'responsibility']);
      }
    }
  });
}
