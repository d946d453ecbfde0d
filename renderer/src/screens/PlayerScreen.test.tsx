import { act, screen, waitFor } from '@testing-library/react';
import { BLOCK_TYPES, definitionOf, isScoredBlock, type Answer, type ScoredBlock } from '../../../core/blocks';
import { seededRandom } from '../../../core/random';
import { moduleWithExample } from '../../../tests/fixtures/examples';
import { loaders } from '../../../tests/fixtures/catalogue';
import { renderWithServices, freshDatabase } from '../../../tests/unit/renderer/render-app';
import { App } from '../App';
import { createLearner } from '../db/learners';
import { saveAnswer } from '../db/study';
import { useSession } from '../stores/session';

/** Every type a learner answers, from the registry: a new type is held to this without a line here. */
const SCORED = BLOCK_TYPES.filter((type) => isScoredBlock(moduleWithExample(type).block));

describe('the player', () => {
  it('has scored block types to check', () => {
    expect(SCORED.length).toBeGreaterThanOrEqual(3);
  });

  it.each(SCORED)('keeps Continue disabled on a %s until it is answered, then lets her go on', async (type) => {
    const { mod: example, block } = moduleWithExample(type);
    // Its example, then a text to continue to.
    const mod = {
      ...example,
      id: `example-${type}`,
      lessons: [{ ...example.lessons[0]!, blocks: [block, { id: 'after', type: 'text' as const, body: { fr: 'Suite', nl: 'Vervolg', en: 'Next' } }] }],
    };
    loaders[mod.id] = async () => ({ default: mod });
    const db = freshDatabase();
    const learner = await createLearner(db, 'Amina', 'nurse');
    useSession.setState({ learnerId: learner.id, view: { name: 'player', moduleId: mod.id } });
    await renderWithServices(<App />, { db, language: 'en' });

    const next = await screen.findByRole('button', { name: 'Continue' });
    expect(next).toBeDisabled();
    const answer = definitionOf(block).answer!.simulate.answer(block, { rng: seededRandom(1), ability: 0.5, language: 'en', key: block.id, attempt: 0 }) as Answer;
    await act(async () => {
      await saveAnswer({ db, learner, module: mod, language: 'en' }, block as ScoredBlock, answer, 1000);
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled());
  });

  /** Types answered step by step, each step saved: a scenario's choices. */
  const STEPWISE = SCORED.filter((type) => definitionOf(moduleWithExample(type).block).answer!.simulate.steps !== undefined);

  it.each(STEPWISE)('keeps Continue disabled on a %s while its answer is still unfinished, each step saved, and counts the block done only at its end', async (type) => {
    const { mod: example, block } = moduleWithExample(type);
    const mod = {
      ...example,
      id: `stepwise-${type}`,
      lessons: [{ ...example.lessons[0]!, blocks: [block, { id: 'after', type: 'text' as const, body: { fr: 'Suite', nl: 'Vervolg', en: 'Next' } }] }],
    };
    loaders[mod.id] = async () => ({ default: mod });
    const db = freshDatabase();
    const learner = await createLearner(db, 'Amina', 'nurse');
    useSession.setState({ learnerId: learner.id, view: { name: 'player', moduleId: mod.id } });
    await renderWithServices(<App />, { db, language: 'en' });
    await screen.findByRole('button', { name: 'Continue' });

    const simulation = definitionOf(block).answer!.simulate;
    const answer = simulation.answer(block, { rng: seededRandom(1), ability: 0.9, language: 'en', key: block.id, attempt: 0 }) as Answer;
    const steps = simulation.steps!(block, answer) as Answer[];
    expect(steps.length).toBeGreaterThan(1);
    const ctx = { db, learner, module: mod, language: 'en' as const };
    for (const step of steps.slice(0, -1)) {
      await act(async () => {
        await saveAnswer(ctx, block as ScoredBlock, step, 1000);
        // Time for the player to read the saved step back, as it reads a finished answer below.
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
      expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
      expect((await db.progress.get([learner.id, mod.id]))?.doneBlockIds).toEqual([]);
    }
    await act(async () => {
      await saveAnswer(ctx, block as ScoredBlock, steps[steps.length - 1]!, 1000);
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled());
    expect((await db.progress.get([learner.id, mod.id]))?.doneBlockIds).toEqual([block.id]);
  });
});

describe('the player in the learner’s language', () => {
  it.each([
    ['nl', 'Verordening (EU) 2024/1689 (verordening artificiële intelligentie)', 'Publicatieblad van de Europese Unie, 2024 (gecontroleerd op 28 november 2026)'],
    ['fr', 'Règlement (UE) 2024/1689 (règlement sur l’intelligence artificielle)', 'Journal officiel de l’Union européenne, 2024 (vérifié le 28 novembre 2026)'],
    ['en', 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)', 'Official Journal of the European Union, 2024 (checked on 28 November 2026)'],
  ] as const)('lists the sources in %s, titles and publishers included, with dates written day first', async (language, title, rest) => {
    const { mod } = moduleWithExample('text');
    loaders[mod.id] = async () => ({ default: mod });
    const db = freshDatabase();
    const learner = await createLearner(db, 'Amina', 'nurse');
    useSession.setState({ learnerId: learner.id, view: { name: 'player', moduleId: mod.id } });
    await renderWithServices(<App />, { db, language });
    const link = await screen.findByRole('link', { name: title });
    expect(link.closest('li')).toHaveTextContent(`${title} — ${rest}`);
  });
});
