/**
 * Open word classes the frames test lemmas against. Lists of lemmas, not phrases: the tagger
 * supplies the inflection ("phoned", "children", "were evacuated"), the clause supplies who did it
 * and whether it is affirmed, so one entry covers every tense, number and word order.
 */

/** Nouns (lemmas) for people, any scenario: whoever a statement may be about or addressed to. */
export const PEOPLE = new Set(
  `people person individual customer client consumer user patient passenger traveller traveler commuter rider
  tenant resident occupant householder homeowner neighbour neighbor community family household parent mother father mum mom dad
  child kid baby infant toddler son daughter boy girl teenager teen pupil student learner youngster minor adult man woman
  gentleman lady elder pensioner senior retiree grandparent grandmother grandfather husband wife partner relative
  worker employee staff colleague crew workforce contractor volunteer member subscriber holder account-holder policyholder
  depositor saver borrower investor shareholder donor supporter beneficiary recipient claimant applicant
  guest visitor attendee spectator fan audience festival-goer concertgoer crowd shopper diner eater drinker
  driver motorist cyclist pedestrian pilot crewmember firefighter nurse doctor clinician teacher carer caregiver
  victim survivor casualty injured dead bereaved mourner citizen villager townspeople local farmer grower fisher
  athlete player camper hiker swimmer traveller mum-to-be mother-to-be newborn participant trainee apprentice
  consumer buyer purchaser owner landlord leaseholder renter lodger resident everyone everybody anyone anybody someone somebody`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Pronouns that stand for people other than the organisation. */
export const PEOPLE_PRONOUNS = new Set(['you', 'they', 'them', 'he', 'she', 'him', 'her', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'those', 'whoever']);

/** The organisation speaking: first person, and the usual nouns for an organisation or its people. */
export const FIRST_PERSON = new Set(['we', 'i', 'us', 'our', 'my', 'ourselves', 'myself']);
export const ORGANISATION_NOUNS = new Set(
  `company firm business organisation organization management board team staff trust council authority hospital clinic school
  university college bank operator airline railway charity foundation group site plant factory store brand agency service
  department ministry utility provider manufacturer maker retailer insurer practice leadership executive ceo engineers crews`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * Verbs that are not actions on the situation: thinking, feeling, speaking about it, being,
 * wanting, and the vague "look into" family ("we are looking into it" does not count as action;
 * the labels say so).
 */
export const NOT_ACTION_VERBS = new Set(
  `be have do know think believe feel understand appreciate recognise recognize realise realize want wish hope expect need like love
  care apologise apologize regret sympathise sympathize thank say state tell? note acknowledge accept take remain continue try seem appear
  look investigate review assess monitor examine consider explore learn wait see hear ask urge encourage remind share express extend
  make get let go come happen cause fail mean intend plan aim seek strive endeavour endeavor commit promise pledge vow assure reassure
  confirm deny refute reject clarify explain stress emphasise emphasize insist maintain stand welcome remember stay keep will can
  must shall should would could may might cannot work cooperate co-operate liaise engage comment update inform? describe answer
  respond reply talk speak discuss address hold feel pursue enforce proceed appeal brew recycle attack employ drag put gather
  establish find deal tell instruct overrule override flag log push sign approve miss sadden shock devastate horrify dismay appal
  appall grieve mourn commiserate bow suppose guess reckon imagine comply fulfil fulfill adhere sail champion saddened shocked
  devastated horrified dismayed appalled heartbroken gutted`
    .split(/\s+/)
    .filter((w) => w !== '' && !w.endsWith('?')),
);

/** Verbs of fault and failure when the organisation is their subject ("we failed", "I messed up"). */
export const FAULT_VERBS = new Set(
  `fail err blunder neglect overlook ignore miss mishandle misjudge mislead underestimate botch bungle mess screw drop let cut ruin
  breach break violate disregard dismiss forget lose`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Nouns naming a fault ("our failure", "the fault is ours", "a serious error on our part"). */
export const FAULT_NOUNS = new Set(
  `fault failure failing mistake error negligence blame responsibility accountability lapse oversight misjudgement misjudgment
  shortcoming wrongdoing call decision`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Harm that happens to people, as verb or adjective lemmas. */
export const HARM_PREDICATES = new Set(
  `die kill injure hurt harm wound sicken poison infect burn scald cut bruise break fracture drown crush trap strand
  hospitalise hospitalize suffer lose expose steal leak compromise breach defraud scam overcharge charge debit overdraw
  evacuate displace frighten scare terrify traumatise traumatize distress upset shock affect endanger damage destroy flood
  miss cancel delay disrupt sick ill unwell injured dead hurt frightened scared distressed sore infected exposed stranded
  homeless vomit collapse faint struggle`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Nouns of harm ("injuries", "two deaths", "the illness", "losses"). */
export const HARM_NOUNS = new Set(
  `death injury illness sickness harm hurt pain suffering loss burn wound fracture infection poisoning trauma distress fear anxiety
  disruption hardship damage casualty fatality hospitalisation hospitalization exposure overdraft fraud theft`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** What makes a clause a cause ("because", "caused by", "traced to", "led to"). */
export const CAUSE_VERBS = new Set(['cause', 'trigger', 'spark', 'start', 'lead', 'result', 'stem', 'trace', 'originate', 'allow', 'enable', 'let', 'leave']);

/** Words that make a clause about the future from now on ("from now on", "every batch will now be"). */
export const FROM_NOW_ON = /\b(?:from now on|from today|from this (?:week|month|year)|from next (?:week|month|year)|from (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|going forward|in future|in the future|henceforth|never again|no longer|permanently|from (?:the|our) next|before (?:it|they|any|each|every) [a-z]+ (?:leaves?|goes|opens?|reopens?)|every (?:single )?[a-z]+ will (?:now )?|all [a-z]+ will now|will now be|will now have|as standard|routinely)\b/;
