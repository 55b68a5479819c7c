/**
 * The scenario format's public entry: load, lint and compile scenario files and plans, the closed
 * vocabularies, durations and the diagnostics catalogue. Code outside src/format imports only this
 * file (ESLint forbids deep imports), so the format's internals can move without breaking hosts.
 */
export { isoOffsetMinutes, jumpAt, wallClockAt, type WallClockJump, type WallTime } from './clock.ts';
export { compileScenario, CompileError } from './compile.ts';
export type {
  CompiledClockJump,
  CompiledConference,
  CompiledEffect,
  CompiledEnding,
  CompiledFact,
  CompiledFreeText,
  CompiledInject,
  CompiledOption,
  CompiledQuestion,
  CompiledRumour,
  CompiledScenario,
  CompiledStakeholder,
  FollowUpTrigger,
  InjectTrigger,
  RumourParams,
} from './compiled.ts';
export { AFTER_EVENTS, operandsOf, parseAfter, parseCondition, type AfterEvent, type ConditionTree } from './conditions.ts';
export { conditionProblems } from './condition-check.ts';
export { BASE_SCENARIO, CATALOGUE, EXAMPLE_PLAYBOOK, exampleOptions, exampleText, type CatalogueEntry, type DiagnosticExample } from './diagnostics/catalogue.ts';
export { byPosition, messageOf, type Diagnostic } from './diagnostics/diagnostic.ts';
export { lint, type Found, type IdKind, type KeyRule, type LintKey, type LintMessage, type LintMessages, type Place, type Rule, type ValueType } from './diagnostics/messages.ts';
export { fireTimeOf, type FireTime } from './fire-times.ts';
export { DURATION_PATTERN, formatDuration, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, parseDuration } from './duration.ts';
export {
  MAX_CONDITION_CHARS,
  MAX_CONDITION_DEPTH,
  MAX_DURATION_MS,
  MAX_DURATION_TEXT,
  MAX_ITEMS,
  MAX_NUMBER,
  MAX_PLAN_STEPS,
  MAX_POPULATION,
  MAX_STAKEHOLDER_WEIGHT,
  MIN_SCENARIO_LENGTH_MS,
  RUMOUR_RANGE,
} from './limits.ts';
export { loadPlan, type PlanLoad } from './load-plan.ts';
export { loadScenario, type LoadOptions, type PlaybookResolver, type ScenarioLoad } from './load-scenario.ts';
export { loadPlaybook, type PlaybookLoad } from './load-playbook.ts';
export { inlinePlaybook, type InlineResult } from './inline-playbook.ts';
export { Playbook, PLAYBOOK_FORMAT_VERSION, type PlaybookDoc } from './playbook.ts';
export { textIn } from './local-text.ts';
export { Plan, PlanStep } from './plan.ts';
export type { InjectFlag, RefSpec, RExpr, ROperand } from './refs.ts';
export {
  FORMAT_VERSION,
  Id,
  RumourSpread,
  Scenario,
  ScenarioFile,
  type InjectDoc,
  type LocalTextDoc,
  type PersonaDoc,
  type PressConferenceDoc,
  type ScenarioDoc,
} from './schema.ts';
export { closest } from './suggest.ts';
export { allInjectIds } from './symbols.ts';
export {
  ATTACHMENT_KINDS,
  CHANNEL_INFO,
  CHANNELS,
  CLUSTERS,
  DIMENSIONS,
  EMPATHY_ELEMENTS,
  RESPONSIBILITY_STYLES,
  FACT_KINDS,
  FOLLOW_UP_TRIGGERS,
  INTERNAL_ACTS,
  INTERNAL_WORK_CHANNELS,
  PENALTIES,
  PERSONA_KINDS,
  PICKING,
  QUESTION_KINDS,
  POSTURES,
  SEVERITIES,
  SEVERITY_WEIGHT,
  STAKEHOLDER_KINDS,
  type Channel,
  type ChannelInfo,
  type Cluster,
  type Dimension,
  type EmpathyElement,
  type ResponsibilityStyle,
  type FactKind,
  type InternalAct,
  type Penalty,
  type Posture,
  type QuestionKind,
  type Severity,
  type StakeholderKind,
} from './vocabulary.ts';
