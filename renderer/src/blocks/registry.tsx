import type { ComponentType } from 'react';
import type { Block, BlockType } from '../../../core/content/schema';
import { QuizBlock } from './quiz/QuizBlock';
import { TextBlock } from './text/TextBlock';
import type { BlockProps } from './types';

type BlockComponents = { [T in BlockType]: ComponentType<BlockProps<Extract<Block, { type: T }>>> };

/** One entry per block type; the schema registry in core has the same keys. */
export const BLOCK_COMPONENTS: BlockComponents = {
  text: TextBlock,
  quiz: QuizBlock,
};

/** Whether the learner must answer before moving on. */
export const NEEDS_ANSWER: Record<BlockType, boolean> = { text: false, quiz: true };

export function BlockView(props: BlockProps<Block>) {
  const Component = BLOCK_COMPONENTS[props.block.type] as ComponentType<BlockProps<Block>>;
  return <Component {...props} />;
}
