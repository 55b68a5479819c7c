/** The `report --format xapi` flags: who the learner is and how activities are named (docs/xapi.md). */
import { DEFAULT_ACTIVITY_BASE, type XapiActor, type XapiOptions } from '../../report/xapi.ts';
import { UUID_PATTERN } from '../../report/uuid.ts';
import type { ParsedArgs } from '../args.ts';
import { UsageError } from '../args.ts';

export const XAPI_FLAGS = {
  'actor-email': 'string',
  'actor-name': 'string',
  'actor-account': 'string',
  'actor-home': 'string',
  'activity-base': 'string',
  registration: 'string',
  start: 'string',
} as const;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const IRL = /^https?:\/\/[^\s/]+(\/[^\s]*)?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function xapiOptions(args: ParsedArgs): XapiOptions {
  const base = args.strings.get('activity-base') ?? DEFAULT_ACTIVITY_BASE;
  if (!IRL.test(base)) throw new UsageError(`--activity-base needs an http(s) address, not "${base}"`);
  const name = args.strings.get('actor-name');
  const email = args.strings.get('actor-email')?.replace(/^mailto:/i, '');
  const account = args.strings.get('actor-account');
  if (email !== undefined && account !== undefined) throw new UsageError('give --actor-email or --actor-account, not both: an xAPI actor has one identifier');
  let actor: XapiActor;
  if (email !== undefined) {
    if (!EMAIL.test(email)) throw new UsageError(`--actor-email needs an email address, not "${email}"`);
    actor = { objectType: 'Agent', ...(name === undefined ? {} : { name }), mbox: `mailto:${email}` };
  } else {
    const home = args.strings.get('actor-home') ?? new URL(base).origin;
    if (!IRL.test(home)) throw new UsageError(`--actor-home needs an http(s) address, not "${home}"`);
    actor = { objectType: 'Agent', ...(name === undefined ? {} : { name }), account: { homePage: home, name: account ?? 'trainee' } };
  }
  const registration = args.strings.get('registration');
  if (registration !== undefined && !UUID_PATTERN.test(registration)) throw new UsageError(`--registration needs a UUID, not "${registration}"`);
  const start = args.strings.get('start');
  if (start !== undefined && (!ISO_WITH_ZONE.test(start) || !Number.isFinite(Date.parse(start)))) {
    throw new UsageError(`--start needs a date-time with its time zone, like 2026-03-10T09:00:00-04:00, not "${start}"`);
  }
  return { actor, activityBase: base, ...(registration === undefined ? {} : { registration: registration.toLowerCase() }), ...(start === undefined ? {} : { start }) };
}
