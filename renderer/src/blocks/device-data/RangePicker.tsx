import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { axisOf } from '../../../../core/blocks/device-data/definition';
import type { DeviceDataBlock } from '../../../../core/blocks/device-data/schema';
import { readingsPerDay } from '../../../../core/blocks/device-data/time';
import type { Language } from '../../../../core/i18n';
import { stretchOf, timeText } from './format';

export interface Selection {
  from: number;
  to: number;
}

/**
 * Selecting a stretch of time without dragging (WCAG 2.2, 2.5.7): two native sliders, its start
 * and its end, each saying the time it stands on; arrows move a reading, Page Up and Page Down a
 * day. The start never passes the end: moving one past the other pushes it along.
 */
export function RangePicker({
  block,
  language,
  selection,
  onChange,
  onAdd,
}: {
  block: DeviceDataBlock;
  language: Language;
  selection: Selection;
  onChange(next: Selection): void;
  onAdd(): void;
}) {
  const { t } = useTranslation('device-data');
  const uid = useId();
  const max = block.series[0]!.values.length - 1;
  const day = readingsPerDay(axisOf(block));
  const set = (end: 'from' | 'to', value: number) => {
    const v = Math.min(max, Math.max(0, value));
    onChange(end === 'from' ? { from: v, to: Math.max(v, selection.to) } : { from: Math.min(v, selection.from), to: v });
  };
  // Native sliders move a tenth of their range on Page Up/Down: here a day is what a reader expects.
  const byDay = (end: 'from' | 'to') => (event: KeyboardEvent) => {
    const step = event.key === 'PageUp' ? -day : event.key === 'PageDown' ? day : 0;
    if (step === 0) return;
    event.preventDefault();
    set(end, selection[end] + step);
  };
  const slider = (end: 'from' | 'to') => (
    <div className="dd-slider">
      <label htmlFor={`${uid}-${end}`}>{t(`picker.${end}`)}</label>
      <input
        id={`${uid}-${end}`}
        type="range"
        min={0}
        max={max}
        step={1}
        value={selection[end]}
        aria-valuetext={timeText(block, selection[end], language)}
        onChange={(e) => set(end, Number(e.target.value))}
        onKeyDown={byDay(end)}
      />
      <output htmlFor={`${uid}-${end}`}>{timeText(block, selection[end], language)}</output>
    </div>
  );
  return (
    <fieldset className="dd-picker">
      <legend>{t('picker.title')}</legend>
      {slider('from')}
      {slider('to')}
      <p className="dd-picker-selected">{t('picker.selected', { stretch: stretchOf(block, selection.from, selection.to, language), count: selection.to - selection.from + 1 })}</p>
      <button type="button" onClick={onAdd}>
        {t('picker.add')}
      </button>
    </fieldset>
  );
}
