/**
 * Runs in Chromium: 14 days of a glucose sensor read every 5 minutes (4,032 readings), checked by
 * core's schema as a module's would be, drawn by the app's chart component again and again, then
 * its cursor moved reading by reading with the arrow key. Each figure is taken once React has
 * committed and the browser has laid the page out (a forced layout), so it holds the work a
 * learner waits for before the next frame can be painted.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { deviceData } from '../../core/blocks/device-data/definition';
import { deviceDataBlockSchema, type DeviceDataBlock } from '../../core/blocks/device-data/schema';
import { seededRandom } from '../../core/random';
import DeviceChart from '../../renderer/src/blocks/device-data/DeviceChart';
import type { ChartMark } from '../../renderer/src/blocks/device-data/marks';
import { addBlockStrings } from '../../renderer/src/blocks/registry';
import { initI18n } from '../../renderer/src/i18n';
import '../../renderer/src/styles.css';
import '../../renderer/src/blocks/device-data/device-data.css';
import type { DeviceBenchResult } from './result';

const POINTS = 14 * 288;
const t = (s: string) => ({ fr: s, nl: s, en: s });

/** Meals, a night-time low, sensor noise: a plausible fortnight of a glucose sensor. */
function fortnight(): DeviceDataBlock {
  const rng = seededRandom(2026);
  const values = Array.from({ length: POINTS }, (_, i) => {
    const hour = ((i * 5) / 60) % 24;
    const meals = [7.5, 12.5, 19].reduce((sum, at) => sum + 70 * Math.exp(-(((hour - at - 1) / 1.2) ** 2)), 0);
    const gap = i % 997 < 4;
    return gap ? null : Math.round(110 + meals - (hour > 2 && hour < 5 ? 35 : 0) + rng.between(-8, 8));
  });
  return deviceDataBlockSchema.parse({
    id: 'bench-cgm',
    type: deviceData.type,
    profession: 'physician',
    mode: 'find',
    title: t('Two weeks of a glucose sensor'),
    patient: t('Benchmark'),
    device: { name: t('Glucose sensor'), facts: t('Fictitious'), mdrClass: 'IIb', mhealthLevel: 'none' },
    start: '2026-11-02T00:00',
    series: [{ id: 'glucose', label: t('Glucose'), unit: 'mg/dL', interval: 5, values, low: 70, high: 180 }],
    episodes: [{ id: 'night-low', series: 'glucose', from: 40, to: 60, class: 'real-alert', action: 'contact-patient', feedback: t('Benchmark') }],
    explanation: t('Benchmark'),
  });
}

async function run(draws: number, moves: number): Promise<DeviceBenchResult> {
  const i18n = await initI18n('en');
  addBlockStrings(i18n);
  const block = fortnight();
  const marks: ChartMark[] = [{ key: 'stretch', from: 600, to: 700, label: 'A', kind: 'stretch' }];
  const container = document.getElementById('root')!;
  const drawMs: number[] = [];
  let root = createRoot(container);
  for (let run = 0; run < draws; run += 1) {
    root.unmount();
    root = createRoot(container);
    const start = performance.now();
    flushSync(() =>
      root.render(
        <I18nextProvider i18n={i18n}>
          <DeviceChart block={block} marks={marks} language="en" />
        </I18nextProvider>,
      ),
    );
    container.getBoundingClientRect();
    drawMs.push(performance.now() - start);
    if (!container.querySelector('path.dd-line')) throw new Error('the chart drew no line');
  }
  const focus = container.querySelector<HTMLElement>('[role="application"]')!;
  focus.focus();
  const readout = container.querySelector('.dd-readout')!;
  const moveMs: number[] = [];
  for (let move = 0; move < moves; move += 1) {
    const start = performance.now();
    focus.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    flushSync(() => undefined);
    container.querySelector('.dd-cursor')?.getBoundingClientRect();
    moveMs.push(performance.now() - start);
  }
  return { points: POINTS, drawMs, moveMs, lastReadout: readout.textContent ?? '' };
}

(window as unknown as { runDeviceBench: typeof run }).runDeviceBench = run;
document.title = 'ready';
