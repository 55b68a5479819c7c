/**
 * The examples of wording no phrase list anticipated: actions joined by commas, an adverb
 * inside a set phrase, a verb outside any list, people named by any noun, and internal silence.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/index.ts';
import type { Annotation } from '../../src/engine/index.ts';

const analyser = createAnalyser({ language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: ['Harbourline'] });
const read = (text: string): Annotation => analyser.annotate(text, { now: 0 });
const elements = (text: string): string[] => read(text).empathy.map((e) => e.element);

describe('frames over clauses', () => {
  it('reads every verb of a comma-joined list of actions as the organisation acting', () => {
    expect(elements('We shut the site, phoned every family and told the inspector.')).toContain('corrective-action');
    expect(elements('We discussed the site, thought about every family and wondered about the inspector.')).not.toContain('corrective-action');
  });

  it('takes responsibility with an inserted adverb, and not when negated', () => {
    expect(elements('We got this completely and utterly wrong.')).toContain('responsibility');
    expect(elements('We did not get this wrong.')).not.toContain('responsibility');
    expect(elements('We did not check the valve, and we should have.')).toContain('responsibility');
  });

  it('counts a verb that is on no list as action, in any tense', () => {
    expect(elements('We have suspended the line.')).toContain('corrective-action');
    expect(elements('Harbourline has ring-fenced the fund and will rehouse every tenant tonight.')).toContain('corrective-action');
    expect(elements('We are looking into it.')).not.toContain('corrective-action');
  });

  it('recognises harm to people named by any noun, and not when it is hedged', () => {
    expect(elements('Forty commuters were injured when the train derailed.')).toContain('harm-acknowledged');
    expect(elements('Three volunteers were taken to hospital.')).toContain('harm-acknowledged');
    expect(elements('Some commuters may have been injured.')).not.toContain('harm-acknowledged');
  });

  it('finds threats against people who post, and a decision to stay silent in the team chat', () => {
    expect(read('People sharing this rumour should know our lawyers are watching who shares it.').penalties.map((p) => p.kind)).toContain('threat');
    expect(read("Let's say nothing outside until we have numbers. Hold at 'investigating'.").internal.map((a) => a.act)).toContain('silence');
  });

  it('reads a sanction promised to people who speak as a threat, and a report of what was done to others as none', () => {
    const kinds = (text: string): string[] => read(text).penalties.map((p) => p.kind);
    expect(kinds('Anyone who talks to the press will be dealt with.')).toContain('threat');
    expect(kinds('We will sue whoever posted that video.')).toContain('threat');
    expect(kinds('Anyone spreading these lies online will hear from our lawyers.')).toContain('threat');
    expect(kinds('We have lodged police reports about the assault, and invited journalists to visit our factories.')).not.toContain('threat');
    expect(kinds('Anyone who talks to the press will not be disciplined.')).not.toContain('threat');
    expect(kinds('We will sue the supplier that sold us the faulty valves.')).not.toContain('threat');
  });
});
