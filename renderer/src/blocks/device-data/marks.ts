/**
 * A stretch of readings drawn over the chart and named in the table: an episode the author marked
 * (numbered), a stretch the learner selected (lettered), or the one she is selecting now.
 */
export interface ChartMark {
  key: string;
  from: number;
  to: number;
  /** The series it belongs to; none: a stretch of time across every series. */
  series?: string;
  /** "1", "A": shown on the chart and spoken with its kind's word. */
  label: string;
  kind: 'episode' | 'stretch' | 'selection';
}

export const marksAt = (marks: readonly ChartMark[], index: number, series?: string) =>
  marks.filter((m) => m.from <= index && index <= m.to && (m.series === undefined || series === undefined || m.series === series));
