import type { Catalogue } from '../../catalogue.ts';
import type { XapiMessages } from '../xapi-keys.ts';

export const xapi: Catalogue<XapiMessages> = {
  'xapi.verb.initialized': () => 'initialized',
  'xapi.verb.responded': () => 'responded',
  'xapi.verb.failed': () => 'failed',
  'xapi.verb.shared': () => 'shared',
  'xapi.verb.scored': () => 'scored',
  'xapi.verb.completed': () => 'completed',
  'xapi.dimension.timeliness': () => 'Timeliness',
  'xapi.dimension.timeliness.meaning': () => 'Answering each inject by its deadline, a first public statement within the hour, and promised updates kept.',
  'xapi.dimension.accuracy': () => 'Accuracy',
  'xapi.dimension.accuracy.meaning': () => 'Every fact claimed matched what was known at that moment; unknowns were called unknown, not guessed.',
  'xapi.dimension.consistency': () => 'Consistency',
  'xapi.dimension.consistency.meaning': () => 'One story on every channel and over time, with changes flagged as updates and a few key messages repeated.',
  'xapi.dimension.empathy': () => 'Empathy',
  'xapi.dimension.empathy.meaning': () => 'Responsibility, corrective action and concern for the people affected, not warm words alone.',
  'xapi.dimension.transparency': () => 'Transparency',
  'xapi.dimension.transparency.meaning': () => 'Confirmed facts, what is not yet known, next steps and where to learn more; required disclosures made on time.',
  'xapi.dimension.proactivity': () => 'Proactivity',
  'xapi.dimension.proactivity.meaning': () => 'Getting ahead: disclosing before a leak, correcting rumours early, telling people what to do, reaching regulators and staff first.',
  'xapi.scenario.description': ({ organisation }) => `Crisis-communication simulation: ${organisation}`,
  'xapi.channel': ({ channel }) => `Unprompted statement on ${channel}`,
  'xapi.written': ({ file, statements }, f) => `${f.plural(statements, { one: '1 xAPI statement', other: `${f.number(statements)} xAPI statements` })} written to ${file}`,
};
