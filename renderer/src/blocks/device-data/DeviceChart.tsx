import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { axisOf } from '../../../../core/blocks/device-data/definition';
import type { DeviceDataBlock, DeviceSeries } from '../../../../core/blocks/device-data/schema';
import { DAY_MINUTES, MINUTE_MS, dateFormat, readingTime, readingsPerDay } from '../../../../core/blocks/device-data/time';
import type { Language } from '../../../../core/i18n';
import { numberFormat } from '../../i18n';
import { seriesTitle, stretchOf, valueText } from './format';
import type { ChartMark } from './marks';
import { cursorWords } from './words';

/*
 * The chart of a device's readings, loaded only when a device-data block is shown (with the two
 * small d3 modules it draws with: scales and a line shape). One panel per series, stacked on the
 * shared time axis; thresholds as dashed lines with their value written above them; episodes and
 * stretches as hatched bands with their number or letter at their foot. Colour is never the only
 * cue: each series has its own dash and marker, and everything coloured is also named in words.
 *
 * For a keyboard it is one focusable element with a cursor: arrows go reading by reading (Up and
 * Down change series), Home and End to the first and last reading, Page Up and Page Down a day
 * back or forward; each move is said in a polite live region, which is also the visible readout.
 */

const WIDTH = 720;
const LEFT = 64;
const RIGHT = 24;
const TOP = 8;
const TITLE = 24;
const PLOT = 110;
const GAP = 18;
const PANEL = TITLE + PLOT + GAP;
const AXIS = 34;
/** The least room between two time labels, in the chart's units. */
const MIN_TICK_GAP = 52;
/** Markers on every reading while they stay apart; a 14-day sensor trace is a line alone. */
const MARKERS_UP_TO = 120;
/**
 * Blue, green, purple, from the theme (styles.css): each 3:1 or more on the chart's ground in every
 * theme (theme-contrast.test.ts measures them), and each with its own dash and marker. Set as
 * styles, since an SVG attribute takes no var().
 */
const SERIES_STYLES = [
  { color: 'var(--series-1)', dash: undefined, marker: 'circle' },
  { color: 'var(--series-2)', dash: '7 4', marker: 'square' },
  { color: 'var(--series-3)', dash: '2 3', marker: 'triangle' },
] as const;

export interface DeviceChartProps {
  block: DeviceDataBlock;
  marks: readonly ChartMark[];
  language: Language;
}

interface Panel {
  series: DeviceSeries;
  top: number;
  y: ScaleLinear<number, number>;
}

export default function DeviceChart({ block, marks, language }: DeviceChartProps) {
  const { t } = useTranslation('device-data');
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const count = block.series[0]!.values.length;
  const height = TOP + block.series.length * PANEL + AXIS;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, count - 1)])
        .range([LEFT, WIDTH - RIGHT]),
    [count],
  );
  const panels = useMemo(() => block.series.map((series, i): Panel => ({ series, top: TOP + i * PANEL, y: yScale(series, TOP + i * PANEL) })), [block.series]);
  const [cursor, setCursor] = useState({ series: 0, index: 0 });
  const [announcement, setAnnouncement] = useState('');
  const [shown, setShown] = useState(false);
  const svg = useRef<SVGSVGElement>(null);

  const move = (series: number, index: number) => {
    const next = { series: clampIndex(series, block.series.length), index: clampIndex(index, count) };
    setCursor(next);
    setShown(true);
    setAnnouncement(cursorWords(t, block, next.series, next.index, marks, language));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const day = readingsPerDay(axisOf(block));
    const to: Record<string, [number, number] | undefined> = {
      ArrowRight: [cursor.series, cursor.index + 1],
      ArrowLeft: [cursor.series, cursor.index - 1],
      ArrowDown: [cursor.series + 1, cursor.index],
      ArrowUp: [cursor.series - 1, cursor.index],
      Home: [cursor.series, 0],
      End: [cursor.series, count - 1],
      PageDown: [cursor.series, cursor.index + day],
      PageUp: [cursor.series, cursor.index - day],
    };
    const target = to[event.key];
    if (!target) return;
    event.preventDefault();
    move(...target);
  };

  const onPointerDown = (event: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const at = ((event.clientX - box.left) / box.width) * WIDTH;
    const row = Math.floor((((event.clientY - box.top) / box.height) * height - TOP) / PANEL);
    move(row, Math.round(x.invert(at)));
  };

  const seriesNames = block.series.map((s) => s.label[language]).join(', ');
  return (
    <div className="dd-chart">
      <p id={`${uid}-keys`} className="hint dd-chart-keys">
        {t('chart.keys')}
      </p>
      <div
        role="application"
        tabIndex={0}
        className="dd-chart-focus"
        aria-label={t('chart.label', { series: seriesNames, stretch: stretchOf(block, 0, count - 1, language) })}
        aria-describedby={`${uid}-keys`}
        onKeyDown={onKeyDown}
        onFocus={() => setShown(true)}
        onPointerDown={onPointerDown}
      >
        <svg ref={svg} viewBox={`0 0 ${WIDTH} ${height}`} className="dd-chart-svg" aria-hidden="true" focusable="false">
          <Plot block={block} panels={panels} x={x} marks={marks} language={language} uid={uid} height={height} />
          {shown && <Cursor panels={panels} x={x} cursor={cursor} height={height} />}
        </svg>
      </div>
      <p role="status" className="dd-readout">
        {announcement}
      </p>
    </div>
  );
}

const clampIndex = (i: number, n: number) => Math.min(n - 1, Math.max(0, i));

function yScale(series: DeviceSeries, top: number): ScaleLinear<number, number> {
  const values = [...series.values.filter((v): v is number => v !== null), ...(series.low === undefined ? [] : [series.low]), ...(series.high === undefined ? [] : [series.high])];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.08;
  return scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice(4)
    .range([top + TITLE + PLOT, top + TITLE]);
}

/** Everything but the cursor, drawn once per block and set of marks: moving the cursor leaves it alone. */
const Plot = memo(function Plot({
  block,
  panels,
  x,
  marks,
  language,
  uid,
  height,
}: {
  block: DeviceDataBlock;
  panels: Panel[];
  x: ScaleLinear<number, number>;
  marks: readonly ChartMark[];
  language: Language;
  uid: string;
  height: number;
}) {
  const { t } = useTranslation('device-data');
  const count = block.series[0]!.values.length;
  const number = numberFormat(language, { maximumFractionDigits: 1 });
  const ticks = timeTicks(block, x, language);
  const [left, right] = x.range() as [number, number];
  const band = (m: ChartMark) => {
    const from = Math.max(left, x(m.from - 0.5));
    return { x: from, width: Math.max(3, Math.min(right, x(m.to + 0.5)) - from) };
  };
  return (
    <>
      <defs>
        {(['episode', 'stretch', 'selection'] as const).map((kind) => (
          <pattern key={kind} id={`${uid}-${kind}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform={`rotate(${kind === 'stretch' ? -45 : 45})`}>
            <rect width="8" height="8" className={`dd-hatch-ground dd-${kind}`} />
            <line x1="0" y1="0" x2="0" y2="8" className={`dd-hatch-line dd-${kind}`} />
          </pattern>
        ))}
      </defs>
      {panels.map(({ series, top, y }, p) => {
        const style = SERIES_STYLES[p % SERIES_STYLES.length]!;
        const path = line<number | null>()
          .defined((v) => v !== null)
          .x((_, i) => x(i))
          .y((v) => y(v!))(series.values);
        const inPanel = marks.filter((m) => m.series === undefined || m.series === series.id);
        return (
          <g key={series.id}>
            <rect x={left} y={top + TITLE} width={right - left} height={PLOT} className="dd-plot" />
            {y.ticks(4).map((v) => (
              <g key={v}>
                <line x1={left} x2={right} y1={y(v)} y2={y(v)} className="dd-grid" />
                <text x={left - 6} y={y(v)} className="dd-tick dd-tick-y">
                  {number.format(v)}
                </text>
              </g>
            ))}
            {inPanel.map((m) => (
              <g key={m.key}>
                <rect {...band(m)} y={top + TITLE} height={PLOT} fill={`url(#${uid}-${m.kind})`} className={`dd-band dd-${m.kind}`} />
                {m.label && (
                  <text x={band(m).x + band(m).width / 2} y={top + TITLE + PLOT - 5} className={`dd-band-label dd-${m.kind}`}>
                    {m.label}
                  </text>
                )}
              </g>
            ))}
            {(['high', 'low'] as const).map((side) => {
              const value = series[side];
              if (value === undefined) return null;
              return (
                <g key={side}>
                  <line x1={left} x2={right} y1={y(value)} y2={y(value)} className="dd-threshold" />
                  <text x={right - 4} y={y(value) - 4} className="dd-threshold-label">
                    {t(`chart.${side}`, { threshold: valueText(value, series, language) })}
                  </text>
                </g>
              );
            })}
            <path d={path ?? ''} className="dd-line" style={{ stroke: style.color }} strokeDasharray={style.dash} />
            {count <= MARKERS_UP_TO && series.values.map((v, i) => (v === null ? null : <Marker key={i} shape={style.marker} cx={x(i)} cy={y(v)} color={style.color} />))}
            <line x1={left} x2={left + 26} y1={top + 11} y2={top + 11} className="dd-line" style={{ stroke: style.color }} strokeDasharray={style.dash} />
            <Marker shape={style.marker} cx={left + 13} cy={top + 11} color={style.color} />
            <text x={left + 34} y={top + 15} className="dd-series-title">
              {seriesTitle(series, language)}
            </text>
          </g>
        );
      })}
      <g className="dd-axis">
        <line x1={left} x2={right} y1={height - AXIS + 4} y2={height - AXIS + 4} className="dd-axis-line" />
        {ticks.map((tick) => (
          <g key={tick.at}>
            <line x1={x(tick.at)} x2={x(tick.at)} y1={height - AXIS + 4} y2={height - AXIS + 10} className="dd-axis-line" />
            <text x={x(tick.at)} y={height - AXIS + 24} className="dd-tick dd-tick-x">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
    </>
  );
});

function Marker({ shape, cx, cy, color }: { shape: 'circle' | 'square' | 'triangle'; cx: number; cy: number; color: string }) {
  if (shape === 'circle') return <circle cx={cx} cy={cy} r={3.2} style={{ fill: color }} />;
  if (shape === 'square') return <rect x={cx - 3} y={cy - 3} width={6} height={6} style={{ fill: color }} />;
  return <path d={`M${cx},${cy - 4}L${cx + 4},${cy + 3}L${cx - 4},${cy + 3}Z`} style={{ fill: color }} />;
}

function Cursor({ panels, x, cursor, height }: { panels: Panel[]; x: ScaleLinear<number, number>; cursor: { series: number; index: number }; height: number }) {
  const panel = panels[cursor.series]!;
  const value = panel.series.values[cursor.index];
  const cx = x(cursor.index);
  return (
    <g className="dd-cursor">
      <line x1={cx} x2={cx} y1={TOP + TITLE} y2={height - AXIS + 4} />
      {value !== null && value !== undefined && <circle cx={cx} cy={panel.y(value)} r={7} />}
    </g>
  );
}

/**
 * Ticks spaced so their labels never touch: on readings for daily readings (each is a day), else
 * on whole hours of the clock (midnight named by its date), wherever they fall between readings.
 * `at` is a position on the axis counted in readings.
 */
export function timeTicks(block: DeviceDataBlock, x: ScaleLinear<number, number>, language: Language): { at: number; label: string }[] {
  const axis = axisOf(block);
  const count = block.series[0]!.values.length;
  const perMinute = (x.range()[1]! - x.range()[0]!) / Math.max(1, count - 1) / axis.interval;
  const day = dateFormat(language, { day: 'numeric', month: 'short' });
  const hour = dateFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const steps = axis.interval >= DAY_MINUTES ? [1, 2, 7, 14, 28].map((d) => d * axis.interval) : [60, 120, 180, 360, 720, 1440, 2880, 10080];
  const step = steps.find((m) => m * perMinute >= MIN_TICK_GAP) ?? steps[steps.length - 1]!;
  if (axis.interval >= DAY_MINUTES) {
    const stride = step / axis.interval;
    return Array.from({ length: Math.ceil(count / stride) }, (_, k) => ({ at: k * stride, label: day.format(readingTime(axis, k * stride)) }));
  }
  const start = readingTime(axis, 0) / MINUTE_MS;
  const end = readingTime(axis, count - 1) / MINUTE_MS;
  // Steps of a day or more start at a midnight; shorter ones at a whole multiple of the step.
  const align = Math.min(step, DAY_MINUTES);
  const ticks: { at: number; label: string }[] = [];
  for (let m = Math.ceil(start / align) * align; m <= end; m += step) {
    ticks.push({ at: (m - start) / axis.interval, label: (m % DAY_MINUTES === 0 ? day : hour).format(m * MINUTE_MS) });
  }
  return ticks;
}
