/**
 * The English statement analyser: free text in, an Annotation out (the engine's type), the
 * same shape authored options carry, so both go through the same scoring.
 *
 * `createAnalyser(ctx)` compiles everything that depends on the scenario once (fact cues, key
 * messages, victim and avoid terms, the scenario clock); `annotate(text, { now })` then reads one
 * statement. Deterministic and offline: no clock, no randomness, no network, no Node or DOM APIs.
 * The module is self-contained, so a browser build can load it with `import()` when free text is
 * first needed.
 *
 * English only: for a scenario in another language the detectors will mostly find nothing.
 */
import { emptyAnnotation, type AnalysisContext, type Annotation, type StatementAnnotator } from '../../engine/index.ts';
import { INTERNAL_WORK_CHANNELS, type Channel } from '../../format/index.ts';
import { compileFacts, extractClaims } from './claims.ts';
import { detectCommitment } from './commitment.ts';
import { detectContact } from './contact.ts';
import { quote, readDocument } from './document.ts';
import { detectEmpathy } from './empathy.ts';
import { detectInternalActs } from './internal.ts';
import { judgeCues } from './learned/judge.ts';
import { compileModel, LearnedModel, type CompiledModel } from './learned/model.ts';
import modelData from './learned/model-en.json';
import { hedgesIn } from './hedges.ts';
import { detectInstructions } from './instructions.ts';
import { compileKeyMessages, matchKeyMessages } from './key-messages.ts';
import { detectNextUpdate } from './next-update.ts';
import { phrasesRegex } from './patterns.ts';
import { detectPenalties } from './penalties.ts';
import { detectPosture } from './posture.ts';
import { readability } from './readability.ts';
import { scenarioClock } from './times.ts';
import { detectUnknowns } from './unknowns.ts';
import { withoutStepsInThreats } from './steps-in-threats.ts';
import { scanWords } from './tokens.ts';
import { readUpdates } from './updates.ts';

/** Changes when the analyser reads text differently; recorded with every statement it read. */
export const ANALYSER_VERSION = 'en-13';

/**
 * Words that name the people a statement is addressed to or about, in any scenario. The
 * scenario's own victim terms are added to these.
 */
export const GENERIC_VICTIM_TERMS: readonly string[] = [
  'you', 'your', 'everyone affected', 'anyone affected', 'those affected', 'people affected', 'everyone who',
  'anyone who', 'those who', 'people who', 'families', 'family', 'victims', 'customers', 'patients', 'parents',
  'children', 'colleagues', 'passengers', 'residents', 'consumers',
];

/** Lists in the annotation are capped so a hostile paste cannot produce a huge object. */
const MAX_LIST = 50;

export interface AnalyserOptions {
  /** The learned judge's models; `null` reads with the frames alone (how the judge's training data is read). Default: the bundled model. */
  readonly judge?: CompiledModel | null;
}

let bundledJudge: CompiledModel | null = null;
/** The bundled model, parsed and compiled once, on first use. */
export function bundledModel(): CompiledModel {
  bundledJudge ??= compileModel(LearnedModel.parse(modelData));
  return bundledJudge;
}

export function createAnalyser(ctx: AnalysisContext, options: AnalyserOptions = {}): StatementAnnotator {
  const judge = options.judge === undefined ? bundledModel() : options.judge;
  const facts = compileFacts(ctx.facts);
  const messages = compileKeyMessages(ctx.keyMessages);
  const victims = phrasesRegex([...ctx.victimTerms, ...GENERIC_VICTIM_TERMS], { inflect: true });
  const avoid = phrasesRegex(ctx.avoidTerms, { inflect: true });
  const clock = scenarioClock(ctx.clockStart, ctx.clockJumps ?? []);
  const organisation = organisationWords(ctx.organisation ?? []);

  return {
    version: ANALYSER_VERSION,
    annotate(text: string, at: { readonly now: number }, channel?: Channel | null): Annotation {
      const now = Number.isFinite(at.now) ? at.now : 0;
      const annotation = emptyAnnotation('analyser');
      annotation.words = countWords(text);
      if (annotation.words === 0) return annotation;

      const doc = readDocument(text);
      const updates = readUpdates(doc);
      const framedPenalties = detectPenalties(doc, avoid, organisation);
      const framed = { empathy: withoutStepsInThreats(detectEmpathy(doc, victims, organisation), framedPenalties), penalties: framedPenalties };
      // The team's own talk is not scored for elements or penalties, so the judge is not asked about it.
      const internal = channel != null && INTERNAL_WORK_CHANNELS.has(channel);
      const { empathy, penalties } = judge === null || internal ? framed : judgeCues(doc, framed.empathy, framed.penalties, ctx.cluster, judge);
      const claims = extractClaims({ doc, facts, updates, clock, now });
      const instructions = detectInstructions(doc);
      const unknowns = detectUnknowns(doc);
      const nextUpdate = detectNextUpdate(doc, clock, now);
      const contact = detectContact(doc);

      const baseEvidence = [instructions[0]?.quote, claims[0]?.quote, unknowns[0]?.quote, nextUpdate?.quote, contact?.quote];
      annotation.claims = claims.slice(0, MAX_LIST);
      annotation.keyMessages = matchKeyMessages(doc, messages);
      annotation.empathy = empathy;
      annotation.penalties = penalties;
      annotation.posture = detectPosture(doc, {
        empathy,
        penalties,
        baseQuote: baseEvidence.find((q) => q !== undefined) ?? null,
        baseWeight: baseEvidence.filter((q) => q !== undefined).length,
      });
      annotation.instructions = instructions.slice(0, MAX_LIST);
      annotation.unknowns = unknowns.slice(0, MAX_LIST);
      annotation.nextUpdate = nextUpdate;
      annotation.contact = contact;
      annotation.commitment = detectCommitment(doc);
      annotation.hedges = doc.sentences.flatMap((s) => hedgesIn(s, doc).map((h) => ({ quote: quote(doc, h.start, h.end) }))).slice(0, MAX_LIST);
      annotation.readability = readability(doc);
      // Scoring reads internal acts only on the team's own channels (isInternalWork), and their
      // frames run over every sentence: a statement known to go elsewhere is not read for them.
      annotation.internal = channel == null || INTERNAL_WORK_CHANNELS.has(channel) ? detectInternalActs(doc) : [];
      return annotation;
    },
  };
}

/** Single words that name the organisation ("Wattle" of "Little Wattle Foods"), lower case, common words left out. */
function organisationWords(names: readonly string[]): ReadonlySet<string> {
  const generic = new Set(['the', 'of', 'and', 'ltd', 'plc', 'inc', 'limited', 'group', 'company', 'foods', 'services', 'trust', 'bank', 'health', 'water', 'rail', 'school']);
  return new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2 && !generic.has(w)));
}

/** Words in the whole input, even past the part that is analysed (the tokens' rule, curly apostrophes joining too). */
function countWords(text: string): number {
  let n = 0;
  scanWords(text, true, () => n++);
  return n;
}
