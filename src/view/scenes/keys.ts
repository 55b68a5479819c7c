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
} as const;
export type SceneKey = (typeof SCENES)[keyof typeof SCENES];
