import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { axisOf } from '../../../../core/blocks/device-data/definition';
import type { DeviceDataBlock } from '../../../../core/blocks/device-data/schema';
import { readingsPerDay } from '../../../../core/blocks/device-data/time';
import type { Language } from '../../../../core/i18n';
import { seriesTitle, stretchOf, timeText } from './format';
import { marksAt, type ChartMark } from './marks';
import { markWords, readingWords } from './words';

/** Beyond this many readings the table shows a day at a time (a 14-day sensor trace has 4,032). */
const ROWS_ON_ONE_PAGE = 200;

/**
 * The readings as a real table: a row per reading time, a column per series, each value with its
 * unit and the threshold it crosses in words, and a last column naming the episodes and stretches
 * the row belongs to.
 */
export function DataTable({ block, marks, language }: { block: DeviceDataBlock; marks: readonly ChartMark[]; language: Language }) {
  const { t } = useTranslation('device-data');
  const count = block.series[0]!.values.length;
  const perDay = readingsPerDay(axisOf(block));
  const paged = count > ROWS_ON_ONE_PAGE;
  const days = Math.ceil(count / perDay);
  const [day, setDay] = useState(0);
  const first = paged ? day * perDay : 0;
  const last = paged ? Math.min(count, first + perDay) - 1 : count - 1;
  const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const seriesLabel = (id: string | undefined) => block.series.find((s) => s.id === id)?.label[language];

  return (
    <div className="dd-table-wrap">
      {paged && (
        <div className="dd-table-days">
          <button type="button" onClick={() => setDay(day - 1)} disabled={day === 0}>
            {t('table.previousDay')}
          </button>
          <p role="status">{t('table.day', { day: day + 1, days, stretch: stretchOf(block, first, last, language) })}</p>
          <button type="button" onClick={() => setDay(day + 1)} disabled={day >= days - 1}>
            {t('table.nextDay')}
          </button>
        </div>
      )}
      <table className="dd-table">
        <caption>{t('table.caption', { title: block.title[language], stretch: stretchOf(block, first, last, language) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.time')}</th>
            {block.series.map((s) => (
              <th key={s.id} scope="col">
                {seriesTitle(s, language)}
              </th>
            ))}
            <th scope="col">{t('table.marks')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => {
            const here = marksAt(marks, i);
            return (
              <tr key={i} data-marked={here.length > 0 || undefined}>
                <th scope="row">{timeText(block, i, language)}</th>
                {block.series.map((s, k) => (
                  <td key={s.id}>{readingWords(t, block, k, i, [], language)}</td>
                ))}
                <td>{here.map((m) => (m.series ? t('table.markOn', { mark: markWords(t, m), series: seriesLabel(m.series) }) : markWords(t, m))).join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
