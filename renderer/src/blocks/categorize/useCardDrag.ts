import { useCallback, useEffect, useRef, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';

/** A card being dragged: how far it has moved from its place, and the zone under the pointer, if any. */
export interface CardDrag {
  card: string;
  dx: number;
  dy: number;
  over: string | null;
}

interface Tracking {
  card: string;
  pointerId: number;
  startX: number;
  startY: number;
  scrollX: number;
  scrollY: number;
  x: number;
  y: number;
  moved: boolean;
  /** How far the page could scroll when the drag began: the moved card itself must not make it longer. */
  maxScrollY: number;
}

/** A press that moves less than this is a click (pick the card up), not a drag. */
const DRAG_THRESHOLD_PX = 6;
/** Near the window's top or bottom edge, a drag scrolls the page, so a zone off screen can be reached. */
const EDGE_PX = 48;

/**
 * Dragging cards with a mouse, a pen or a finger, with pointer events alone: the card follows the
 * pointer (a transform, so nothing else moves), the zone under it is found from the zones'
 * rectangles, and releasing over a zone drops it there; anywhere else, or Escape, puts it back.
 * A press without movement stays a click, so clicking a card then a group works as well (WCAG
 * 2.2, 2.5.7: dragging is never the only way).
 */
export function useCardDrag({
  zoneAt,
  onStart,
  onDrop,
}: {
  zoneAt(x: number, y: number): string | null;
  onStart(card: string): void;
  /** `zone` is null when the card was released outside every zone. */
  onDrop(card: string, zone: string | null): void;
}) {
  const tracking = useRef<Tracking | null>(null);
  const [drag, setDrag] = useState<CardDrag | null>(null);
  // The click that follows a drag's release is not a click on the card.
  const dragged = useRef(false);
  const frame = useRef(0);
  // The latest callbacks, for the scrolling loop that outlives the render that started it.
  const latest = useRef({ zoneAt, onStart, onDrop });
  useEffect(() => {
    latest.current = { zoneAt, onStart, onDrop };
  });

  const show = useCallback(() => {
    const t = tracking.current;
    if (!t?.moved) return;
    setDrag({
      card: t.card,
      dx: t.x - t.startX + window.scrollX - t.scrollX,
      dy: t.y - t.startY + window.scrollY - t.scrollY,
      over: latest.current.zoneAt(t.x, t.y),
    });
  }, []);

  const stop = useCallback(() => {
    tracking.current = null;
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    setDrag(null);
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const handlers = (card: string) => ({
    onPointerDown(event: PointerEvent<HTMLElement>) {
      dragged.current = false;
      if (event.button !== 0 || tracking.current) return;
      const { clientX: x, clientY: y, pointerId } = event;
      const maxScrollY = document.documentElement.scrollHeight - window.innerHeight;
      tracking.current = { card, pointerId, startX: x, startY: y, scrollX: window.scrollX, scrollY: window.scrollY, x, y, moved: false, maxScrollY };
      // Moves keep coming to the card wherever the pointer goes, until it is released.
      event.currentTarget.setPointerCapture?.(pointerId);
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const t = tracking.current;
      if (!t || t.pointerId !== event.pointerId) return;
      t.x = event.clientX;
      t.y = event.clientY;
      if (!t.moved) {
        if (Math.hypot(t.x - t.startX, t.y - t.startY) < DRAG_THRESHOLD_PX) return;
        t.moved = true;
        latest.current.onStart(card);
      }
      show();
      if (!frame.current) frame.current = requestAnimationFrame(() => scrollNearEdge(tracking, frame, show));
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const t = tracking.current;
      if (!t || t.pointerId !== event.pointerId) return;
      stop();
      if (!t.moved) return;
      dragged.current = true;
      latest.current.onDrop(card, latest.current.zoneAt(event.clientX, event.clientY));
    },
    onPointerCancel: stop,
    onLostPointerCapture(event: PointerEvent<HTMLElement>) {
      if (tracking.current?.pointerId === event.pointerId) stop();
    },
  });

  /** True for the click that ends a drag (a keyboard's click, detail 0, never is). */
  const endsDrag = (event: MouseEvent) => {
    const was = dragged.current && event.detail !== 0;
    dragged.current = false;
    return was;
  };

  /** Escape during a drag: the card goes back where it was. */
  const cancel = () => {
    const was = tracking.current?.moved === true;
    stop();
    // The button is still down: its release must not pick the card up.
    if (was) dragged.current = true;
    return was;
  };

  return { drag, handlers, endsDrag, cancel };
}

/** While the pointer is near the window's top or bottom edge, scrolls a little every frame, faster nearer the edge. */
function scrollNearEdge(tracking: RefObject<Tracking | null>, frame: RefObject<number>, show: () => void): void {
  const t = tracking.current;
  const bottom = window.innerHeight - EDGE_PX;
  const wanted = !t?.moved ? 0 : t.y < EDGE_PX ? (t.y - EDGE_PX) / 3 : t.y > bottom ? (t.y - bottom) / 3 : 0;
  const rounded = wanted < 0 ? Math.min(-1, Math.round(wanted)) : wanted > 0 ? Math.max(1, Math.round(wanted)) : 0;
  const step = Math.max(-window.scrollY, Math.min(rounded, (t?.maxScrollY ?? 0) - window.scrollY));
  if (step === 0) {
    frame.current = 0;
    return;
  }
  window.scrollBy(0, step);
  show();
  frame.current = requestAnimationFrame(() => scrollNearEdge(tracking, frame, show));
}
