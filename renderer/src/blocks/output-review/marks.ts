import type { Language } from '../../../../core/i18n';
import type { Confidence, FlawType, OutputReviewAnswer, OutputReviewState } from '../../../../core/blocks/output-review/definition';

/** What her work in progress becomes as she marks: pure, so the view and the benchmark share it. */

export type WorkingMark = OutputReviewState['marks'][number];

/** Marks or unmarks a segment; the review takes the language of its first mark. */
export function toggleMark(state: OutputReviewState, segment: number, lang: Language): { state: OutputReviewState; marked: boolean } {
  if (state.marks.some((m) => m.segment === segment)) return { state: removeMark(state, segment), marked: false };
  const marks = [...state.marks, { segment, type: null, confidence: null }].sort((a, b) => a.segment - b.segment);
  return { state: { ...state, lang: state.marks.length === 0 ? lang : state.lang, marks }, marked: true };
}

export function removeMark(state: OutputReviewState, segment: number): OutputReviewState {
  const marks = state.marks.filter((m) => m.segment !== segment);
  return { ...state, marks, lang: marks.length === 0 ? null : state.lang };
}

export function updateMark(state: OutputReviewState, segment: number, change: { type?: FlawType; confidence?: Confidence }): OutputReviewState {
  return { ...state, marks: state.marks.map((m) => (m.segment === segment ? { ...m, ...change } : m)) };
}

/** Marks still waiting for a type or a confidence. */
export function incompleteMarks(state: OutputReviewState): WorkingMark[] {
  return state.marks.filter((m) => m.type === null || m.confidence === null);
}

/** The answer her work makes, once every mark is complete and a verdict is given; null before. */
export function answerOf(state: OutputReviewState, lang: Language): OutputReviewAnswer | null {
  if (state.verdict === null || incompleteMarks(state).length > 0) return null;
  const marks = state.marks.map((m) => ({ segment: m.segment, type: m.type!, confidence: m.confidence! }));
  const note = state.note.trim();
  return { lang, marks, verdict: state.verdict, ...(note ? { note } : {}) };
}
