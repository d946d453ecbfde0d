import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningModule } from '../../../core/content/schema';
import type { LessonPlace } from '../../../core/outline';
import { useLocalized } from '../hooks';

/** Wide enough, in the reader's own rem (her text size counts), for the outline to sit beside the step. */
const SIDE_BY_SIDE_REM = 62;

/** Whether the window has room for the outline beside the step, at the text size she chose. */
function roomBeside(): boolean {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return window.innerWidth / rem >= SIDE_BY_SIDE_REM;
}

/**
 * The lessons of a module: done ones marked, hers marked as the current step (aria-current),
 * the ones she reached as buttons that take her to their first step, the others as plain text.
 * Its heading is a disclosure button: open beside the step on a wide window, closed above it on
 * a narrow one or at a large text size, and either way as she leaves it.
 */
export function ModuleOutline(props: { module: LearningModule; places: LessonPlace[]; current: number; busy: boolean; onGo(step: number): void }) {
  const { module, places, current, busy, onGo } = props;
  const { t } = useTranslation();
  const localized = useLocalized();
  const [open, setOpen] = useState(roomBeside);
  const done = places.filter((p) => p.done).length;
  return (
    <nav className="outline" aria-labelledby="outline-title" data-open={open}>
      <h2 id="outline-title" className="outline-title">
        <button type="button" aria-expanded={open} aria-controls="outline-lessons" onClick={() => setOpen(!open)}>
          <span className="outline-chevron" aria-hidden="true" />
          {t('player.outline.toggle', { done, total: places.length })}
        </button>
      </h2>
      <ol id="outline-lessons" hidden={!open}>
        {places.map((place) => {
          const lesson = module.lessons[place.lessonIndex]!;
          const name = t('player.outline.lesson', { n: place.lessonIndex + 1, title: localized(lesson.title) });
          const here = place.lessonIndex === current;
          const state = here ? t('player.outline.current') : place.done ? t('player.outline.done') : place.reachable ? undefined : t('player.outline.notReached');
          const mark = place.done ? '✓' : here ? '●' : '';
          const content = (
            <>
              <span className="outline-mark" aria-hidden="true">
                {mark}
              </span>
              <span className="outline-name">{name}</span>
              {/* A pause between the lesson and its state, for a screen reader. */}
              {state && (
                <span className="outline-state">
                  <span className="visually-hidden">, </span>
                  {state}
                </span>
              )}
            </>
          );
          return (
            <li key={lesson.id} data-state={here ? 'current' : place.done ? 'done' : place.reachable ? 'reached' : 'not-reached'}>
              {here ? (
                <span className="outline-item" aria-current="step">
                  {content}
                </span>
              ) : place.reachable ? (
                // aria-disabled rather than disabled while a move is saved: the focus stays on it.
                <button type="button" className="outline-item" aria-disabled={busy} onClick={() => busy || onGo(place.first)}>
                  {content}
                </button>
              ) : (
                <span className="outline-item">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
