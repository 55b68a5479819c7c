/** Scene keys: one place, so a typo is a type error rather than a blank screen. */
export const SCENES = {
  boot: 'boot',
  preloader: 'preloader',
  title: 'title',
  library: 'library',
  settings: 'settings',
  briefing: 'briefing',
  room: 'room',
  debrief: 'debrief',
  progress: 'progress',
  join: 'join',
  facilitate: 'facilitate',
  pressBriefing: 'press-briefing',
  press: 'press',
  pressDebrief: 'press-debrief',
} as const;
export type SceneKey = (typeof SCENES)[keyof typeof SCENES];
