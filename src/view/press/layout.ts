/**
 * Where everyone sits in the press room, seen from the podium, as fractions of the room's box. The
 * canvas draws the reporters there and the DOM puts their name cards at the same points, so the one
 * layout serves both. Pure, so it is tested without a browser.
 */

export interface Seat {
  /** Centre of the reporter's head, 0–1 across the room box (already mirrored for right-to-left). */
  readonly x: number;
  readonly y: number;
  /** 1 in the front row, smaller further back. */
  readonly scale: number;
  readonly row: number;
}

export interface RoomLayout {
  readonly seats: readonly Seat[];
  /** Other people in the room (crews, local reporters without a question): filling the back rows. */
  readonly crowd: readonly Seat[];
  /** Photographers crouched at the sides, and the TV camera at the back. */
  readonly cameras: readonly { readonly x: number; readonly y: number; readonly scale: number }[];
}

const BACK_Y = 0.3;
const FRONT_Y = 0.62;
/** A single row sits in the middle of the room. */
const ONE_ROW_Y = 0.5;

/** Rows for this many reporters: a full front row, the rest behind (at most three rows). */
export function rowsFor(count: number): number {
  return count <= 4 ? 1 : count <= 10 ? 2 : 3;
}

export function roomLayout(count: number, rtl: boolean): RoomLayout {
  const rows = rowsFor(Math.max(0, count));
  const perRow = Math.ceil(count / rows);
  const seats: Seat[] = [];
  for (let i = 0; i < count; i++) {
    // Front row first, so the first reporters written sit closest to the podium.
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const col = i % perRow;
    const depth = rows === 1 ? 0 : row / (rows - 1);
    const y = rows === 1 ? ONE_ROW_Y : FRONT_Y - (FRONT_Y - BACK_Y) * depth;
    const scale = 1 - 0.32 * depth;
    // Rows narrow towards the back, and every other row sits half a seat across so heads do not
    // hide each other.
    const span = 0.74 - 0.14 * depth;
    const stagger = row % 2 === 1 ? 0.5 : 0;
    const spacing = span / Math.max(1, inRow - 1 + stagger);
    const x = inRow === 1 ? 0.5 + stagger * 0.08 : 0.5 - span / 2 + spacing * (col + stagger);
    seats.push({ x: rtl ? 1 - x : x, y, scale, row });
  }
  // A press room is never just the people with questions: the back row fills with others.
  const crowd: Seat[] = [];
  const crowdRow = rows;
  const crowdY = (rows === 1 ? ONE_ROW_Y : BACK_Y) - 0.1;
  const crowdCount = 7;
  for (let i = 0; i < crowdCount; i++) {
    const x = 0.14 + (0.72 * (i + 0.5)) / crowdCount;
    crowd.push({ x: rtl ? 1 - x : x, y: crowdY, scale: 0.55, row: crowdRow });
  }
  const cameras = [
    { x: 0.04, y: 0.62, scale: 1 },
    { x: 0.96, y: 0.58, scale: 0.9 },
    { x: 0.5, y: 0.2, scale: 0.6 },
  ].map((c) => ({ ...c, x: rtl ? 1 - c.x : c.x }));
  return { seats, crowd, cameras };
}
