/**
 * A scene's lifetime: everything a scene sets up in `create()` (store subscriptions, DOM panels,
 * timers, listeners) is registered here and released when the scene shuts down. Phaser's docs: a
 * shut-down scene is not destroyed and may start again, so SHUTDOWN (not DESTROY) is where to let go.
 */
import * as Phaser from 'phaser';
import type { Mutate, StoreApi } from 'zustand/vanilla';

export interface Lifetime {
  add(release: () => void): void;
}

export function sceneLifetime(scene: Phaser.Scene): Lifetime {
  const releases: (() => void)[] = [];
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    for (const release of releases.splice(0).reverse()) release();
  });
  return { add: (release) => void releases.push(release) };
}

/** Subscribes to a slice of a subscribeWithSelector store for the scene's lifetime, firing at once. */
export function bind<T, U>(
  life: Lifetime,
  store: Mutate<StoreApi<T>, [['zustand/subscribeWithSelector', never]]>,
  selector: (state: T) => U,
  listener: (value: U, previous: U) => void,
  equalityFn?: (a: U, b: U) => boolean,
): void {
  life.add(store.subscribe(selector, listener, { fireImmediately: true, ...(equalityFn ? { equalityFn } : {}) }));
}
