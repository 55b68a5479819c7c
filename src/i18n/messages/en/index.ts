import type { Catalogue } from '../../catalogue.ts';
import type { DurationWords } from '../../format.ts';
import type { AllMessages } from '../keys.ts';
import { anchors } from './anchors.ts';
import { cli } from './cli.ts';
import { cues } from './cues.ts';
import { engine } from './engine.ts';
import { graph } from './graph.ts';
import { lint, lintWords } from './lint.ts';
import { msel } from './msel.ts';
import { playbook } from './playbook.ts';
import { press } from './press.ts';
import { report } from './report.ts';
import { team } from './team.ts';
import { ui } from './ui.ts';
import { xapi } from './xapi.ts';

export const durationWords: DurationWords = {
  hoursMinutes: (h, m) => `${h} h ${m} min`,
  minutes: (m) => `${m} min`,
  seconds: (s) => `${s} s`,
};

export const en: Catalogue<AllMessages> = { ...ui, ...engine, ...cues, ...anchors, ...report, ...team, ...msel, ...graph, ...xapi, ...playbook, ...press, ...cli, ...lint, ...lintWords };
