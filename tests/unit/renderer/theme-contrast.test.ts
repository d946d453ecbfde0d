import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every theme's colours, as styles.css defines them on the root, measured with WCAG 2.2's
 * contrast ratio: text pairs at least 4.5:1 (1.4.3), borders and focus rings that carry meaning at
 * least 3:1 (1.4.11). A theme inherits what it does not redefine from the light one.
 */
const CSS = readFileSync(join(__dirname, '../../../renderer/src/styles.css'), 'utf8');

function declarations(selector: string): Record<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in styles.css`);
  const body = CSS.slice(start, CSS.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = declarations(':root');
const THEMES: Record<string, Record<string, string>> = {
  light,
  dark: { ...light, ...declarations(":root[data-theme='dark']") },
  contrast: { ...light, ...declarations(":root[data-theme='contrast']") },
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text on a background: body text, hints, links, buttons, status pills, feedback, callouts, marks, disabled labels. */
const TEXT: [string, string][] = [
  ['text', 'surface-raised'],
  ['text', 'surface'],
  ['text-muted', 'surface-raised'],
  ['text-muted', 'surface'],
  ['accent', 'surface-raised'],
  ['accent', 'surface'],
  ['accent-contrast', 'accent'],
  ['accent-contrast', 'accent-strong'],
  ['success', 'surface-raised'],
  ['success', 'success-surface'],
  ['text', 'success-surface'],
  ['danger', 'surface-raised'],
  ['danger', 'danger-surface'],
  ['text', 'danger-surface'],
  ['warning', 'surface-raised'],
  ['warning', 'surface'],
  ['warning', 'warning-surface'],
  ['text', 'warning-surface'],
  ['accent', 'accent-surface'],
  ['text', 'accent-surface'],
  ['text-muted', 'accent-surface'],
  ['purple', 'purple-surface'],
  ['text', 'purple-surface'],
  ['text', 'mark'],
  ['disabled-text', 'disabled-surface'],
];
/**
 * Lines that carry meaning: focus rings, field and button edges, the prompt checker's marks, a disabled button's edge, status dots and
 * progress bars, a chart's series, a sorting exercise's zones (the one a card would go to, on its accent wash; the tray of cards not yet
 * sorted, when checking is refused).
 */
const NON_TEXT: [string, string][] = [
  ['focus-ring', 'surface-raised'],
  ['focus-ring', 'surface'],
  ['focus-ring', 'accent-surface'],
  ['border-strong', 'surface-raised'],
  ['border-strong', 'surface'],
  ['text-muted', 'surface-raised'],
  ['text-muted', 'surface'],
  ['danger', 'surface-raised'],
  ['danger', 'mark'],
  ['success', 'success-surface'],
  ['success', 'surface-raised'],
  ['warning', 'surface-raised'],
  ['accent', 'surface-raised'],
  ['accent', 'surface'],
  ['disabled-border', 'surface-raised'],
  ['accent', 'accent-surface'],
  ['danger', 'surface'],
  ['series-1', 'surface-raised'],
  ['series-2', 'surface-raised'],
  ['series-3', 'surface-raised'],
];

describe.each(Object.keys(THEMES))('the %s theme', (name) => {
  const colours = THEMES[name]!;
  const ratio = ([a, b]: [string, string]) => ({ pair: `${a} on ${b}`, ratio: Math.round(contrast(colours[a]!, colours[b]!) * 100) / 100 });

  it('defines every colour the pairs use', () => {
    const used = new Set([...TEXT, ...NON_TEXT].flat());
    expect([...used].filter((c) => !colours[c])).toEqual([]);
  });

  it('gives every text pair 4.5:1 or more', () => {
    expect(TEXT.map(ratio).filter((r) => r.ratio < 4.5)).toEqual([]);
  });

  it('gives every meaningful line 3:1 or more against what surrounds it', () => {
    expect(NON_TEXT.map(ratio).filter((r) => r.ratio < 3)).toEqual([]);
  });
});

describe('the measure itself', () => {
  it('finds black on white 21:1 and a pale grey on white below 4.5:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#aaaaaa', '#ffffff')).toBeLessThan(4.5);
  });

  it('sees the dark theme really differ from the light one', () => {
    expect(THEMES.dark!['surface-raised']).not.toBe(light['surface-raised']);
    expect(contrast(THEMES.dark!.text!, THEMES.dark!['surface-raised']!)).toBeGreaterThan(7);
  });
});
