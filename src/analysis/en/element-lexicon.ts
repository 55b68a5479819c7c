/**
 * Open word classes for the empathy elements' frames (frames.ts), kept apart from lexicon.ts so
 * that the element frames and the penalty frames can grow without touching each other's lists.
 * Lemmas, not phrases: the tagger supplies the inflection and the clause supplies the agent and
 * whether it is affirmed, so one entry covers every tense and word order. The classes were written
 * from English usage (what an organisation does, pays or says after an incident), not from the
 * calibration statements.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w !== ''));

/**
 * Steps an organisation takes on an incident: stopping harm, containing it, restoring service,
 * looking after people, telling them, fixing what broke. Unlike verbs of narrative ("we closed the
 * gate for the mud"), these read as a step taken even in the simple past, so they decide whether a
 * past-tense clause is an action or part of the story of the cause.
 */
export const REMEDIAL_VERBS = words(`
  recall withdraw remove pull suspend pause close shut halt stop isolate quarantine contain evacuate move rehouse relocate
  notify contact call phone ring email e-mail text message write visit test retest inspect repair fix mend replace patch
  reset disable block secure restore reopen open launch set deploy dispatch send appoint commission hire engage recruit
  clean disinfect decontaminate sanitise sanitize sterilise sterilize flush purge ground cordon seal switch divert reroute
  cancel postpone freeze lock unlock revoke rotate rescind retract reissue reschedule rebook book
  alert warn report file bring destroy dispose install fit refit retrofit upgrade update harden encrypt trace track ban
  order sack dismiss discipline begin start deliver distribute hand supply provide offer arrange organise organize
  lay double triple add increase extend expand boost strengthen reinforce tighten staff station assign redeploy
  put erect build rebuild shore prop stabilise stabilize demolish clear evacuate rescue recover retrieve
  vaccinate screen scan sample escort accompany transport ferry bus drive fly shuttle collect
  feed house shelter accommodate host welcome return reunite trace locate
  issue correct amend relabel rename repackage reformulate discontinue
  terminate end drop scrap shelve cut sever unplug disconnect reconnect back back-up rebuild migrate wipe erase
  bar exclude escalate brief train retrain instruct redirect relieve
  lift`);

/**
 * Remedial verbs that in the passive more often describe the past or a warning than a step
 * ("it was reported to regulators at the time", "the rules are set out", "they had been warned").
 */
export const NOT_PASSIVE_STEPS = words('report file warn alert set order begin start bring hand put post');

/** Verbs of redress: paying, repaying and giving money or cost-free services to the people affected. */
export const PAY_VERBS = words('pay repay reimburse refund compensate cover fund finance meet bear foot absorb credit waive donate give reverse cancel');

/** Redress verbs that say nothing of money unless a cost follows ("cover the site" vs "cover the costs"). */
export const PAY_VERBS_NEEDING_COST = words('cover meet bear foot absorb fund finance give waive reverse cancel credit');

/** What an organisation pays for on behalf of the people affected: costs, and the things and services bought. */
export const COST_NOUNS = words(`
  cost expense bill fee charge fare ticket rent mortgage loss earning wage salary pay income
  care treatment therapy rehab rehabilitation physiotherapy counselling counseling medication prescription medicine dialysis
  repair replacement cleaning clean-up cleanup removal redecoration decoration damage
  transport travel taxi flight train bus hotel accommodation lodging room meal food childcare funeral burial
  test testing screening monitoring protection insurance excess premium deposit overdraft interest penalty
  crop vegetable garden car vehicle phone laptop device passport licence license card document replacement
  claim invoice receipt account`);

/** Payments whose very name is redress ("a £750 emergency payment", "a goodwill gesture"). */
export const REDRESS_NOUNS = words('refund reimbursement compensation rebate voucher grant allowance stipend restitution redress payout');
export const PAYMENT_NOUNS = words('payment sum amount award fund grant allowance');
export const PAYMENT_MODIFIERS = words('emergency goodwill hardship one-off interim welfare relief support compensation ex-gratia gratia lump bereavement');

/** What paying for is not redress: a ransom, a fine, attention, respect, a tribute, a price. */
export const NOT_REDRESS = words('ransom fine tribute attention respect respects heed price visit dividend bonus tax levy premium-rate');

/** Words that name money ("£150", "$2 million", "500 dollars", "₦2m"). */
export const CURRENCY_WORDS = words('dollar pound euro naira rupee rand shilling yen yuan franc peso krona kroner cent penny pence dirham ringgit');
export const CURRENCY_SIGNS = /^[£$€₦₹¥₩₱₺]|^(?:us|au|nz|ca|hk)\$|^(?:usd|gbp|eur|ngn|inr|kes|aud|cad|zar)\b/;

/**
 * Headings that introduce a list of steps taken ("Measures taken:", "Remedial steps:", "What we
 * are doing:"). Preventive headings are prevention, not corrective action.
 */
export const ACTION_HEADINGS = /(?:^|[.;]\s*|\b)(?:(?:corrective|remedial|immediate|interim|containment|mitigation|mitigating|emergency|urgent|response)\s+(?:actions?|measures?|steps?)|(?:actions?|measures?|steps?)\s+(?:taken|completed|so far|under way|underway|in place|we have taken|we are taking)|actions?|measures?|what we(?:'re| are| have)\s+(?:doing|done)|what (?:is|has been) (?:being )?done|response so far)\s*:\s*[a-z0-9]/;
export const PREVENTIVE_HEADING = /\b(?:preventive|preventative|future|longer-term|long-term)\s+(?:actions?|measures?|steps?|controls?)\s*:/;

/** Verbs of feeling and saying that do not make "free" a price ("feel free", "free to leave"). */
export const NOT_PRICE_FREE_BEFORE = words('feel feeling felt');

/**
 * Harm to people beyond the shared HARM_PREDICATES (lexicon.ts): bodily, emotional and financial
 * harm and being left alone or without, as verb or adjective lemmas ("was left unaccompanied",
 * "payments bounced", "it was deeply hurtful").
 */
export const MORE_HARM_PREDICATES = words(`
  hurtful painful traumatic traumatised traumatized harrowing distressing terrifying frightening devastating
  missing unaccompanied abandoned alone stranded trapped isolated homeless displaced evicted bereaved orphaned widowed
  bleed choke suffocate starve dehydrate concuss sprain lacerate electrocute paralyse paralyze blind scar disfigure
  harass assault abuse attack rob mug hack impersonate bounce decline overdraw double-charge overcharge freeze`);

/** Nouns of harm beyond HARM_NOUNS ("smoke inhalation", "an allergic reaction", "their ordeal"). */
export const MORE_HARM_NOUNS = words('inhalation hypothermia concussion heatstroke dehydration bleeding ordeal grief bereavement shock scare trauma nightmare agony seizure stroke');

/** What the people affected needed because of the harm ("needed treatment for their breathing"). */
export const CARE_NOUNS = words('care treatment attention surgery operation stitches oxygen resuscitation hospital hospitalisation hospitalization dialysis transfusion medication help rescue');

/** Verbs of what people could not do ("many of you could not make payments", "were unable to get home"). */
export const UNABLE = /\b(?:could not|couldn't|could n't|were unable to|was unable to|have been unable to|has been unable to|were not able to|was not able to|have not been able to|haven't been able to|were left without|have been left without|went without|had to go without)\b/;

/** Verbs of feeling for people, said by the organisation ("we are praying for him", "Zenox sympathises with …"). */
export const CONCERN_VERBS = words('pray grieve mourn ache sympathise sympathize empathise empathize condole weep');
/** How the speaker feels about what happened to them ("we are heartsick", "I felt sick when I heard"). */
export const CONCERN_STATES = words('heartbroken heartsick saddened distraught grieving sorrowful anguished devastated gutted sick awful terrible wretched');
/** Set expressions of sympathy that name no verb of feeling ("may their souls rest in peace", "with the heaviest of hearts"). */
export const CONCERN_SET = /\b(?:rest in (?:perfect |eternal )?peace|with (?:the )?heav(?:y|iest) (?:of )?hearts?|(?:our|my) hearts? (?:is |are |goes |go |went )?(?:with|out to|broken|breaking|heavy|aches?)|(?:we are|we're|i am|i'm|we dey) (?:here|there) for (?:you|them|every one of you|all of you))\b/;
