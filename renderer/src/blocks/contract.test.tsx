import { cleanup, screen, waitFor } from '@testing-library/react';
import { BLOCK_TYPES, definitionOf, isScoredBlock, type Answer } from '../../../core/blocks';
import { LANGUAGES } from '../../../core/i18n';
import { seededRandom } from '../../../core/random';
import { moduleWithExample } from '../../../tests/fixtures/examples';
import { freshDatabase } from '../../../tests/unit/renderer/render-app';
import { renderBlock, savedTry } from '../../../tests/unit/renderer/render-block';
import { BLOCK_VIEWS } from './registry';

/*
 * The view half of every block type's contract, run for each type of the registry: its strings
 * exist in every language, and its worked example shows in the player and in the authors'
 * preview, before and after an answer, in every language, without a missing string or an error.
 */
type Tree = { [key: string]: string | Tree };
const leafKeys = (tree: Tree, prefix = ''): string[] => Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`)));
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe.each(BLOCK_TYPES)('the %s block view', (type) => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, 'error');
  });
  afterEach(() => {
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('has the same strings in fr, nl and en', () => {
    const keys = LANGUAGES.map((lang) => [...new Set(leafKeys(BLOCK_VIEWS[type].strings[lang] as Tree).map(withoutPlural))].sort());
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
  });

  it.each(LANGUAGES)('shows its example in %s, in the player and in the preview, before and after an answer, with every string found', async (language) => {
    const { mod, block } = moduleWithExample(type);
    const missing: string[] = [];
    for (const learnerId of ['amina', null]) {
      const db = freshDatabase();
      if (learnerId && isScoredBlock(block)) {
        const answer = definitionOf(block).answer!.simulate.answer(block, { rng: seededRandom(3), ability: 0.5, language, key: block.id, attempt: 0 }) as Answer;
        await savedTry(db, block, answer, { module: mod });
      }
      const { i18n, container } = await renderBlock(block, { module: mod, db, language, learnerId, onMissingString: (key) => missing.push(key) });
      await waitFor(() => expect(screen.queryByText(i18n.t('app.loading'))).toBeNull());
      expect(container.textContent?.trim()).not.toBe('');
      cleanup();
    }
    expect(missing).toEqual([]);
  });
});
