/**
 * What the team's own talk does (vocabulary.ts INTERNAL_ACTS): decides ("Agreed: we say …", "my
 * vote is no", "Do NOT confirm …"), escalates to someone with authority or a duty ("taking it to
 * the Chair", "legal should decide"), prepares ("Mel to redraft the release by 3", "script is
 * ready") or stays silent for now ("say nothing till …", "hold off confirming"). Detected on any
 * text; the scorer reads them only for statements on internal channels.
 */
import type { InternalAct } from '../../format/index.ts';
import { findAll, sentenceQuote, test, type Doc, type Sentence } from './document.ts';
import { negatedBefore } from './scope.ts';
import { lexicon } from './patterns.ts';
import type { Word } from './nlp.ts';
import { ARTEFACTS, AUTHORITIES, DECIDING, ESCALATING, HOLDING, PREPARING, PUBLISHING, UNTIL } from './penalty-lexicon.ts';

const CUES: readonly (readonly [InternalAct, RegExp])[] = [
  [
    'silence',
    lexicon(
      "say\\s+nothing|hold\\s+(?:off|back|at)|do\\s+not\\s+(?:confirm|say|mention|put\\s+out|publish|post)|don't\\s+(?:confirm|say|mention|put\\s+out|publish|post)|not\\s+(?:confirm|mention|say)\\s+[a-z' ]{0,30}(?:yet|until|till)|wait\\s+(?:until|till|for)|keep\\s+(?:this|it)\\s+(?:quiet|internal|an?\\s+[a-z]+\\s+story)|no\\s+press\\s+release|on\\s+request\\s+only|holding\\s+line\\s+only|delete\\s+the|just\\s+put\\s+out\\s+the|rather\\s+be\\s+(?:an\\s+hour\\s+)?late|nothing\\s+(?:outside|external)|can\\s+we\\s+(?:hold|just)|won't\\s+ask\\s+if\\s+we\\s+don't|don't\\s+put\\s+out",
    ),
  ],
  [
    'escalation',
    lexicon(
      "escalat[a-z]*|taking\\s+(?:it|this|a\\s+proposal)\\s+to|take\\s+it\\s+to|sending\\s+(?:this|it)\\s+to|flagging\\s+(?:this\\s+|it\\s+)?to|run\\s+it\\s+past|(?:i've|i\\s+have)\\s+(?:rung|called|phoned|asked)|need\\s+(?:the|somebody|someone)\\s+(?:[a-z]+\\s+)?(?:cfo|ceo|board|chair|senior|gc|legal)|(?:ceo|chair|board|legal|principal|gc|dpo|minister|mayor)\\s+(?:should|must|has\\s+to|needs?\\s+to)\\s+(?:decide|know|sign)|must\\s+know\\s+before|on\\s+a\\s+call|ring\\s+the\\s+(?:regulator|chair|mayor|minister)|on\\s+copy|cc'd",
    ),
  ],
  [
    'preparation',
    lexicon(
      "draft(?:s|ing|ed)?|redraft|script|talking\\s+points|fact\\s+sheet|(?:get|getting)\\s+[a-z ]{0,30}ready|is\\s+ready|line\\s+up|prepar[a-z]*|door-by-door|list\\s+for|to\\s+print|on\\s+phones|contract\\s+ready|holding\\s+line\\s+goes\\s+out|set\\s+up|has\\s+our\\s+draft",
    ),
  ],
  [
    'decision',
    lexicon(
      "agreed|decision|decided|my\\s+vote|we\\s+(?:say|go\\s+with|publish|post|tell)|let's|let\\s+us|(?:^|\\.\\s)(?:no|yes)\\.|chair\\s+agrees|(?:do\\s+not|don't)\\s+(?:confirm|say|mention|put)|delete\\s+the|tell\\s+(?:branches|staff|the)|take\\s+'|replace\\s+it\\s+with|use\\s+'|goes\\s+to\\s+the|post\\s+what\\s+we\\s+know|to\\s+ring|i'll\\s+(?:run|ring|take)",
    ),
  ],
];

// Waiting and holding back, which a negation turns into the opposite: "let us not wait for the
// 72 hours" argues to act now.
const DEFERRAL = lexicon('wait\\s+(?:until|till|for)|hold\\s+(?:off|back)');

function silentIn(s: Sentence, pattern: RegExp): boolean {
  return findAll(pattern, s).some((h) => {
    const deferral = findAll(DEFERRAL, s).some((d) => d.start === h.start);
    return !deferral || !negatedBefore(s, h.start, 3);
  });
}

/**
 * A preference, a doubt or a proposal argues; it does not decide ("I'd rather we say it first", "I
 * don't think we can agree to that", "suggest we stay off social", "I propose that we wait"): the
 * team has not settled it yet.
 */
const MERE_OPINION = /\b(?:i'd|i would|we'd|we would) rather\b|\b(?:i|we) (?:don't|do not) think\b|\b(?:suggest|propose|recommend)(?:s|ing)? (?:that )?we\b|\bmy (?:suggestion|proposal|recommendation)\b/;

const FRAMES: Readonly<Record<InternalAct, (s: Sentence) => boolean>> = {
  silence: silenceFrame,
  escalation: escalationFrame,
  preparation: preparationFrame,
  decision: decisionFrame,
};

export function detectInternalActs(doc: Doc): { act: InternalAct; quote: string }[] {
  const out: { act: InternalAct; quote: string }[] = [];
  for (const [act, pattern] of CUES) {
    // The lists, like the frames, skip someone else's request ("Police asked us not to publish …")
    // and a question or condition about whether to ("Do we say it?", "If we say it today, …").
    const listed = (x: Sentence): boolean => (act === 'silence' ? silentIn(x, pattern) : test(pattern, x.norm)) && !othersAsk(x) && !(act === 'decision' && (x.isQuestion || x.clauses[0]?.conditional === true || MERE_OPINION.test(x.norm)));
    const s = doc.sentences.find(listed) ?? doc.sentences.find((x) => FRAMES[act](x) || (act === 'decision' && answersAsked(doc, x)));
    if (s !== undefined) out.push({ act, quote: sentenceQuote(doc, s) });
  }
  return out;
}

/**
 * What someone with authority does with it ("the GC needs to see this", "legal should decide").
 * Not "review" or "check": "the lawyers have to review it first", said to the people asking, defers
 * them; it escalates nothing.
 */
const AUTHORITY_ACTS = new Set(['decide', 'know', 'sign', 'approve', 'call', 'see', 'agree']);
/** What the team would put out ("no statement until …"). */
const OUTPUTS = new Set(['statement', 'comment', 'post', 'release', 'comms', 'tweet', 'update', 'announcement', 'response', 'reply', 'interview']);
/** Verbs of gathering facts, and the facts gathered (preparation: "gathers facts"). */
const GATHERING = new Set(['confirm', 'check', 'verify', 'establish', 'find', 'gather', 'collect', 'compile', 'pull', 'dig', 'get', 'chase', 'count', 'map', 'trace', 'list', 'source']);
const FACTS = new Set(['number', 'figure', 'count', 'list', 'date', 'ref', 'reference', 'detail', 'fact', 'record', 'log', 'timeline', 'data', 'name', 'address', 'total', 'breakdown', 'evidence', 'email', 'letter', 'report', 'audit', 'minute', 'file']);
const READY = new Set(['ready', 'drafted', 'prepared', 'done', 'written', 'attached', 'circulated', 'uploaded', 'finalised', 'finalized', 'lined', 'printed', 'translated', 'approved']);
const QUIET = new Set(['quiet', 'internal', 'silent', 'schtum', 'wraps', 'heads', 'low', 'off', 'dark']);

// --- frames over clauses ---------------------------------------------------------------------------
// Who acts (we, I, let's, a colleague by name, "can you", or an imperative to the team), a verb of the
// act's class, and what it acts on; affirmed, not a question about whether to.

const TEAM = new Set(['we', 'i', "let's"]);
const NEGATORS = new Set(['not', 'never', "n't", 'no', 'nothing']);

function affirmed(ws: readonly Word[], k: number): boolean {
  return !ws.slice(Math.max(0, k - 3), k).some((w) => NEGATORS.has(w.text) || w.lemma === 'not');
}

/** The verb at `k` is the team's (we / I / let's / "Sam to …" / an imperative at the head of a clause). */
function teamVerb(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  if (w === undefined) return false;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const x = ws[j];
    if (x === undefined) break;
    if (TEAM.has(x.text) || (x.text === 'let' && (ws[j + 1]?.text === 'us' || ws[j + 1]?.text === "'s"))) return true;
    // "can someone loop in legal?", "could somebody draft …": a request to the team
    if ((x.text === 'someone' || x.text === 'somebody') && ['can', 'could', 'will'].includes(ws[j - 1]?.text ?? '')) return true;
    // "Mel to redraft the release" (at the head of its clause: "need the CFO to sign" is someone else's act)
    if (x.text === 'to' && ws[j - 1]?.pos === 'PROPN' && j === k - 1 && (j < 2 || ws[j - 2]?.pos === 'PUNCT')) return true;
    if (x.text === 'you' && ws.slice(Math.max(0, j - 2), j).some((y) => y.lemma === 'can' || y.lemma === 'could' || y.lemma === 'will')) return true;
    if (x.text === 'please') return true;
    if (x.pos === 'PUNCT') return imperativeAt(ws, k, j + 1);
    if (!(x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART' || x.text === 'going' || x.text === 'to')) return false;
  }
  return imperativeAt(ws, k, Math.max(0, k - 5));
}

/** A base-form verb opening its clause (after "please", "now", "also"): an instruction to the team. */
function imperativeAt(ws: readonly Word[], k: number, from: number): boolean {
  const w = ws[k];
  if (w === undefined || w.pos !== 'VERB' || w.text !== w.lemma) return false;
  return ws.slice(from, k).every((x) => x.text === 'please' || x.text === 'now' || x.text === 'also' || x.text === 'just' || x.text === 'then' || x.text === 'and' || x.pos === 'PUNCT');
}

/** "Governors asked whether we name the staff. No.": a yes or no standing alone after a question or a request is the call. */
function answersAsked(doc: Doc, s: Sentence): boolean {
  const content = s.words.filter((w) => w.pos !== 'PUNCT');
  // (the tagger may keep the full stop: "no.")
  if (content.length !== 1 || !['no', 'yes', 'nope', 'agreed', 'approved', 'declined'].includes((content[0]?.text ?? '').replace(/\.$/, ''))) return false;
  const before = doc.sentences[s.index - 1];
  return before !== undefined && (before.isQuestion || before.words.some((w) => w.lemma === 'ask' || w.text === 'whether' || w.lemma === 'request' || w.lemma === 'want'));
}

/** "we've decided", "let's go with", "Decision:", "Agreed.", "we go with option B". */
function decisionFrame(s: Sentence): boolean {
  const ws = s.words;
  const first = ws[0];
  if (first !== undefined && (first.lemma === 'decision' || first.text === 'agreed' || first.text === 'approved' || first.text === 'decided') && (ws[1]?.text === ':' || ws[1]?.text === '.' || ws[1]?.text === ',')) return true;
  if (s.isQuestion || othersAsk(s) || MERE_OPINION.test(s.norm)) return false;
  return ws.some((w, k) => {
    if (w.pos !== 'VERB' && w.text !== "let's" && w.text !== 'do') return false;
    if (!affirmed(ws, k) || hypothetical(s, w)) return false;
    if (w.text === "let's" || (w.text === 'let' && ws[k + 1]?.text === 'us')) return true;
    if (DECIDING.has(w.lemma) && teamVerb(ws, k)) return true;
    // "We say 'two members of staff'", "we offer to cover their flights", "Anne and I do it": the
    // team's plan in the present, at the head of its clause (not a state: "we know", "we need")
    const agentAt = ws[k - 1]?.text === 'we' || ws[k - 1]?.text === 'i' ? k - 1 : -1;
    // (the auxiliary of a negation is no plan: "we don't know it's linked")
    if (agentAt >= 0 && clauseHead(ws, agentAt) && w.pos === 'VERB' && w.text === w.lemma && !STATES.has(w.lemma) && !PERFORMATIVES.has(w.lemma) && !ws.slice(k + 1, k + 4).some((x) => SENTIMENTS.has(x.lemma))) return true;
    // ("Anne and I do it": "do" with an object is the verb, tagged as an auxiliary)
    if (agentAt >= 0 && clauseHead(ws, agentAt) && w.text === 'do' && ws[k + 1]?.pos === 'PRON') return true;
    // A bare instruction ("Post what we know at 8:15") is not counted: the writers labelled such
    // lines a decision only some of the time, and counting every imperative cost precision on dev.
    return false;
  }) || plannedRefusal(ws);
}

/** "So we don't name him", "we do not release the footage": a call not to, at the head of its clause. */
function plannedRefusal(ws: readonly Word[]): boolean {
  return ws.some((w, k) => w.text === 'we' && clauseHead(ws, k) && (ws[k + 1]?.text === "don't" || (ws[k + 1]?.lemma === 'do' && ws[k + 2]?.lemma === 'not')) && ws.slice(k + 2, k + 4).some((x) => x.pos === 'VERB' && PUBLISHING.has(x.lemma)));
}

/** The word opens its clause: sentence start, after punctuation, "so", "and", "then", or "X and I". */
function clauseHead(ws: readonly Word[], k: number): boolean {
  const before = ws[k - 1];
  if (before === undefined || before.pos === 'PUNCT' || before.text === 'so' || before.text === 'then' || before.text === 'and') return before?.text !== 'and' || ws[k - 2]?.pos === 'PROPN' || ws[k - 2]?.pos === 'PUNCT';
  return false;
}
/**
 * Verbs that do what they say in the saying ("we confirm", "we apologise", "we urge everyone"): in a
 * meeting with outsiders they are the message itself, not the team planning its next move.
 */
const PERFORMATIVES = new Set(['confirm', 'announce', 'promise', 'assure', 'deny', 'reject', 'condemn', 'welcome', 'urge', 'ask', 'encourage', 'remind', 'advise', 'recommend', 'stand', 'share', 'extend', 'express', 'commit', 'pledge', 'recognise', 'recognize', 'take', 'invite', 'repeat', 'reiterate', 'insist', 'maintain', 'state', 'note', 'stress', 'emphasise', 'emphasize', 'call', 'support', 'salute', 'praise', 'join', 'echo', 'hear', 'listen']);

/** What "we send / offer / extend" carries when it is a message, not a plan ("we send our condolences"). */
const SENTIMENTS = new Set(['sympathy', 'condolence', 'condolences', 'thought', 'prayer', 'apology', 'apologies', 'wish', 'love', 'regret', 'thanks', 'gratitude', 'heart', 'solidarity']);

/** "looping" → loop, "copying" → copy, "raising" → raise. */
function ingBase(text: string): string {
  if (!text.endsWith('ing')) return text;
  const stem = text.slice(0, -3);
  if (ESCALATING.has(stem)) return stem;
  if (ESCALATING.has(`${stem}e`)) return `${stem}e`;
  if (stem.endsWith('y') || stem.endsWith('i')) return stem.endsWith('i') ? `${stem.slice(0, -1)}y` : stem;
  return /([bdgklmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** Verbs of state or need: "we know", "we need", "we think" say where the team is, not what it will do. */
const STATES = new Set(['be', 'have', 'know', 'think', 'believe', 'feel', 'need', 'want', 'hope', 'understand', 'see', 'wish', 'like', 'expect', 'fear', 'worry', 'guess', 'reckon', 'suppose', 'mean', 'seem', 'agree', 'disagree', 'remember', 'realise', 'realize', 'doubt', 'wonder', 'care', 'owe', 'appreciate', 'regret', 'apologise', 'apologize', 'thank', 'accept', 'acknowledge', 'continue', 'remain']);

/** The verb stands in an "if"/"whether" clause or after "rather", "can", "could": an option, not a call. */
function hypothetical(s: Sentence, w: Word): boolean {
  const c = s.clauses.find((x) => x.words.includes(w));
  if (c !== undefined && c.conditional) return true;
  const ws = s.words;
  const k = ws.indexOf(w);
  return ws.slice(Math.max(0, k - 3), k).some((x) => x.text === 'rather' || x.text === 'can' || x.text === 'could' || x.text === 'might' || x.text === 'would' || x.text === "'d");
}

/**
 * Someone else's request or position ("Police asked us not to publish", "Board's position is we
 * wait", "Legal want X taken out"): what they want is not the team's act.
 */
function othersAsk(s: Sentence): boolean {
  const ws = s.words;
  const verbAt = ws.findIndex((w) => w.pos === 'VERB' || (w.lemma === 'be' && ws.some((x) => x.lemma === 'position' || x.lemma === 'view')));
  if (verbAt < 0) return false;
  const subject = ws.slice(0, verbAt);
  if (subject.length === 0 || subject.some((x) => TEAM.has(x.text))) return false;
  const verb = ws[verbAt];
  return verb !== undefined && (REQUESTING.has(verb.lemma) || subject.some((x) => x.lemma === 'position' || x.lemma === 'view'));
}
const REQUESTING = new Set(['want', 'ask', 'request', 'insist', 'prefer', 'demand', 'advise', 'say', 'think', 'reckon', 'argue', 'suggest', 'urge', 'push']);

/** Tell, brief, loop in, take it to … someone with authority; or that person must decide or sign. */
function escalationFrame(s: Sentence): boolean {
  const ws = s.words;
  return ws.some((w, k) => {
    if (w.lemma === 'escalate') return true;
    if (AUTHORITIES.has(w.text) || AUTHORITIES.has(w.lemma)) {
      // "legal should decide", "the CEO needs to sign off", "the chair must know before we publish"
      const next = ws.slice(k + 1, k + 4);
      if (next.some((x) => x.text === 'should' || x.text === 'must' || x.lemma === 'need' || (x.lemma === 'have' && ws[x.i - (ws[0]?.i ?? 0) + 1]?.text === 'to')) && ws.slice(k + 1, k + 6).some((x) => AUTHORITY_ACTS.has(x.lemma))) return true;
      // "need the CFO to sign", "get the GC on a call"
      const before = ws.slice(Math.max(0, k - 3), k);
      if (before.some((x) => x.lemma === 'need' || x.lemma === 'get') && ws.slice(k + 1, k + 5).some((x) => x.text === 'to' || x.text === 'on')) return true;
      return false;
    }
    // ("brief" is often tagged as an adjective, "we should brief the board"; a capitalised "Looping in
    // legal" at the start as a name)
    const lemma = k === 0 && w.pos === 'PROPN' ? ingBase(w.text) : w.lemma;
    if (!(w.pos === 'VERB' || (w.text === 'brief' && ws[k + 1]?.pos === 'DET') || (k === 0 && ESCALATING.has(lemma))) || !ESCALATING.has(lemma) || !affirmed(ws, k)) return false;
    // "I'll let the CEO know"
    if (w.lemma === 'let' && !ws.slice(k + 1, k + 6).some((x) => x.lemma === 'know')) return false;
    const object = ws.slice(k + 1, k + 11);
    // ("Looping in Priya (GC)": a role in brackets belongs to the name before it)
    const stop = object.findIndex((x) => x.pos === 'PUNCT' && x.text !== "'" && x.text !== '(' && x.text !== ')');
    const reach = stop < 0 ? object : object.slice(0, stop);
    if (!reach.some((x) => AUTHORITIES.has(x.text) || AUTHORITIES.has(x.lemma))) return false;
    // the team does it (we, I, "Sam to", an imperative, "taking it to …" as a clause of its own)
    return teamVerb(ws, k) || w.text.endsWith('ing');
  });
}

/** Draft, gather, line up, set up … a statement, a script, a spokesperson; or the thing is ready. */
function preparationFrame(s: Sentence): boolean {
  const ws = s.words;
  return ws.some((w, k) => {
    // "the script is ready", "draft attached", "talking points are in the drive"
    if (ARTEFACTS.has(w.lemma) && w.pos === 'NOUN' && ws.slice(k + 1, k + 4).some((x) => READY.has(x.text))) return ws.slice(k + 1, k + 3).some((x) => x.lemma === 'be' || READY.has(x.text));
    // "we need a Q&A and a spokesperson", "I'll get a holding statement drafted"
    if ((w.lemma === 'need' || w.lemma === 'get' || w.lemma === 'have') && teamVerb(ws, k) && affirmed(ws, k)) {
      const reach = ws.slice(k + 1, k + 7);
      const thing = reach.findIndex((x) => ARTEFACTS.has(x.lemma) && x.pos === 'NOUN');
      if (thing >= 0 && (w.lemma === 'need' || reach.slice(thing + 1).some((x) => READY.has(x.text)))) return true;
    }
    // Gathering the facts: "can you confirm the date and get me the ref number", "I'm pulling the call logs"
    // ("we confirm that …" tells; it gathers nothing)
    if (w.pos === 'VERB' && GATHERING.has(w.lemma) && ws[k + 1]?.text !== 'that' && affirmed(ws, k) && !ws.slice(Math.max(0, k - 3), k).some((x) => HOLDING.has(x.lemma) || x.lemma === 'avoid' || x.lemma === 'stop') && (teamVerb(ws, k) || w.text.endsWith('ing')) && ws.slice(k + 1, k + 9).some((x) => FACTS.has(x.lemma) || FACTS.has(x.text.replace(/s$/, '')))) return true;
    if (w.pos !== 'VERB' || !PREPARING.has(w.lemma) || !affirmed(ws, k)) return false;
    const object = ws.slice(k + 1, k + 8);
    const stop = object.findIndex((x) => x.pos === 'PUNCT' && x.text !== "'" && x.text !== '&');
    const reach = stop < 0 ? object : object.slice(0, stop);
    if (!reach.some((x) => (ARTEFACTS.has(x.lemma) || ARTEFACTS.has(x.text)) && x.pos !== 'VERB')) return false;
    // Generic verbs need the thing made ready: "get the Q&A ready", "put together a pack", "pull together the facts".
    if ((w.lemma === 'get' || w.lemma === 'put' || w.lemma === 'pull' || w.lemma === 'line' || w.lemma === 'set' || w.lemma === 'draw') && !reach.some((x) => x.text === 'ready' || x.text === 'together' || x.text === 'up')) return false;
    return teamVerb(ws, k) || w.text.endsWith('ing');
  });
}

/** Hold, wait, sit on it … until; or the team says, confirms, publishes nothing for now. */
function silenceFrame(s: Sentence): boolean {
  const ws = s.words;
  // "Do we hold the post?" asks; "Can we hold off until …?" argues for it.
  if (s.isQuestion && !(ws[0] !== undefined && ['can', 'could', 'shall', 'should', 'why'].includes(ws[0].text) && TEAM.has(ws[1]?.text ?? ''))) return false;
  if (othersAsk(s)) return false;
  return ws.some((w, k) => {
    if (w.pos !== 'VERB' && w.text !== 'no' && w.text !== 'nothing') return false;
    const after = ws.slice(k + 1, k + 12);
    const forNow = after.some((x) => UNTIL.has(x.text) || x.text === 'yet' || (x.text === 'now' && ws[x.i - (ws[0]?.i ?? 0) - 1]?.text === 'for') || x.text === 'externally' || x.text === 'publicly' || x.text === 'outside');
    // "hold until the lab confirms", "we wait for the police", "sit on it till Monday", "hold off"
    if (HOLDING.has(w.lemma) && w.lemma !== 'keep' && w.lemma !== 'stay' && affirmed(ws, k) && teamVerb(ws, k) && (forNow || ['off', 'back', 'fire', 'tight'].includes(ws[k + 1]?.text ?? ''))) return true;
    // "keep this quiet", "stay quiet", "keep it internal", "keep our heads down", "stay off social"
    if ((w.lemma === 'keep' || w.lemma === 'stay' || w.lemma === 'lie') && after.slice(0, 3).some((x) => QUIET.has(x.text)) && teamVerb(ws, k)) return true;
    // "nothing goes to patients until the regulator has signed off"
    if (w.text === 'nothing' && forNow && ws.slice(k + 1, k + 3).some((x) => x.lemma === 'go' || x.lemma === 'leave' || x.text === 'out')) return true;
    // "no statement until the regulator has been told", "no comms before 10"
    if (w.text === 'no' && OUTPUTS.has(ws[k + 1]?.lemma ?? '') && forNow) return true;
    // "don't confirm the name until", "we say nothing outside", "do not mention it in the release"
    if (PUBLISHING.has(w.lemma)) {
      const said = after.slice(0, 1).some((x) => x.text === 'nothing') || (!affirmed(ws, k) && (forNow || after.some((x) => x.lemma === 'release' || x.lemma === 'statement' || x.lemma === 'media' || x.lemma === 'press' || x.text === 'anyone')));
      if (said && (teamVerb(ws, k) || ws.slice(Math.max(0, k - 3), k).some((x) => x.text === 'do' || x.text === 'don\'t' || TEAM.has(x.text)))) return true;
    }
    return false;
  });
}
