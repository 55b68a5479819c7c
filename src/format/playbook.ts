/**
 * The organisation's crisis-communication playbook (scenarios/playbooks/<id>.yaml): what a real plan
 * holds, as data a scenario can take instead of repeating it. Its stakeholder map, team and
 * approval protocol and pre-approved key messages are what the scenario format already knows
 * (stakeholders, roles, keyMessages), so a scenario that names the playbook gets exactly them; the
 * rest (risk register, escalation, channels, contacts, holding statements) is for the people who
 * keep the plan, and for the debrief that proposes edits to it after a drill.
 */
import { z } from 'zod';
import { Channel, Duration, Id, KeyMessage, LocalText, Posture, Penalty, Roles, Stakeholder } from './schema.ts';

export const PLAYBOOK_FORMAT_VERSION = 1;

const Review = z
  .array(z.string().min(1))
  .optional()
  .meta({ description: 'Notes from drills and debriefs (crisis report --format playbook proposes them), for the next review of the plan.' });

export const LIKELIHOODS = ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'] as const;

export const Risk = z.strictObject({
  id: Id,
  title: LocalText.meta({ description: 'The risk, in a line.' }),
  likelihood: z.enum(LIKELIHOODS).meta({ description: 'rare, unlikely, possible, likely or almost-certain.' }),
  impact: z.enum(['low', 'medium', 'high', 'critical']).meta({ description: 'low, medium, high or critical.' }),
  owner: Id.optional().meta({ description: 'The seat that owns the risk.' }),
  response: LocalText.optional().meta({ description: 'What the plan says to do when it happens.' }),
  holdingStatements: z.array(Id).default([]).meta({ description: 'Holding statements ready for it.' }),
  review: Review,
});

export const PlaybookStakeholder = Stakeholder.extend({
  owner: Id.optional().meta({ description: 'The seat that speaks to this audience.' }),
  priority: z.enum(['low', 'medium', 'high']).optional().meta({ description: 'How early it must hear from the organisation.' }),
  review: Review,
});

export const ContradictedBy = z
  .strictObject({
    postures: z.array(Posture).default([]).meta({ description: 'A statement with one of these postures contradicts the message (deny, diminish, no-comment, …).' }),
    penalties: z.array(Penalty).default([]).meta({ description: 'A statement with one of these faults contradicts it (minimising, victim-blaming, …).' }),
    audiences: z.array(Id).default([]).meta({ description: 'Only statements addressed to these stakeholders alone count (default: any statement).' }),
  })
  .meta({ description: 'What, said in a drill, goes against this message: the debrief reports it and proposes a review.' });

export const PlaybookKeyMessage = KeyMessage.extend({
  owner: Id.optional().meta({ description: 'The seat that signed it off.' }),
  contradictedBy: ContradictedBy.optional(),
  doNotSay: z.array(z.string().min(1)).optional().meta({ description: 'Lines seen in drills that go against this message.' }),
  review: Review,
});

export const Team = Roles.extend({
  review: Review,
}).meta({ description: 'The crisis team: seats, the solo seat, and the approval protocol (who signs off which channel, and how long it takes).' });

export const EscalationStep = z.strictObject({
  level: z.number().int().min(1).meta({ description: '1 is the first step.' }),
  when: LocalText.meta({ description: 'What triggers this step.' }),
  notify: z.array(Id).min(1).meta({ description: 'Seats to bring in.' }),
  within: Duration.optional().meta({ description: 'How soon.' }),
});

export const ChannelPlan = z.strictObject({
  channel: Channel.meta({ description: 'The channel.' }),
  owner: Id.optional().meta({ description: 'The seat that publishes on it.' }),
  note: LocalText.optional().meta({ description: 'How the organisation uses it (account names, hours, templates).' }),
});

export const Contact = z.strictObject({
  id: Id,
  name: z.string().min(1).meta({ description: 'Their name.' }),
  role: z.string().min(1).meta({ description: 'Their role in a crisis.' }),
  seat: Id.optional().meta({ description: 'The seat they fill.' }),
  phone: z.string().optional().meta({ description: 'Phone number.' }),
  email: z.string().optional().meta({ description: 'Email address.' }),
});

export const HoldingStatement = z.strictObject({
  id: Id,
  title: LocalText.meta({ description: 'When to use it.' }),
  channel: Channel.meta({ description: 'Where it goes out.' }),
  text: LocalText.meta({ description: 'The pre-approved words, with [brackets] for what is filled in on the day.' }),
  keyMessages: z.array(Id).default([]).meta({ description: 'Key messages it carries.' }),
});

export const Playbook = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Path to the JSON Schema, for editors.' }),
  formatVersion: z.literal(PLAYBOOK_FORMAT_VERSION).meta({ description: 'The playbook format version this file is written in.' }),
  id: Id.meta({ description: 'The playbook id; scenarios name it with `playbook:` and it is the file name.' }),
  organisation: z
    .strictObject({
      name: z.string().min(1).meta({ description: 'The organisation.' }),
      sector: z.string().min(1).meta({ description: 'Its sector.' }),
      country: z.string().optional().meta({ description: 'Where it is based.' }),
    })
    .meta({ description: 'Whose plan it is.' }),
  updated: z.iso.date().optional().meta({ description: 'When the plan was last reviewed (YYYY-MM-DD).' }),
  risks: z.array(Risk).default([]).meta({ description: 'The risk register.' }),
  stakeholders: z.array(PlaybookStakeholder).min(1).meta({ description: 'The stakeholder map (scenario stakeholders, plus owner and priority).' }),
  team: Team,
  escalation: z.array(EscalationStep).default([]).meta({ description: 'The escalation ladder.' }),
  channels: z.array(ChannelPlan).default([]).meta({ description: 'The channels the organisation speaks on.' }),
  contacts: z.array(Contact).default([]).meta({ description: 'Who to call.' }),
  keyMessages: z.array(PlaybookKeyMessage).default([]).meta({ description: 'Pre-approved key messages.' }),
  holdingStatements: z.array(HoldingStatement).default([]).meta({ description: 'Pre-approved holding statements.' }),
});
export type PlaybookDoc = z.infer<typeof Playbook>;
