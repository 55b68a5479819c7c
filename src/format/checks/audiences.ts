/**
 * What an audience expects of statements addressed to it (a stakeholder's `expects`) when the
 * declaration cannot have the effect its author meant (SC406).
 */
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
      r.warning('SC406', `"${sh.id}" declares no expectation: give empathy (the elements it expects), responsibility (how it expects fault to be admitted), or both`, path, 'key');
      return;
    }
    const elements: readonly EmpathyElement[] | undefined = expects.empathy;
    if (elements?.includes('compensation') && !doc.crisis.compensation) {
      r.warning('SC406', `"${sh.id}" expects compensation, but this crisis does not offer it (crisis.compensation: false), so it is never expected`, [...path, 'empathy', elements.indexOf('compensation')]);
    }
    if (expects.responsibility === 'implicit') {
      const expectsResponsibility = elements === undefined ? CLUSTER_EXPECTS_RESPONSIBILITY[doc.crisis.cluster] : elements.includes('responsibility');
      if (!expectsResponsibility) {
        const where = elements === undefined ? `${doc.crisis.cluster === 'accidental' ? 'an' : 'a'} ${doc.crisis.cluster} crisis does not call for it` : 'it is not in its empathy list';
        r.warning('SC406', `responsibility: implicit has no effect on "${sh.id}": responsibility is not expected of statements addressed to it (${where})`, [...path, 'responsibility']);
      }
    }
  });
}
