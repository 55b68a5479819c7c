/**
 * Single-key shortcuts for a screen. A plain key press (no Ctrl, Meta or Alt) outside a text field
 * goes to `handle` in lower case; Escape leaves the text field it was pressed in, so the shortcuts
 * work again. `handle` says whether it used the key (then the browser's default is prevented). The
 * listener goes with the scene.
 */
import type { Lifetime } from '../lifetime.ts';

export function bindShortcuts(life: Lifetime, handle: (key: string) => boolean): void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT');
    if (e.key === 'Escape') {
      if (typing) target.blur();
      return;
    }
    if (typing) return;
    if (handle(e.key.toLowerCase())) e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  life.add(() => document.removeEventListener('keydown', onKey));
}
