/**
 * The DOM layer over the canvas: every word on screen, every control and everything a screen reader
 * needs lives here, as real elements. The canvas underneath draws the room (light, charts, network),
 * never text.
 */
import { h, replace } from './h.ts';
import type { Lifetime } from '../lifetime.ts';

export class Overlay {
  readonly root: HTMLElement;
  private readonly polite: HTMLElement;
  private readonly assertive: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    this.polite = h('div', { class: 'sr-only', attrs: { 'aria-live': 'polite', 'data-testid': 'live-polite' } });
    this.assertive = h('div', { class: 'sr-only', attrs: { 'aria-live': 'assertive', role: 'alert', 'data-testid': 'live-assertive' } });
    document.body.append(this.polite, this.assertive);
  }

  /** Shows a scene's screen for the scene's lifetime and moves focus to its heading. */
  mount(life: Lifetime, screen: HTMLElement): HTMLElement {
    replace(this.root, screen);
    life.add(() => screen.remove());
    queueMicrotask(() => {
      const target = screen.querySelector<HTMLElement>('[data-autofocus]') ?? screen.querySelector<HTMLElement>('h1, h2');
      if (target) {
        if (!target.hasAttribute('tabindex') && !(target instanceof HTMLButtonElement) && !(target instanceof HTMLInputElement)) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
      }
    });
    return screen;
  }

  /** Says something to screen-reader users (and nothing visible). */
  announce(text: string, urgent = false): void {
    const region = urgent ? this.assertive : this.polite;
    // Clearing first makes the same sentence twice in a row be read twice.
    region.textContent = '';
    window.setTimeout(() => (region.textContent = text), 30);
  }
}
