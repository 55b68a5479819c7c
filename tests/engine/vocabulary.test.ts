/**
 * The closed vocabularies, one by one: every effect does what the format says, and every name a
 * condition can read gives the value the format says, against a session in a known state.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import { rumourReadout } from '../../src/engine/rumours.ts';
import { parseCondition } from '../../src/format/index.ts';
import { resolveCondition } from '../../src/format/refs.ts';
import { buildSymbolTable } from '../../src/format/symbols.ts';
import { fixture, Harness, lintEn, markupAnnotator, ms } from '../helpers.ts';

const lab = fixture('engine-lab');

function holds(h: Harness, condition: string): boolean {
  const parsed = parseCondition(condition);
  if (!parsed.ok) throw new Error(lintEn(parsed.error.message));
  const resolved = resolveCondition(parsed.expr, buildSymbolTable(lab.doc), false);
  if (!resolved.ok) throw new Error(resolved.problems.map((p) => lintEn(p.message)).join('; '));
  return evaluate(resolved.expr, lab, h.state);
}

describe('every effect', () => {
  const withRumour = () => Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny').to('40m');

  it('counterRumour: a correction from outside the trainees slows the rumour', () => {
    const plain = withRumour().to('1h30m');
    const countered = withRumour().ok({ type: 'inject.fire', inject: 'control-room' }).answer('control-room', 'regulator-reassures').to('1h30m');
    expect(countered.state.rumours.deaths?.counteredAt).toBe(ms('40m'));
    expect(rumourReadout(countered.state.rumours.deaths ?? plain.state.rumours.deaths!).reach).toBeLessThan(rumourReadout(plain.state.rumours.deaths!).reach);
  });

  it('boostRumour: a share of those who have not heard it start spreading it at once', () => {
    const h = withRumour();
    const before = rumourReadout(h.state.rumours.deaths!);
    h.ok({ type: 'inject.fire', inject: 'control-room' }).answer('control-room', 'celebrity-shares');
    const after = rumourReadout(h.state.rumours.deaths!);
    expect(after.spreaders - before.spreaders).toBeCloseTo(0.2 * (1 - before.reach), 6);
  });

  it('reveal and note: the fact becomes public and the facilitator log says so', () => {
    const h = Harness.start('engine-lab').to('35m').ok({ type: 'inject.fire', inject: 'control-room' }).answer('control-room', 'journalist-digs');
    expect(h.state.facts.cause?.revealedAt).toBe(ms('35m'));
    expect(h.events('note.added').map((e) => e.data.text)).toContain('The cause is now public');
  });
});

describe('every name a condition can read', () => {
  // A known state: denial at 11m, a countered rumour, an answered, an overdue and a skipped inject.
  const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny').to('31m');
  h.publish('social', '[km:stop-eating] [lots=3] Do not eat it.', ['consumers']);
  h.to('1h');

  const table: [string, boolean][] = [
    ['time >= 1h and time < 61m', true],
    ['trust.consumers < 0.6', true],
    ['trust < 0.7', true],
    ['rumour.deaths.seeded', true],
    ['rumour.deaths.countered', true],
    ['rumour.deaths.reach > 0 and rumour.deaths.reach < 100%', true],
    ['rumour.deaths.believing > 0', true],
    ['rumour.deaths.spreaders >= 0', true],
    ['rumour.cover-up.seeded', false],
    ['var.heat >= 2', true],
    ['var.tone == "calm"', true],
    ['fact.lots.disclosed', true],
    ['fact.lots.stated', true],
    ['fact.lots.revealed', true],
    ['fact.lots.known', true],
    ['fact.cause.disclosed', false],
    ['fact.cause.revealed', true],
    ['inject.call.fired and inject.call.responded and inject.call.resolved', true],
    ['inject.call.active or inject.call.overdue or inject.call.expired or inject.call.late', false],
    ['inject.call.option == deny', true],
    ['inject.call.dodged', false],
    ['inject.call.contradicted', false],
    ['inject.regulator.active and inject.regulator.overdue', false],
    ['inject.regulator.active', true],
    ['inject.skipped-one.skipped', true],
    ['inject.cancel-me.cancelled', false],
    ['inject.q1.fired', false],
    ['keyMessage.stop-eating.used', true],
    ['keyMessage.refund.used', false],
    ['statements == 2', true],
    ['statements.social == 1 and statements.press-call == 1', true],
    ['not (statements.press-release > 0)', true],
  ];
  for (const [condition, expected] of table) {
    it(`${condition} → ${String(expected)}`, () => expect(holds(h, condition)).toBe(expected));
  }

  it('overdue, expired and late', () => {
    const late = Harness.start('engine-lab').to('30m');
    expect(holds(late, 'inject.call.overdue and inject.call.expired and inject.call.resolved')).toBe(true);
    late.answer('call', 'hold');
    expect(holds(late, 'inject.call.late and inject.call.responded and not inject.call.overdue')).toBe(true);
  });
});
