import { screen, within } from '@testing-library/react';
import { CALLOUT_KINDS, type CalloutBlock as CalloutBlockData } from '../../../../core/blocks/callout/definition';
import { LANGUAGES } from '../../../../core/i18n';
import { renderBlock } from '../../../../tests/unit/renderer/render-block';

const callout = (kind: CalloutBlockData['kind'], title?: CalloutBlockData['title']): CalloutBlockData => ({
  id: 'no-names',
  type: 'callout',
  kind,
  ...(title && { title }),
  body: {
    fr: 'Ne collez **jamais** le nom d’un patient dans un outil en ligne.',
    nl: 'Plak **nooit** de naam van een patiënt in een onlinetool.',
    en: '**Never** paste a patient’s name into an online tool.',
  },
});
const render = (block: CalloutBlockData, language: (typeof LANGUAGES)[number]) => renderBlock(block, { language });

describe('callout block', () => {
  it('is a region named by its kind and title, with its body as lesson text', async () => {
    await render(callout('warning', { fr: 'Données de patients', nl: 'Patiëntgegevens', en: 'Patient data' }), 'en');
    const aside = screen.getByRole('note', { name: 'Warning Patient data' });
    expect(within(aside).getByText('Warning')).toBeVisible();
    expect(within(aside).getByRole('heading', { level: 3, name: 'Patient data' })).toBeVisible();
    expect(within(aside).getByText('Never', { selector: 'strong' })).toBeVisible();
    expect(aside).toHaveTextContent('Never paste a patient’s name into an online tool.');
  });

  it('without a title is named by its kind alone, in the learner’s language', async () => {
    await render(callout('belgian-context'), 'nl');
    const aside = screen.getByRole('note', { name: 'Brusselse en Belgische context' });
    expect(within(aside).queryByRole('heading')).toBeNull();
    expect(within(aside).getByText('nooit', { selector: 'strong' })).toBeVisible();
  });

  it.each(LANGUAGES)('tells every kind apart by a written label in %s, not by colour alone', async (language) => {
    const labels: string[] = [];
    for (const kind of CALLOUT_KINDS) {
      const { unmount } = await render(callout(kind), language);
      // Without a title, the note is named by its visible kind label alone.
      const labelId = screen.getByRole('note').getAttribute('aria-labelledby')!;
      const label = document.getElementById(labelId)!;
      expect(label).toBeVisible();
      expect(label.textContent).not.toMatch(/callout\.|^\s*$/);
      labels.push(label.textContent!);
      unmount();
    }
    expect(new Set(labels).size).toBe(CALLOUT_KINDS.length);
  });
});
