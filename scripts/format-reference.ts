/**
 * Generates docs/scenario-keys.md — every key of the scenario format with its type, default and
 * meaning — from the zod schema itself: `npm run docs:keys`. A test fails when the committed page
 * differs, so the reference cannot fall behind the format.
 */
import { writeFileSync } from 'node:fs';
import type { z } from 'zod';
import * as P from '../src/format/playbook.ts';
import * as S from '../src/format/schema.ts';

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  values?: unknown[];
  entries?: Record<string, string>;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  checks?: unknown[];
};

function def(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

function description(s: z.ZodType): string {
  const meta = (s as unknown as { meta?: () => { description?: string } | undefined }).meta?.();
  return meta?.description ?? '';
}

/** Sub-schemas documented in their own section, in this order. */
const SECTIONS: readonly [string, z.ZodType][] = [
  ['Scenario', S.ScenarioFile],
  ['Organisation', S.Organisation],
  ['Clock', S.Clock],
  ['ClockJump', S.ClockJump],
  ['Crisis', S.Crisis],
  ['Roles', S.Roles],
  ['Seat', S.Seat],
  ['Persona', S.Persona],
  ['Stakeholder', S.Stakeholder],
  ['AudienceExpects', S.AudienceExpects],
  ['Fact', S.Fact],
  ['KeyMessage', S.KeyMessage],
  ['Rumour', S.Rumour],
  ['RumourSpread', S.RumourSpread],
  ['Inject', S.Inject],
  ['RegulatorDeadline', S.RegulatorDeadline],
  ['Attachment', S.Attachment],
  ['Expects', S.Expects],
  ['Option', S.Option],
  ['Asserts', S.Asserts],
  ['FreeTextAnswer', S.FreeTextAnswer],
  ['ReplyBranch', S.ReplyBranch],
  ['FacilitatorNotes', S.FacilitatorNotes],
  ['PressConference', S.PressConference],
  ['Question', S.Question],
  ['FollowUp', S.FollowUp],
  ['Ending', S.Ending],
  ['Playbook', P.Playbook],
  ['Risk', P.Risk],
  ['PlaybookStakeholder', P.PlaybookStakeholder],
  ['Team', P.Team],
  ['EscalationStep', P.EscalationStep],
  ['ChannelPlan', P.ChannelPlan],
  ['Contact', P.Contact],
  ['PlaybookKeyMessage', P.PlaybookKeyMessage],
  ['ContradictedBy', P.ContradictedBy],
  ['HoldingStatement', P.HoldingStatement],
];

const NAMED_SCALARS: readonly [z.ZodType, string][] = [
  [S.Id, 'id'],
  [S.Duration, 'duration'],
  [S.LocalText, 'text'],
  [S.Condition, 'condition'],
  [S.LanguageCode, 'language code'],
  [S.FactValue, 'fact value'],
  [S.Effect, '[effect](#effects)'],
];

function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean; fallback: unknown } {
  let cur = s;
  let optional = false;
  let fallback: unknown = undefined;
  for (;;) {
    const d = def(cur);
    if (d.type === 'optional' && d.innerType) {
      optional = true;
      cur = d.innerType;
    } else if (d.type === 'default' && d.innerType) {
      optional = true;
      fallback = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      cur = d.innerType;
    } else return { schema: cur, optional, fallback };
  }
}

/** `.meta()` clones a schema; a clone shares its checks (and union options) with the original. */
function sameSchema(a: z.ZodType, b: z.ZodType): boolean {
  if (a === b) return true;
  const da = def(a);
  const db = def(b);
  if (da.type !== db.type) return false;
  const ca = da.checks?.[0];
  if (ca !== undefined && ca === db.checks?.[0]) return true;
  return da.options !== undefined && da.options === db.options;
}

function typeName(s: z.ZodType): string {
  const { schema } = unwrap(s);
  const named = NAMED_SCALARS.find(([n]) => sameSchema(n, schema));
  if (named) return named[1];
  const section = SECTIONS.find(([, sec]) => sameSchema(sec, schema));
  if (section) return `[${section[0]}](#${section[0].toLowerCase()})`;
  const d = def(schema);
  switch (d.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true/false';
    case 'literal':
      return (d.values ?? []).map((v) => `\`${String(v)}\``).join(' or ');
    case 'enum':
      return `one of ${Object.values(d.entries ?? {}).map((v) => `\`${v}\``).join(', ')}`;
    case 'array':
      return `list of ${d.element ? typeName(d.element) : '?'}`;
    case 'record':
      return `map of ${d.keyType ? typeName(d.keyType) : 'key'} → ${d.valueType ? typeName(d.valueType) : 'value'}`;
    case 'union':
      return (d.options ?? []).map(typeName).join(' or ');
    case 'object':
      return 'map';
    default:
      return d.type;
  }
}

function renderDefault(v: unknown): string {
  if (v === undefined) return '';
  if (Array.isArray(v) && v.length === 0) return '`[]`';
  if (v !== null && typeof v === 'object' && Object.keys(v).length === 0) return '`{}`';
  const text = JSON.stringify(v);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

export function renderKeyReference(): string {
  const out: string[] = [
    '# Scenario format: key reference',
    '',
    '<!-- Generated by `npm run docs:keys` from src/format/schema.ts. Do not edit by hand. -->',
    '',
    `Every key of scenario files (formatVersion ${S.FORMAT_VERSION}), generated from the schema the engine validates with.`,
    'How the keys work together, with examples: [scenario-format.md](scenario-format.md).',
    '',
    'Types: **id** is lower-case letters, digits, `-` and `_`; **duration** is `90s`, `12m`, `1h30m`, `2d`;',
    '**text** is a string or a map from language code to string (`{ en: "…", fr: "…" }`); **condition**',
    'is an expression in the [condition language](scenario-format.md#conditions).',
    '',
  ];
  for (const [name, schema] of SECTIONS) {
    const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
    out.push(`## ${name}`, '', '| key | type | required | default | meaning |', '|---|---|---|---|---|');
    for (const [key, prop] of Object.entries(shape)) {
      const { optional, fallback } = unwrap(prop);
      const meaning = description(prop) || description(unwrap(prop).schema);
      out.push(`| \`${key}\` | ${typeName(prop)} | ${optional ? '' : 'yes'} | ${renderDefault(fallback)} | ${meaning.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  out.push('## Effects', '', 'Each item of an effects list is a map with exactly one of these keys (plus its arguments):', '', '| effect | arguments | meaning |', '|---|---|---|');
  const effects: readonly [string, z.ZodType][] = [
    ['trust', S.TrustEffect],
    ['fire', S.FireEffect],
    ['cancel', S.CancelEffect],
    ['set', S.SetEffect],
    ['add', S.AddEffect],
    ['seedRumour', S.SeedRumourEffect],
    ['counterRumour', S.CounterRumourEffect],
    ['boostRumour', S.BoostRumourEffect],
    ['reveal', S.RevealEffect],
    ['end', S.EndEffect],
    ['note', S.NoteEffect],
  ];
  for (const [verb, schema] of effects) {
    const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
    const args = Object.entries(shape)
      .map(([k, v]) => `\`${k}\`: ${typeName(v)}${unwrap(v).optional ? ' (optional)' : ''}`)
      .join('; ');
    const main = shape[verb];
    out.push(`| \`${verb}\` | ${args} | ${main ? description(main) || description(unwrap(main).schema) : ''} |`);
  }
  out.push('');
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  writeFileSync('docs/scenario-keys.md', renderKeyReference());
  process.stdout.write('wrote docs/scenario-keys.md\n');
}
