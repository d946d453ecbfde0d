import { isDue, newCardMemory, nextDueByGrade, reviewCard } from '../../../core/scheduling/fsrs';

const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-11-28T09:00:00.000Z');

describe('spaced repetition of glossary cards', () => {
  it('makes a new card due at once', () => {
    const card = newCardMemory(start);
    expect(card).toMatchObject({ state: 'new', reps: 0, due: start.toISOString() });
    expect(isDue(card, start)).toBe(true);
  });

  it('brings a card back sooner after "again" than after "good", and "easy" latest', () => {
    const card = newCardMemory(start);
    const due = nextDueByGrade(card, start);
    const at = (g: keyof typeof due) => new Date(due[g]).getTime();
    expect(at('again')).toBeLessThan(at('hard'));
    expect(at('hard')).toBeLessThanOrEqual(at('good'));
    expect(at('good')).toBeLessThan(at('easy'));
    expect(at('easy') - start.getTime()).toBeGreaterThanOrEqual(day);
  });

  it('spaces reviews further apart as the learner keeps remembering', () => {
    let card = reviewCard(newCardMemory(start), 'good', start);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const now = new Date(card.due);
      const next = reviewCard(card, 'good', now);
      gaps.push(new Date(next.due).getTime() - now.getTime());
      card = next;
    }
    expect(gaps.every((gap, i) => i === 0 || gap > gaps[i - 1]!)).toBe(true);
    expect(card.state).toBe('review');
    expect(card.lapses).toBe(0);
  });

  it('counts a lapse when a learned card is forgotten', () => {
    let card = reviewCard(newCardMemory(start), 'easy', start);
    card = reviewCard(card, 'again', new Date(card.due));
    expect(card.lapses).toBe(1);
    expect(card.state).toBe('relearning');
  });

  it('keeps the memory serializable: a stored and re-read card schedules the same', () => {
    const card = reviewCard(newCardMemory(start), 'good', start);
    const stored = JSON.parse(JSON.stringify(card));
    const later = new Date(start.getTime() + 3 * day);
    expect(reviewCard(stored, 'hard', later)).toEqual(reviewCard(card, 'hard', later));
  });
});
