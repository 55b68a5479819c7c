/**
 * Word classes for the penalty frames (penalty-frames.ts) and the internal acts (internal.ts). Like
 * lexicon.ts these are open classes of lemmas written from general English, not phrases from any
 * statement: the frame supplies who does it, to what, and whether it is affirmed.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w !== ''));

// --- humour: a flippant register -----------------------------------------------------------------

/** Forms of address that make a public statement banter ("Mate, …", "…, my brother."). */
export const INFORMAL_VOCATIVES = words('mate mates pal buddy bro dude lads guys peeps fam chief bruv sunshine darling sweetie hun');
/** The same after "my" ("my brother", "my friend"): only as a vocative standing on its own. */
export const MY_VOCATIVES = words('brother sister friend friends man dear');
/** Weaker: warm in some mouths ("Folks, we are sorry"), flippant with an exclamation ("…, folks!"). */
export const SOFT_VOCATIVES = words('folks people');
/** Interjections that laugh, shrug or make light ("Kids, eh?", "Whoops", "meh"). */
export const FLIPPANT_INTERJECTIONS = words('eh lol lmao rofl haha hahaha hehe ha whoops oops oopsie welp meh duh yikes jk lolz phew tada ta-da');
/** Sentence openers of a shrug or a lecture ("Well, …", "Look, …", "Honestly, …"). */
export const SHRUG_OPENERS = words('well look honestly seriously relax listen hey anyway');
/** Intensifiers that, after a shrug, turn a statement ironic ("Well, they were definitely recycled quickly"). */
export const IRONIC_INTENSIFIERS = words('definitely certainly surely clearly obviously technically literally');
/** Tag questions that invite the reader to agree the harm is nothing (", no?", ", right?"). */
export const TAG_QUESTIONS = words('no right eh yeah yes huh');

// --- minimising -----------------------------------------------------------------------------------

/** Adjectives that shrink an incident ("an unfortunate incident", "a one-off glitch"). */
export const DOWNGRADING = words('unfortunate isolated one-off minor small little slight tiny brief momentary regrettable');
/** Nouns for what happened, as an incident rather than a harm. */
export const INCIDENT_NOUNS = words('incident issue matter episode event hiccup glitch blip mishap problem situation mix-up misunderstanding oversight error slip');
/** Verbs and adjectives that fence the harm in ("limited to one section", "confined to a few"). */
export const CONFINED = words('limited limit confined confine restricted restrict contained contain isolated isolate');
/** What is unharmed, said to put the harm in the shade ("the rest of the plant is intact"). */
export const INTACT = words('intact unaffected unharmed untouched fine normal operational undamaged safe unscathed');
/** What a harm is said to be part of ("part of the fun", "par for the course"). */
export const NORMAL_PARTS = words('fun game job deal experience life territory course package parcel business risk');
/** Harm and incident nouns a writer puts in scare quotes to doubt them ("the 'hack'"). */
export const DOUBTED_HARMS = words('hack hacking breach leak attack incident crisis outbreak scandal illness illnesses injury injuries outage contamination poisoning crush fire harm victims victim problem error failure cyberattack');

// --- agentless passive ------------------------------------------------------------------------------

/** Verbs of getting it wrong: in the passive with no agent they hide who did it ("was misconfigured"). */
export const FAULT_PASSIVES = words(
  `misconfigure mislabel misplace mishandle misdirect misroute misfile mislay misreport miscalculate misread mistype misprint
  misjudge misclassify misidentify misdiagnose mismanage misinform mislead overlook omit skip neglect ignore miss bypass
  override overrule disable deplete exhaust overload overfill underfill understaff overbook oversell undercook
  shelve deprioritise deprioritize forget`,
);
/** Adverbs that say it was done wrong ("was incorrectly configured", "were mistakenly sent"). */
export const ERROR_ADVERBS = words('incorrectly wrongly improperly inadvertently mistakenly accidentally erroneously inappropriately prematurely inadequately insufficiently poorly wrongfully negligently carelessly');
/** Duties whose passive, negated, says a step was not done ("were not completed", "was not checked"). */
export const DUTY_PASSIVES = words(
  `complete follow carry check test inspect service maintain replace repair update patch review escalate act record report fix fit
  install secure monitor apply enforce verify communicate pass flag log address progress action implement audit calibrate clean
  sterilise sterilize disinfect store label lock supervise staff train authorise authorize approve renew upgrade validate vet
  tell inform warn notify contact alert`,
);
/** Of those, the ones whose subject may be people: "families were not told" hides who did not tell them. */
export const TELLING = words('tell inform warn notify contact alert');
/** "left open", "left unlocked": what a thing was left in. */
export const LEFT_STATES = words('open unlocked unsecured unsecure accessible exposed unattended unguarded unchecked unprotected unencrypted public running unmonitored');
/** Fault nouns that "occur" with no one doing them ("an error occurred", "failures arose"). */
export const FAULT_EVENTS = words('mistake error failure lapse oversight misjudgement misjudgment miscommunication breakdown shortcoming');
export const HAPPENING = words('occur happen arise take creep');

// --- internal acts --------------------------------------------------------------------------------

/** Verbs of settling what to do ("we decided", "let's go with", "agreed"). */
export const DECIDING = words('decide agree choose settle opt resolve conclude determine approve sign rule');
/** People with authority or a duty to be told (escalation's target). */
export const AUTHORITIES = words(
  `ceo chief chair chairman chairwoman chairperson board boss director president vp exec execs executive exco md gc counsel lawyer
  lawyers legal dpo regulator minister mayor governor trustee trustees principal head superintendent commissioner insurer insurers
  owner founder partner partners leadership management cfo coo cto ciso cmo hr police ministry secretary registrar dean provost
  ombudsman council`,
);
/** Verbs of taking it to someone ("brief the CEO", "loop in legal", "take it to the board"). */
export const ESCALATING = words('tell brief inform alert notify warn loop escalate flag raise take bring send forward call ring phone email message text cc copy consult ask run get involve let');
/** Verbs of getting a message ready. */
export const PREPARING = words('draft redraft prepare write rewrite gather collect compile assemble line set build book schedule rehearse print load draw pull put get translate update finalise finalize ready brief stand prep edit');
/** What is prepared. */
export const ARTEFACTS = words(
  `statement release draft line lines script q&a faq faqs page site microsite helpline hotline letter email template briefing pack
  list timeline sheet points spokesperson spokespeople presser conference call notice post message messages copy talking
  holding summary note notes figures facts numbers data map schedule rota plan contacts database deck slides translation`,
);
/** Verbs of holding back ("hold", "wait", "sit on it"). */
export const HOLDING = words('hold wait delay sit park pause defer postpone withhold keep stay');
/** What a silence lasts until. */
export const UNTIL = words('until till before unless');
/** Verbs of saying or publishing, whose refusal is a silence ("don't confirm", "say nothing"). */
export const PUBLISHING = words('say confirm mention publish post announce release tell disclose share name comment respond reply reveal issue put admit engage react tweet');

// --- threats without a legal word -------------------------------------------------------------------

/** What binds staff or former staff to silence ("their NDAs are binding", "their obligations under the agreement"). */
export const BINDINGS = words('nda ndas non-disclosure confidentiality obligation obligations agreement agreements contract contracts undertaking undertakings covenant covenants gag');
/** Whom a binding holds: staff, former staff, members. */
export const BOUND_PEOPLE = words('staff employee employees worker workers colleague colleagues member members contractor contractors former ex-employee ex-employees ex-staff you anyone');
/** Making the binding felt: enforcing it, reminding people of it, holding them to it. */
export const ENFORCING = words('enforce remind hold invoke bind binding uphold');
/** Legal action as a noun ("a defamation suit", "proceedings against the channel"). */
export const LEGAL_ACTIONS = words('suit lawsuit action proceedings proceeding case claim injunction writ complaint');
/** Starting it ("we are filing", "we have launched", "we will bring"). */
export const FILING = words('file bring launch issue start initiate commence lodge seek take pursue');
/** The act of speaking, named as a wrong ("a defamation suit", "libellous claims"). */
export const DEFAMATION = words('defamation defamatory libel libellous libelous slander slanderous');
/** Who a suit against critics is aimed at: the media and the people who post. */
export const MEDIA_TARGETS = words(
  `channel newspaper paper broadcaster station outlet network journalist journalists reporter reporters editor editors blogger
  bloggers podcast podcaster programme program publication tabloid website account accounts influencer influencers critic critics
  poster posters author authors`,
);
/** What is kept on file about critics ("we are keeping a record of every post"). */
export const RECORDS = words('record records note notes list lists log logs screenshot screenshots copy copies file files track tab tabs name names');
/** Their words, as the thing recorded. */
export const SPEECH_ITEMS = words('post posts comment comments tweet tweets message messages account accounts review reviews video videos story stories claim claims rumour rumours rumor rumors allegation allegations');
