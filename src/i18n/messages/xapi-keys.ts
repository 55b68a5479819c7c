import type { Dimension } from '../../format/index.ts';
import type { NoParams } from '../catalogue.ts';

type VerbKeys = { [V in 'initialized' | 'responded' | 'failed' | 'shared' | 'scored' | 'completed' as `xapi.verb.${V}`]: NoParams };
type DimensionKeys = { [D in Dimension as `xapi.dimension.${D}` | `xapi.dimension.${D}.meaning`]: NoParams };

/** Words in xAPI statements (verb displays, activity names) and the `report --format xapi` output. */
export interface XapiMessages extends VerbKeys, DimensionKeys {
  'xapi.scenario.description': { readonly organisation: string };
  'xapi.channel': { readonly channel: string };
  'xapi.written': { readonly file: string; readonly statements: number };
}
