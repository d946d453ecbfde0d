import type { BrowserWindow, Rectangle } from 'electron';

/**
 * The window's size and place, remembered between runs in a small JSON file in the user-data
 * folder. The file is read as untrusted (anyone can edit it, a copy can come from another
 * computer): every number is checked, and a place no display shows any more (a screen
 * unplugged) is brought back onto one.
 */
export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
/** The window's own minimum (window.ts), and what must stay visible of it to grab its title bar. */
const MIN = { width: 800, height: 600 };
const VISIBLE = { width: 160, height: 48 };
const MAX_COORDINATE = 100_000;

const isCoordinate = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_COORDINATE;

/** The state in a file's text, or null when it is not one (absent, damaged, edited into nonsense). */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const { x, y, width, height, maximized } = data as Record<string, unknown>;
  if (![x, y, width, height].every(isCoordinate) || typeof maximized !== 'boolean') return null;
  if ((width as number) < 1 || (height as number) < 1) return null;
  return { x: x as number, y: y as number, width: width as number, height: height as number, maximized };
}

const overlap = (a: Rectangle, b: Rectangle) => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

/**
 * The bounds to open with: the saved ones, shrunk to fit the display they are on and never below
 * the window's minimum; or, when no display shows enough of them to grab, the same size centred
 * on the first display. Null without displays (the window's defaults then apply).
 */
export function visibleBounds(state: WindowState, workAreas: readonly Rectangle[]): Rectangle | null {
  if (workAreas.length === 0) return null;
  const home = workAreas.find((area) => {
    const o = overlap(state, area);
    return o.width >= VISIBLE.width && o.height >= VISIBLE.height;
  });
  const area = home ?? workAreas[0]!;
  const width = Math.max(MIN.width, Math.min(state.width, area.width));
  const height = Math.max(MIN.height, Math.min(state.height, area.height));
  if (!home) return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
  // Pulled in so that the whole window is on its display where it fits.
  const x = Math.min(Math.max(state.x, area.x), area.x + Math.max(0, area.width - width));
  const y = Math.min(Math.max(state.y, area.y), area.y + Math.max(0, area.height - height));
  return { x, y, width, height };
}

export interface WindowStateFiles {
  read(): Promise<string>;
  write(text: string): Promise<void>;
}

/** The state to open with: the file's, made visible; null when there is none worth using. */
export async function loadWindowState(files: WindowStateFiles, workAreas: readonly Rectangle[]): Promise<{ bounds: Rectangle; maximized: boolean } | null> {
  const state = parseWindowState(await files.read().catch(() => ''));
  const bounds = state && visibleBounds(state, workAreas);
  return state && bounds ? { bounds, maximized: state.maximized } : null;
}

/**
 * Keeps the window's state when it closes: its normal bounds (not the maximised ones, so that
 * un-maximising next time gives her size back) and whether it was maximised. A failed write only
 * loses the remembering.
 */
export function rememberWindowState(
  window: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>,
  files: WindowStateFiles,
  log: (error: unknown) => void = () => undefined,
): void {
  window.on('close', () => {
    const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    files.write(`${JSON.stringify(state)}\n`).catch(log);
  });
}
