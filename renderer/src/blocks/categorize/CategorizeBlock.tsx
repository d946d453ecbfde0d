import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategorizeAnswer } from '../../../../core/blocks/categorize/definition';
import { seededOrder } from '../../../../core/random';
import { useLocalized } from '../../hooks';
import { AnswerOutcome } from '../AnswerOutcome';
import type { BlockViewProps } from '../types';
import { useAnswerSave } from '../useAnswerSave';
import { useCardDrag } from './useCardDrag';
import './categorize.css';

/** The tray of cards still to sort, a zone like the groups, under a name no content id can take. */
const TRAY = '#tray';

type Placements = CategorizeAnswer['placements'];

/**
 * Sorting cards into groups. The items are cards in a tray "to sort"; the groups are labelled
 * zones. A card moves by pointer (dragged onto a zone, or clicked then a zone clicked: WCAG 2.2,
 * 2.5.7), by keyboard (Space or Enter picks it up, the arrow keys or a group's number choose
 * where, Space or Enter puts it down, Escape cancels), or with a zone's "Place here" button, which
 * a screen reader's browse mode reaches. Each move is announced politely, and a card placed can
 * move again or go back to the tray. The half-sorted exercise is kept as she goes (the block's
 * state: item → group, as the answer). After answering, every card shows where she put it and
 * core's verdict on it, in words. The cards come in her own order (pinned ones in place), so an
 * author's order gives nothing away.
 */
export function CategorizeBlock({ block, attempt, state, saveState, submit, seed }: BlockViewProps<'categorize'>) {
  const { t } = useTranslation(['categorize', 'common']);
  const localized = useLocalized();
  const uid = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  // The card picked up by a click or a key, and the zone it would go to.
  const [held, setHeld] = useState<{ card: string; target: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { busy, failed, save, clearFailure } = useAnswerSave(submit);
  const board = useRef<HTMLFieldSetElement>(null);
  // A moved card is a new element: focus is asked for once it is drawn in its new place.
  const [focusRequest, setFocusRequest] = useState<{ card: string } | null>(null);

  const answered = attempt !== undefined;
  const shown = answered ? attempt.answer.placements : state.placements;
  const cards = useMemo(() => seededOrder(block.items, seed), [block.items, seed]);
  const zones = [TRAY, ...block.groups.map((g) => g.id)];
  const placeOf = (card: string, placements: Placements = shown) => {
    const group = Object.hasOwn(placements, card) ? placements[card] : undefined;
    return block.groups.some((g) => g.id === group) ? group! : TRAY;
  };
  const unsorted = (placements: Placements) => block.items.filter((item) => placeOf(item.id, placements) === TRAY).length;
  const zoneName = (zone: string) => (zone === TRAY ? t('tray') : localized(block.groups.find((g) => g.id === zone)!.label));
  const cardName = (card: string) => localized(block.items.find((item) => item.id === card)!.text);

  // Sorting from the tray goes on from where she was in it: the card after the one placed, or the one before.
  const nextToSort = (card: string) => {
    const tray = cards.filter((item) => placeOf(item.id) === TRAY);
    const at = tray.findIndex((item) => item.id === card);
    return (tray[at + 1] ?? tray[at - 1])?.id;
  };

  useEffect(() => {
    if (focusRequest) elementOf(board.current, 'card', focusRequest.card)?.focus();
  }, [focusRequest]);

  const move = (card: string, to: string) => {
    const from = placeOf(card);
    setHeld(null);
    setFocusRequest({ card: from === TRAY && to !== TRAY ? (nextToSort(card) ?? card) : card });
    if (to === from) {
      setAnnouncement(to === TRAY ? t('announce.staysInTray', { card: cardName(card) }) : t('announce.stays', { card: cardName(card), group: zoneName(to) }));
      return;
    }
    const { [card]: _moved, ...others } = state.placements;
    const next = to === TRAY ? others : { ...others, [card]: to };
    setRefusal(null);
    clearFailure();
    void saveState({ placements: next });
    const left = unsorted(next);
    const done = to === TRAY ? t('announce.returned', { card: cardName(card) }) : t('announce.placed', { card: cardName(card), group: zoneName(to) });
    setAnnouncement(`${done} ${left === 0 ? t('announce.allSorted') : t('announce.left', { count: left })}`);
  };

  const pickUp = (card: string) => {
    setHeld({ card, target: placeOf(card) });
    setAnnouncement(t('announce.pickedUp', { card: cardName(card), last: block.groups.length }));
  };

  const aim = (card: string, target: string) => {
    setHeld({ card, target });
    const number = block.groups.findIndex((g) => g.id === target) + 1;
    setAnnouncement(target === TRAY ? t('announce.targetTray') : t('announce.target', { group: zoneName(target), number, total: block.groups.length }));
    elementOf(board.current, 'zone', target)?.scrollIntoView?.({ block: 'nearest' });
  };

  const drag = useCardDrag({
    zoneAt: (x, y) => {
      for (const element of board.current?.querySelectorAll<HTMLElement>('[data-zone]') ?? []) {
        const box = element.getBoundingClientRect();
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return element.dataset.zone!;
      }
      return null;
    },
    onStart: () => setHeld(null),
    onDrop: (card, zone) => move(card, zone ?? placeOf(card)),
  });

  const onCardClick = (card: string, event: MouseEvent) => {
    if (drag.endsDrag(event)) return;
    if (held?.card === card) move(card, held.target);
    else pickUp(card);
  };

  const onCardKeyDown = (card: string, event: KeyboardEvent) => {
    if (held?.card !== card) return;
    const at = zones.indexOf(held.target);
    const number = /^[1-9]$/.test(event.key) ? Number(event.key) : 0;
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (at + 1) % zones.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (at - 1 + zones.length) % zones.length;
    else if (number > 0 && number <= block.groups.length) next = number;
    if (next < 0) return;
    event.preventDefault();
    aim(card, zones[next]!);
  };

  // Escape anywhere in the exercise: a drag or a picked-up card goes back where it was.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const card = drag.drag?.card ?? held?.card;
    if (card === undefined) return;
    event.preventDefault();
    drag.cancel();
    move(card, placeOf(card));
  };

  // A click anywhere in a zone (not on a card or a button in it) puts the picked-up card there.
  const onZoneClick = (zone: string, event: MouseEvent) => {
    if (!held || (event.target as Element).closest('button')) return;
    move(held.card, zone);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const left = unsorted(state.placements);
    if (left > 0) {
      setRefused(true);
      setRefusal(t('placeAllFirst', { count: left }));
      return;
    }
    setRefusal(null);
    setHeld(null);
    await save({ placements: Object.fromEntries(block.items.map((item) => [item.id, placeOf(item.id, state.placements)])) });
  };

  const moving = drag.drag?.card ?? held?.card;
  const aimedAt = drag.drag ? drag.drag.over : held?.target;
  const verdicts = new Map(attempt?.outcome?.parts.map((p) => [p.id, p]));

  const renderCard = (item: (typeof cards)[number]) => {
    if (answered) {
      const verdict = verdicts.get(item.id);
      return (
        <li key={item.id} className="categorize-card" data-state={verdict ? (verdict.correct ? 'right' : 'wrong') : undefined}>
          <p className="categorize-card-text">{localized(item.text)}</p>
          {verdict && (
            <p className="categorize-result">
              {verdict.correct ? t('right', { group: zoneName(placeOf(item.id)) }) : t('wrong', { chosen: zoneName(placeOf(item.id)), group: zoneName(item.group) })}
            </p>
          )}
          <p className="categorize-feedback">{localized(item.feedback)}</p>
        </li>
      );
    }
    const dragging = drag.drag?.card === item.id ? drag.drag : null;
    const isHeld = held?.card === item.id;
    return (
      <li key={item.id} className="categorize-slot">
        <button
          type="button"
          className="categorize-card"
          data-card={item.id}
          aria-pressed={isHeld}
          aria-describedby={`${uid}-keys`}
          data-dragging={dragging ? '' : undefined}
          style={dragging ? { transform: `translate(${dragging.dx}px, ${dragging.dy}px)` } : undefined}
          onClick={(event) => onCardClick(item.id, event)}
          onKeyDown={(event) => onCardKeyDown(item.id, event)}
          {...drag.handlers(item.id)}
        >
          <span className="categorize-grip" aria-hidden="true" />
          <span className="categorize-card-text">{localized(item.text)}</span>
          {isHeld && (
            <span className="categorize-badge" aria-hidden="true">
              {t('pickedUp')}
            </span>
          )}
        </button>
      </li>
    );
  };

  const renderZone = (zone: string) => {
    const inZone = cards.filter((item) => placeOf(item.id) === zone);
    const number = zones.indexOf(zone);
    const base = `${uid}-${number}`;
    const missing = zone === TRAY && refused && !answered && inZone.length > 0;
    return (
      <div
        key={zone}
        data-zone={zone}
        role="group"
        aria-labelledby={`${base}-name`}
        aria-describedby={[`${base}-count`, missing ? `${base}-missing` : ''].join(' ').trim()}
        className={zone === TRAY ? 'categorize-zone categorize-tray' : 'categorize-zone'}
        data-target={moving !== undefined && aimedAt === zone && placeOf(moving) !== zone ? '' : undefined}
        data-state={missing ? 'missing' : undefined}
        onClick={(event) => onZoneClick(zone, event)}
      >
        <p className="categorize-zone-title">
          {zone !== TRAY && !answered && (
            <span className="categorize-key" aria-hidden="true">
              {number}
            </span>
          )}
          <span id={`${base}-name`} className="categorize-zone-name">
            {zoneName(zone)}
          </span>
          <span id={`${base}-count`} className="categorize-count">
            {t('count', { count: inZone.length })}
          </span>
        </p>
        {missing && (
          <p id={`${base}-missing`} className="categorize-missing">
            {t('notPlaced')}
          </p>
        )}
        {inZone.length > 0 ? <ul className="categorize-cards">{inZone.map(renderCard)}</ul> : <p className="categorize-empty">{zone === TRAY ? t('allSorted') : t('empty')}</p>}
        {held && placeOf(held.card) !== zone && (
          <button type="button" className="categorize-place" aria-label={t('placeHereIn', { group: zoneName(zone) })} onClick={() => move(held.card, zone)}>
            {t('placeHere')}
          </button>
        )}
      </div>
    );
  };

  const trayShown = !answered || cards.some((item) => placeOf(item.id) === TRAY);
  return (
    <form className="categorize" onSubmit={onSubmit} noValidate>
      <fieldset ref={board} className="categorize-board" onKeyDown={onKeyDown}>
        <legend className="categorize-prompt">{localized(block.prompt)}</legend>
        {!answered && (
          <div className="hint categorize-how">
            <p>{t('instructions')}</p>
            <p id={`${uid}-keys`}>{t('keys', { last: block.groups.length })}</p>
          </div>
        )}
        {trayShown && renderZone(TRAY)}
        {!answered && (
          <p role="status" aria-live="polite" className="categorize-status">
            {announcement}
          </p>
        )}
        <div className="categorize-groups" data-groups={block.groups.length}>
          {block.groups.map((group) => renderZone(group.id))}
        </div>
      </fieldset>
      <AnswerOutcome
        result={answered ? t('score', { count: attempt.score.raw, total: attempt.score.max }) : null}
        error={refusal ?? (failed ? t('common:player.saveFailed') : null)}
        explanation={block.explanation}
        busy={busy}
      />
    </form>
  );
}

/** A card or a zone of this exercise, by its id: a content id (letters, digits, dashes) or the tray's, never a quote. */
function elementOf(board: HTMLElement | null, kind: 'card' | 'zone', id: string): HTMLElement | null {
  return board?.querySelector<HTMLElement>(`[data-${kind}="${id}"]`) ?? null;
}
