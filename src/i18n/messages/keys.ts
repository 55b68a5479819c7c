/**
 * Every message key the product can show, by namespace. Layers add their own namespace here (the
 * engine's cue, refusal and event codes; the report's headings; the UI's labels) and each locale in
 * `messages/<locale>/` implements it.
 */
import type { CliMessages } from './cli-keys.ts';
import type { EngineMessages } from './engine-keys.ts';
import type { GraphMessages } from './graph-keys.ts';
import type { LintMessages, LintWords } from './lint-keys.ts';
import type { MselMessages } from './interop-keys.ts';
import type { PlaybookMessages } from './playbook-keys.ts';
import type { PressMessages } from './press-keys.ts';
import type { ReportMessages } from './report-keys.ts';
import type { TeamMessages } from './team-keys.ts';
import type { UiMessages } from './ui-keys.ts';
import type { XapiMessages } from './xapi-keys.ts';

export type AllMessages = UiMessages & EngineMessages & ReportMessages & TeamMessages & MselMessages & GraphMessages & XapiMessages & PlaybookMessages & PressMessages & CliMessages & LintMessages & LintWords;
export type MessageKey = keyof AllMessages;
