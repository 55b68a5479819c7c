/**
 * What-if: restart a finished (or running) session from any moment, with everything before that
 * moment kept. The save's journal is replayed command by command into a fresh session with the same
 * seed; the clock command that would cross the moment is cut at it, and nothing after it is sent.
 * The new session is paused at that moment, ready for the trainee to play on differently.
 */
import { FACILITATOR, Session, trainee, type SavedSession } from '../../engine/index.ts';
import type { CompiledScenario } from '../../format/index.ts';

export function whatIf(scenario: CompiledScenario, saved: SavedSession, atMs: number): Session {
  const session = Session.create({ scenario, seed: saved.seed, mode: saved.mode });
  for (const entry of saved.journal) {
    const c = entry.command;
    if (c.type === 'session.end') break;
    if (session.phase === 'ended') break;
    if (c.type === 'clock.advance' || c.type === 'clock.advanceTo' || c.type === 'clock.skip') {
      const target = c.type === 'clock.advance' ? session.now + c.by : c.type === 'clock.advanceTo' ? c.to : null;
      if (target !== null && target <= atMs) {
        session.send(c, entry.actor);
        continue;
      }
      if (c.type === 'clock.skip') {
        // Where a skip lands depends on the schedule; replay it and stop if it went past the moment.
        const probe = Session.load(scenario, session.save());
        probe.send(c, entry.actor);
        if (probe.now <= atMs) {
          session.send(c, entry.actor);
          continue;
        }
      }
      break;
    }
    session.send(c, entry.actor);
  }
  if (session.phase !== 'ended' && session.now < atMs) session.send({ type: 'clock.advanceTo', to: atMs }, FACILITATOR);
  if (session.phase === 'running') session.send({ type: 'session.pause' }, trainee(scenario.soloSeat));
  return session;
}
