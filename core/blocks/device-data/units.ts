import type { Localized } from '../../content/fields';

/**
 * The units a device's readings may be given in: how each is written after a number in every
 * language, and the values a real device of that kind can show (the checker refuses a reading
 * outside them: a slip such as 782 kg, or 1200 mmHg, is caught before a learner sees it).
 */
export interface Unit {
  /** After a number: "80.4 kg", "3 200 pas". */
  symbol: Localized;
  min: number;
  max: number;
  /** Counts (steps, sessions) are whole numbers. */
  integer?: boolean;
}

const same = (s: string): Localized => ({ fr: s, nl: s, en: s });

export const UNITS = {
  kg: { symbol: same('kg'), min: 1, max: 350 },
  mmHg: { symbol: same('mmHg'), min: 20, max: 300 },
  bpm: { symbol: { fr: '/min', nl: '/min', en: 'bpm' }, min: 20, max: 250 },
  '%': { symbol: same('%'), min: 40, max: 100 },
  'mg/dL': { symbol: same('mg/dL'), min: 20, max: 600 },
  'mmol/L': { symbol: same('mmol/L'), min: 1, max: 35 },
  '°C': { symbol: same('°C'), min: 30, max: 44 },
  'breaths/min': { symbol: { fr: '/min', nl: '/min', en: 'breaths/min' }, min: 4, max: 70 },
  steps: { symbol: { fr: 'pas', nl: 'stappen', en: 'steps' }, min: 0, max: 100_000, integer: true },
  degrees: { symbol: same('°'), min: -30, max: 180 },
  sessions: { symbol: { fr: 'séances', nl: 'sessies', en: 'sessions' }, min: 0, max: 20, integer: true },
  /** A score out of 10 the patient gives (breathlessness, pain). */
  score: { symbol: { fr: '/10', nl: '/10', en: '/10' }, min: 0, max: 10, integer: true },
  hours: { symbol: { fr: 'h', nl: 'u', en: 'h' }, min: 0, max: 24 },
} as const satisfies Record<string, Unit>;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as UnitId[];

/** A reading with its unit, as the language writes it: "80,4 kg", "85/min", "45°" (a no-break space where there is one). */
export function withUnit(value: string, unit: UnitId, language: keyof Localized): string {
  const symbol = UNITS[unit].symbol[language];
  return /^[/°]/.test(symbol) ? `${value}${symbol}` : `${value}\u00a0${symbol}`;
}
