import { act, render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { scoreAnswer, scoreOf, type Answer, type Block, type ScoredBlock } from '../../../core/blocks';
import type { LearningModule } from '../../../core/content/schema';
import type { Language } from '../../../core/i18n';
import { BlockHost } from '../../../renderer/src/blocks/BlockHost';
import { addBlockStrings } from '../../../renderer/src/blocks/registry';
import { ServicesProvider } from '../../../renderer/src/context';
import type { CareLitDatabase } from '../../../renderer/src/db/database';
import { initI18n } from '../../../renderer/src/i18n';
import { usePreviewStore } from '../../../renderer/src/preview/preview-store';
import { playerStore } from '../../../renderer/src/screens/player-store';
import { sampleModule } from '../../fixtures/sample-module';
import { freshDatabase, testPlatform } from './render-app';

export interface BlockRendering {
  module?: LearningModule;
  language?: Language;
  /** A learner's id: the block is hosted as in the player, on a real (in-memory) database. Null: as in the authors' preview. */
  learnerId?: string | null;
  db?: CareLitDatabase;
  /** What saving an answer does (the player saves it with its progress and statements). */
  submit?: (answer: Answer) => Promise<void>;
  /** Told of every string asked for that does not exist, from the first render on. */
  onMissingString?: (key: string) => void;
}

function PreviewHost({ block, module }: { block: Block; module: LearningModule }) {
  const { store, submit } = usePreviewStore(module);
  return <BlockHost block={block} module={module} store={store} submit={submit} />;
}

/** A block in its host, as a learner meets it (or an author, in the preview), with the app's real strings. */
export async function renderBlock(
  block: Block,
  { module = sampleModule(), language = 'en', learnerId = 'amina', db = freshDatabase(), submit = async () => undefined, onMissingString }: BlockRendering = {},
) {
  const i18n = await initI18n(language);
  addBlockStrings(i18n);
  if (onMissingString) {
    i18n.options.saveMissing = true;
    i18n.on('missingKey', (_languages, ns, key) => onMissingString(`${ns}:${key}`));
  }
  const host =
    learnerId === null ? (
      <PreviewHost block={block} module={module} />
    ) : (
      <BlockHost
        block={block}
        module={module}
        store={playerStore(db, { id: learnerId, accountName: `account-of-${learnerId}` }, module)}
        submit={(_block, answer) => submit(answer)}
      />
    );
  let utils!: RenderResult;
  await act(async () => {
    utils = render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={{ db, platform: testPlatform }}>{host}</ServicesProvider>
      </I18nextProvider>,
    );
  });
  return { ...utils, db, i18n };
}

let tries = 0;
/** An answer saved earlier, as the player saves it (scored by core). */
export async function savedTry(
  db: CareLitDatabase,
  block: ScoredBlock,
  answer: Answer,
  { learnerId = 'amina', module = sampleModule(), at = new Date(Date.UTC(2026, 10, 20, 9, 0, tries)) } = {},
): Promise<void> {
  const outcome = scoreAnswer(block, answer, module);
  if (!outcome) throw new Error(`the answer does not fit ${block.id}`);
  tries += 1;
  await db.attempts.add({
    id: `try-${tries}`,
    learnerId,
    moduleId: module.id,
    moduleVersion: module.version,
    blockId: block.id,
    answer,
    score: scoreOf(outcome),
    durationMs: 1000,
    answeredAt: at.toISOString(),
    statementId: `statement-${tries}`,
  });
}
