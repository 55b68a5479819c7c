import type { Catalogue } from '../../catalogue.ts';
import type { AnchorMessages } from '../engine-keys.ts';

/** The research behind each rule, as cited in cues (the report prints these under each finding). */
export const anchors: Catalogue<AnchorMessages> = {
  'anchor.cercFirst': () => 'CDC CERC (2018): be first; the first source often becomes the preferred source',
  'anchor.cercFirstMessage': () => 'CDC CERC first-message checklist: empathy, facts, unknowns, next steps and next update, commitment, where to learn more',
  'anchor.cercRight': () => 'CDC CERC: be right; say what is known, what is not, and what is being done',
  'anchor.cercIncrements': () => 'CDC CERC: give facts in increments and explain why they changed',
  'anchor.cercAction': () => 'CDC CERC: promote action; meaningful things to do calm anxiety',
  'anchor.coombsFirstHour': () => 'Coombs (2007): initial response within the first hour',
  'anchor.coombsConsistency': () => 'Coombs (2007): speak with one voice; mixing deny with rebuild erodes the whole response',
  'anchor.scct': () => 'Coombs (2007), SCCT: match the response to the crisis cluster',
  'anchor.lewicki': () => 'Lewicki, Polin & Lount (2016): acknowledging responsibility matters most, then an offer of repair',
  'anchor.pace': () => 'Pace, Fediuk & Botero (2010): an apology needs an explicit statement of responsibility',
  'anchor.leeChung': () => 'Lee & Chung (2012): sympathy level alone made no difference; active responsibility did',
  'anchor.nonApology': () => 'Conditional apologies and "mistakes were made" are read as non-apologies (past exonerative)',
  'anchor.minimising': () => 'BP 2010 ("very, very modest"): minimising serious harm destroys credibility',
  'anchor.selfFocus': () => 'BP 2010 ("I\'d like my life back"): self-focus moves attention from the victims',
  'anchor.euphemism': () => 'United 2017 ("re-accommodate"): euphemisms read as tone-deaf',
  'anchor.victimBlaming': () => 'United 2017 (employee letter blaming the passenger): blaming victims',
  'anchor.threat': () => 'Coombs (2007), SCCT: attacking the accuser is a deny strategy that inflames the crisis',
  'anchor.humour': () => 'KFC 2018: humour worked for an inconvenience without victims, never where people are harmed',
  'anchor.hedging': () => 'Zou et al. (2019): hedges like "may have been affected" downplay confirmed harm',
  'anchor.noComment': () => 'Practitioner consensus (Weber Shandwick): never say "no comment"',
  'anchor.covelloReadability': () => 'Covello message mapping: readable at grade 6–8',
  'anchor.covelloKeyMessages': () => 'Covello message mapping: about three key messages, repeated',
  'anchor.thunder': () => 'Arpan & Roskos-Ewoldsen (2005); Claeys (2017): disclosing first ("stealing thunder") protects credibility',
  'anchor.rumourTiming': () => 'Rumour models (Daley–Kendall, Maki–Thompson): before the peak each delay multiplies the reach',
  'anchor.ecker': () => 'Ecker & Antonio (2021): corrections from low-trust sources barely work',
  'anchor.outreach': () => 'Coombs (2007): include employees; reach regulators before they ask',
  'anchor.gdpr': () => 'GDPR Art. 33: notify the authority within 72 hours; content may come in phases',
  'anchor.promises': () => 'CDC CERC: say when the next update comes, and keep to it',
  'anchor.apologyCulture': () =>
    'Maddux, Kim, Okumura & Brett (2011): what an apology means differs between cultures (in Japan remorse for what happened, in the US an admission of blame); the audience decides what counts',
};
