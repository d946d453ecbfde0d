import { screen } from '@testing-library/react';
import type { FigureBlock as FigureBlockData } from '../../../../core/blocks/figure/definition';
import { renderBlock } from '../../../../tests/unit/renderer/render-block';

const block: FigureBlockData = {
  id: 'human-loop',
  type: 'figure',
  src: 'figures/human-in-the-loop.svg',
  alt: {
    fr: 'Une boucle : l’outil propose, l’infirmière vérifie, puis décide.',
    nl: 'Een lus: de tool stelt voor, de verpleegkundige controleert en beslist.',
    en: 'A loop: the tool suggests, the nurse checks, then decides.',
  },
  caption: {
    fr: 'Figure 1. La professionnelle garde la décision.',
    nl: 'Figuur 1. De zorgverlener houdt de beslissing.',
    en: 'Figure 1. The professional keeps the decision.',
  },
};

describe('figure block', () => {
  it('shows the image from the app root with its alt text, named by its caption', async () => {
    await renderBlock(block, { language: 'en' });
    const image = screen.getByRole('img', { name: 'A loop: the tool suggests, the nurse checks, then decides.' });
    expect(image).toHaveAttribute('src', '/figures/human-in-the-loop.svg');
    expect(screen.getByRole('figure', { name: 'Figure 1. The professional keeps the decision.' })).toContainElement(image);
  });

  it('describes the image and captions it in the learner’s language', async () => {
    await renderBlock(block, { language: 'nl', learnerId: null });
    expect(screen.getByRole('img', { name: 'Een lus: de tool stelt voor, de verpleegkundige controleert en beslist.' })).toBeVisible();
    expect(screen.getByText('Figuur 1. De zorgverlener houdt de beslissing.', { selector: 'figcaption' })).toBeVisible();
  });
});
