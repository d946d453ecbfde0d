import { seededOrder } from '../../../core/random';

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, correct: i === 0 }));
const ids = (list: readonly { id: string }[]) => list.map((o) => o.id);

describe('the order a learner sees options in', () => {
  it('is a shuffle of the same options, nothing added or lost, the list given left as it was', () => {
    const list = options(5);
    const shown = seededOrder(list, 'account-1/ai-basics/q-llm-output');
    expect(ids(shown).sort()).toEqual(ids(list).sort());
    expect(ids(list)).toEqual(['o0', 'o1', 'o2', 'o3', 'o4']);
  });

  it('is the same for the same learner and block, every time: stable across reloads and language switches', () => {
    const seed = '0d7f1c2a-4b3e-4c5d-8e6f-7a8b9c0d1e2f/prompting/q-missing-element';
    const first = ids(seededOrder(options(4), seed));
    for (let i = 0; i < 20; i++) expect(ids(seededOrder(options(4), seed))).toEqual(first);
  });

  it('puts the right answer in every place about as often, over many learners', () => {
    const places = [0, 0, 0, 0];
    const runs = 4000;
    for (let learner = 0; learner < runs; learner++) {
      const shown = seededOrder(options(4), `learner-${learner}/prompting/q-missing-element`);
      places[shown.findIndex((o) => o.correct)]! += 1;
    }
    // A fair shuffle puts it in each of 4 places 1000 times; 3 standard deviations are about 82.
    for (const count of places) expect(Math.abs(count - runs / 4)).toBeLessThan(120);
  });

  it('differs from block to block for one learner', () => {
    const blocks = Array.from({ length: 17 }, (_, i) => seededOrder(options(4), `learner-1/module/quiz-${i}`).findIndex((o) => o.correct));
    expect(new Set(blocks).size).toBeGreaterThan(1);
    expect(blocks.filter((place) => place === 0).length).toBeLessThan(17);
  });

  it('keeps a pinned option in its place ("none of these", last) and shuffles the others around it', () => {
    const list = [...options(4), { id: 'none', correct: false, pinned: true }];
    const firsts = new Set<string>();
    for (let learner = 0; learner < 50; learner++) {
      const shown = seededOrder(list, `learner-${learner}/m/q`);
      expect(shown.at(-1)!.id).toBe('none');
      firsts.add(shown[0]!.id);
    }
    expect(firsts.size).toBe(4);
    const middle = [{ id: 'a' }, { id: 'pinned', pinned: true }, { id: 'b' }, { id: 'c' }];
    for (let learner = 0; learner < 20; learner++) expect(seededOrder(middle, `l-${learner}`)[1]!.id).toBe('pinned');
  });

  it('leaves a single option, or none, as it is', () => {
    expect(seededOrder([], 'x')).toEqual([]);
    expect(ids(seededOrder(options(1), 'x'))).toEqual(['o0']);
  });
});
