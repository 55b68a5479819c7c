import type { Channel } from '../../../format/index.ts';
import type { Catalogue } from '../../catalogue.ts';
import type { GraphMessages } from '../graph-keys.ts';

const CHANNEL: Readonly<Record<Channel, string>> = {
  'press-call': 'press call',
  'press-conference': 'press conference',
  'press-release': 'press release',
  email: 'email',
  social: 'social post',
  news: 'news',
  tv: 'TV',
  leak: 'leak',
  'regulator-letter': 'regulator letter',
  internal: 'internal',
  meeting: 'meeting',
  website: 'website',
  hotline: 'hotline',
};

export const graph: Catalogue<GraphMessages> = {
  'graph.start': () => 'Start',
  'graph.end': ({ length }) => `End of scenario (${length})`,
  'graph.conference': ({ title }) => `Press conference: ${title}`,
  'graph.node.head': ({ time, channel, id }) => `${time === null ? '' : `${time} · `}${CHANNEL[channel]} · ${id}`,
  'graph.guard.if': ({ condition }) => `only if ${condition}`,
  'graph.guard.unless': ({ condition }) => `cancelled if ${condition}`,
  'graph.edge.at': ({ time }) => `at ${time}`,
  'graph.edge.after': ({ event, delay }) => {
    const what = { fired: 'after', responded: 'answered', expired: 'deadline missed', resolved: 'resolved' }[event];
    return delay === null ? what : `${what} +${delay}`;
  },
  'graph.edge.when': ({ condition, once }) => `${once ? 'when' : 'whenever'} ${condition}`,
  'graph.edge.facilitator': () => 'facilitator',
  'graph.edge.via': ({ via, option, delay }) => {
    const what = { option: `option ${option ?? ''}`, answer: 'any answer', freeText: 'free text', branch: 'free text that…', timeout: 'no answer in time' }[via];
    return delay === null ? what : `${what} (+${delay})`;
  },
  'graph.edge.cancels': ({ via }) => `${via}: cancels`,
  'graph.edge.next': () => 'next question',
  'graph.edge.followUp': ({ trigger }) =>
    ({
      dodged: 'if dodged',
      contradicted: 'if contradicted',
      timeout: 'if no answer',
      answered: 'if answered',
      speculated: 'if speculated',
      'premise-accepted': 'if the premise is accepted',
      'loaded-words': 'if the loaded words are repeated',
      overreached: 'if outside the remit',
      rambled: 'if too long to quote',
    })[trigger],
  'graph.edge.ending': ({ order, condition, early }) => `${order}. ${condition ?? 'otherwise'}${early ? ' (ends at once)' : ''}`,
  'graph.written': ({ file, nodes, edges }, f) => `map of ${f.number(nodes)} nodes and ${f.number(edges)} edges written to ${file}`,
};
