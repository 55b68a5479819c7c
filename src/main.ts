/**
 * The composition root: reads settings, picks the language and direction, builds the store, the
 * overlay and (once the preloader has the sprite map) the sound, then mounts the game. Nothing else
 * in the app creates long-lived objects.
 */
import './view/styles.css';
import { HowlerAudio } from './audio/howler-audio.ts';
import type { AudioPort } from './audio/port.ts';
import { createTranslator, isLocale, type Translator } from './i18n/index.ts';
import { createAppStore } from './state/app-store.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from './state/settings.ts';
import { createGame } from './view/create-game.ts';
import type { ViewDeps } from './view/deps.ts';
import { Overlay } from './view/dom/overlay.ts';
import { SCENES } from './view/scenes/keys.ts';

function readStoredSettings(): Settings {
  const systemReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Automated runs (`?test`) start with questions not read aloud: a test must not depend on a voice.
  const testing = new URLSearchParams(location.search).has('test');
  const defaults: Settings = { ...DEFAULT_SETTINGS, reducedMotion: systemReduced, speakQuestions: !testing };
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null');
  } catch {
    stored = null;
  }
  const settings = parseSettings(stored, defaults);
  // `?locale=ar-XB` switches to the right-to-left pseudo-locale for layout tests; it is never offered in settings.
  const requested = new URLSearchParams(location.search).get('locale');
  return requested && isLocale(requested) ? { ...settings, locale: requested } : settings;
}

const store = createAppStore(readStoredSettings());
const translators = new Map<string, Translator>();
const i18n = (): Translator => {
  const locale = store.getState().settings.locale;
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
};

let audio: AudioPort | null = null;

function applyDocumentSettings(settings: Settings): void {
  const tr = i18n();
  document.documentElement.lang = tr.locale;
  document.documentElement.dir = tr.dir;
  document.documentElement.dataset['motion'] = settings.reducedMotion ? 'reduced' : 'full';
  document.title = tr.t('ui.app.title');
  const skip = document.getElementById('skip-link');
  if (skip) skip.textContent = tr.t('ui.app.skipToContent');
  audio?.setVolume(settings.volume);
  audio?.setMuted(settings.muted);
}

store.subscribe((s) => s.settings, (settings) => {
  applyDocumentSettings(settings);
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Private browsing may refuse storage; the settings still apply for this visit.
  }
}, { fireImmediately: true });

const stage = document.getElementById('game');
const uiRoot = document.getElementById('ui');
if (!stage || !uiRoot) throw new Error('index.html is missing #game or #ui');

const deps: ViewDeps = {
  store,
  overlay: new Overlay(uiRoot),
  i18n,
  audio: () => audio,
  audioReady: (map) => {
    if (audio) return;
    try {
      audio = new HowlerAudio({ src: map.src, sprite: map.sprite as Record<string, [number, number, boolean?]> }, new URL('audio/', document.baseURI).href, () => store.getState().setAudioUnlocked(true));
      applyDocumentSettings(store.getState().settings);
    } catch (error) {
      console.info(`sound is off: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
  reducedMotion: () => store.getState().settings.reducedMotion,
  debug: { room: null },
  // Team screens need the session server, which serves this page (`npm start` runs both); they load when opened.
  lazyScenes: {
    [SCENES.join]: async (d) => new (await import('./view/team/join-scene.ts')).JoinScene(d),
    [SCENES.facilitate]: async (d) => new (await import('./view/team/facilitate-scene.ts')).FacilitateScene(d),
  },
  ...(Number(new URLSearchParams(location.search).get('nodes')) > 0 ? { rumourNodes: Math.min(20_000, Number(new URLSearchParams(location.search).get('nodes'))) } : {}),
  pressDebug: { press: null },
};

const game = createGame(stage, deps);

if (import.meta.env.DEV || new URLSearchParams(location.search).has('test')) {
  // The browser tests read the store and the sound log through this handle, never Phaser internals.
  Object.assign(window, { __crisis: { store, audio: () => audio, game, room: () => deps.debug?.room ?? null, press: () => deps.pressDebug?.press ?? null } });
}
