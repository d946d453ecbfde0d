import type { ComponentType } from 'react';
import type { Block, BlockType } from '../../../core/content/schema';
import { CalloutBlock } from './callout/CalloutBlock';
import { CategorizeBlock } from './categorize/CategorizeBlock';
import { FigureBlock } from './figure/FigureBlock';
import { FlashcardsBlock } from './flashcards/FlashcardsBlock';
import { PromptLabBlock } from './prompt-lab/PromptLabBlock';
import { QuizBlock } from './quiz/QuizBlock';
import { ReflectionBlock } from './reflection/ReflectionBlock';
import { TextBlock } from './text/TextBlock';
import type { BlockProps } from './types';

type BlockComponents = { [T in BlockType]: ComponentType<BlockProps<Extract<Block, { type: T }>>> };

/** One entry per block type; the schema registry in core has the same keys. */
export const BLOCK_COMPONENTS: BlockComponents = {
  text: TextBlock,
  callout: CalloutBlock,
  figure: FigureBlock,
  quiz: QuizBlock,
  categorize: CategorizeBlock,
  reflection: ReflectionBlock,
  flashcards: FlashcardsBlock,
  'prompt-lab': PromptLabBlock,
};

export function BlockView(props: BlockProps<Block>) {
  const Component = BLOCK_COMPONENTS[props.block.type] as ComponentType<BlockProps<Block>>;
  return <Component {...props} />;
}
