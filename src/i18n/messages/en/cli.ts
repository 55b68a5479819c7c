import type { Catalogue } from '../../catalogue.ts';
import type { CliMessages } from '../cli-keys.ts';

const UNJUDGED: Readonly<Record<CliMessages['cli.score.unjudged']['reason'], string>> = {
  'no-scenario': 'needs a scenario to judge',
  'no-claims': 'states no fact of the scenario to check',
  'no-inject': 'needs --inject and --at to time the answer',
  'no-deadline': 'the inject has no deadline',
  'no-fixed-time': 'the inject has no fixed time, so neither has its deadline',
  'not-expected': 'nothing here calls for telling people what to do',
  'nothing-to-judge': 'nothing to judge',
};

export const cli: Catalogue<CliMessages> = {
  'cli.score.unjudged': ({ reason }) => UNJUDGED[reason],
};
