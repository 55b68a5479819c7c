/**
 * The app's Zustand vanilla store: settings now, the session's view model once a drill runs.
 * Scenes read slices with `subscribe(selector, listener)` (subscribeWithSelector) and unsubscribe
 * when they shut down; nothing here imports Phaser, so it is tested in Node.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { ScenarioIndex } from './library.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

export interface AppState {
  readonly settings: Settings;
  /** Whether the browser allowed sound yet (it waits for a first click or key). */
  readonly audioUnlocked: boolean;
  /** The scenario library's index (null until loaded). */
  readonly library: ScenarioIndex | null;
}

export interface AppActions {
  readonly updateSettings: (patch: Partial<Settings>) => void;
  readonly setAudioUnlocked: (unlocked: boolean) => void;
  readonly setLibrary: (library: ScenarioIndex) => void;
}

export type AppStore = Mutate<StoreApi<AppState & AppActions>, [['zustand/subscribeWithSelector', never]]>;

export function createAppStore(settings: Settings = DEFAULT_SETTINGS): AppStore {
  return createStore<AppState & AppActions>()(
    subscribeWithSelector((set) => ({
      settings,
      audioUnlocked: false,
      library: null,
      updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
      setAudioUnlocked: (audioUnlocked) => set({ audioUnlocked }),
      setLibrary: (library) => set({ library }),
    })),
  );
}
