/**
 * The research each rule rests on, cited by id in every cue so a trainee who disagrees can see why.
 * The citations themselves are words, so they live in the message catalogue (`anchor.<id>`);
 * docs/scoring.md says how strong each source is.
 */
export const ANCHOR_IDS = [
  'cercFirst',
  'cercFirstMessage',
  'cercRight',
  'cercIncrements',
  'cercAction',
  'coombsFirstHour',
  'coombsConsistency',
  'scct',
  'lewicki',
  'pace',
  'leeChung',
  'nonApology',
  'minimising',
  'selfFocus',
  'euphemism',
  'victimBlaming',
  'threat',
  'humour',
  'hedging',
  'noComment',
  'covelloReadability',
  'covelloKeyMessages',
  'thunder',
  'rumourTiming',
  'ecker',
  'outreach',
  'gdpr',
  'promises',
  'soundBite',
  'mediaChecklist',
  'framing',
  'cercSpokesperson',
  'apologyCulture',
] as const;
export type AnchorId = (typeof ANCHOR_IDS)[number];
