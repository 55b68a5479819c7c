/**
 * Camera flashes as DOM over the press room, not canvas drawing: a flash is gone in a fifth of a
 * second, and the browser animates an element's opacity and size without repainting the room,
 * where a canvas would redraw the whole hall every frame of the burst (tens of milliseconds a frame
 * on a machine without a GPU, just as the spokesperson types the next answer).
 */
import { h } from '../dom/h.ts';
import type { RoomLayout } from './layout.ts';

/** Bursts at the photographers and among the reporters' phones; returns how many fired. */
export function fireFlashes(slot: HTMLElement, layout: RoomLayout, count: number): number {
  if (count <= 0) return 0;
  const spots = [...layout.cameras, ...layout.seats.map((s) => ({ x: s.x, y: s.y - 0.05, scale: s.scale * 0.6 }))];
  if (spots.length === 0) return 0;
  for (let i = 0; i < count; i++) {
    const at = spots[(i * 7 + count) % spots.length];
    if (!at) continue;
    // Spread a little around each spot, the same way every time (no randomness in what tests see).
    const dx = ((i * 37) % 21) - 10;
    const dy = -((i * 53) % 17);
    const size = 2 * (10 + 14 * at.scale) * 2.6;
    const flash = h('span', { class: 'press-flash', attrs: { 'aria-hidden': 'true' } });
    flash.style.left = `calc(${(at.x * 100).toFixed(2)}% + ${dx - size / 2}px)`;
    flash.style.top = `calc(${(at.y * 100).toFixed(2)}% + ${dy - size / 2}px)`;
    flash.style.width = flash.style.height = `${size.toFixed(0)}px`;
    flash.style.animationDelay = `${i * 110 + ((i * 29) % 60)}ms`;
    flash.addEventListener('animationend', () => flash.remove(), { once: true });
    slot.append(flash);
  }
  return count;
}
