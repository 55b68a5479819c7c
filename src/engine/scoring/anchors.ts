/**
 * The research each rule rests on, cited in every cue so a trainee who disagrees can see why.
 * Sources and how strong they are: ../shared/reference/anchors-scoring.md; docs/scoring.md.
 */
export const ANCHORS = {
  cercFirst: 'CDC CERC (2018): be first; the first source often becomes the preferred source',
  cercFirstMessage: 'CDC CERC first-message checklist: empathy, facts, unknowns, next steps and next update, commitment, where to learn more',
  cercRight: 'CDC CERC: be right; say what is known, what is not, and what is being done',
  cercIncrements: 'CDC CERC: give facts in increments and explain why they changed',
  cercAction: 'CDC CERC: promote action; meaningful things to do calm anxiety',
  coombsFirstHour: 'Coombs (2007): initial response within the first hour',
  coombsConsistency: 'Coombs (2007): speak with one voice; mixing deny with rebuild erodes the whole response',
  scct: 'Coombs (2007), SCCT: match the response to the crisis cluster',
  lewicki: 'Lewicki, Polin & Lount (2016): acknowledging responsibility matters most, then an offer of repair',
  pace: 'Pace, Fediuk & Botero (2010): an apology needs an explicit statement of responsibility',
  leeChung: 'Lee & Chung (2012): sympathy level alone made no difference; active responsibility did',
  nonApology: 'Conditional apologies and "mistakes were made" are read as non-apologies (past exonerative)',
  minimising: 'BP 2010 ("very, very modest"): minimising serious harm destroys credibility',
  selfFocus: 'BP 2010 ("I\'d like my life back"): self-focus moves attention from the victims',
  euphemism: 'United 2017 ("re-accommodate"): euphemisms read as tone-deaf',
  victimBlaming: 'United 2017 (employee letter blaming the passenger): blaming victims',
  threat: 'Coombs (2007), SCCT: attacking the accuser is a deny strategy that inflames the crisis',
  humour: 'KFC 2018: humour worked for an inconvenience without victims, never where people are harmed',
  hedging: 'Zou et al. (2019): hedges like "may have been affected" downplay confirmed harm',
  noComment: 'Practitioner consensus (Weber Shandwick): never say "no comment"',
  covelloReadability: 'Covello message mapping: readable at grade 6–8',
  covelloKeyMessages: 'Covello message mapping: about three key messages, repeated',
  thunder: 'Arpan & Roskos-Ewoldsen (2005); Claeys (2017): disclosing first ("stealing thunder") protects credibility',
  rumourTiming: 'Rumour models (Daley–Kendall, Maki–Thompson): before the peak each delay multiplies the reach',
  ecker: 'Ecker & Antonio (2021): corrections from low-trust sources barely work',
  outreach: 'Coombs (2007): include employees; reach regulators before they ask',
  gdpr: 'GDPR Art. 33: notify the authority within 72 hours; content may come in phases',
  promises: 'CDC CERC: say when the next update comes, and keep to it',
} as const;
export type AnchorId = keyof typeof ANCHORS;
