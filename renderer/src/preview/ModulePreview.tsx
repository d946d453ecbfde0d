import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moduleMeta, type Block, type LearningModule, type ModuleMeta } from '../../../core/content/schema';
import type { BlockPosition } from '../../../core/progress';
import { isScoredBlock, type Answer, type ScoredBlock } from '../../../core/scoring';
import { BlockView } from '../blocks/registry';
import { CATALOGUE } from '../content/catalogue';
import type { AttemptRow } from '../db/rows';
import { InvalidAnswerError } from '../db/study';
import { useLanguage, useLocalized } from '../hooks';
import { formatDate, formatPercent } from '../i18n';
import { previewAttempt } from './attempt';
import { previewHref } from './route';

/*
 * What one language column shows. Everything here reads the column's language from the nearest
 * I18nextProvider, so it is written once and rendered once per selected language.
 */

/** Every installed module, from the catalogue metadata: no module is loaded for the list. */
export function ModuleList() {
  const { t } = useTranslation('preview');
  if (CATALOGUE.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <ul className="preview-module-list">
      {CATALOGUE.map((meta) => (
        <li key={meta.id}>
          <ModuleSummary meta={meta} />
        </li>
      ))}
    </ul>
  );
}

function ModuleSummary({ meta }: { meta: ModuleMeta }) {
  const localized = useLocalized();
  return (
    <>
      <h2>
        <a href={previewHref({ name: 'module', moduleId: meta.id })}>{localized(meta.title)}</a>
      </h2>
      <ModuleFacts meta={meta} />
    </>
  );
}

function ModuleFacts({ meta }: { meta: ModuleMeta }) {
  const { t } = useTranslation('preview');
  const [language] = useLanguage();
  return (
    <dl className="preview-facts">
      <dt>{t('facts.id')}</dt>
      <dd><code>{meta.id}</code></dd>
      <dt>{t('facts.version')}</dt>
      <dd>{meta.version}</dd>
      <dt>{t('facts.duration')}</dt>
      <dd>{t('facts.minutes', { count: meta.estimatedMinutes })}</dd>
      <dt>{t('facts.blocks')}</dt>
      <dd>{t('facts.blockCount', { count: meta.blockCount })}</dd>
      <dt>{t('facts.passingScore')}</dt>
      <dd>{formatPercent(meta.passingScore, language)}</dd>
      <dt>{t('facts.professions')}</dt>
      <dd>{meta.professions.map((p) => t(`profiles.professions.${p}`, { ns: 'common' })).join(', ')}</dd>
    </dl>
  );
}

/** The whole module: its metadata, then every lesson and every block in reading order. */
export function ModulePreview({ module, blocks }: { module: LearningModule; blocks: readonly BlockPosition[] }) {
  const localized = useLocalized();
  const attempts = usePreviewAttempts(module);
  return (
    <>
      <h2>{localized(module.title)}</h2>
      <ModuleDetails module={module} />
      {module.lessons.map((lesson, lessonIndex) => (
        <div key={lesson.id} className="preview-lesson">
          <h3>{localized(lesson.title)}</h3>
          <p className="preview-id"><code>{lesson.id}</code></p>
          {blocks
            .filter((p) => p.lessonIndex === lessonIndex)
            .map((p) => (
              <PreviewBlock key={p.block.id} module={module} block={p.block} attempts={attempts} alone={false} />
            ))}
        </div>
      ))}
    </>
  );
}

/** One block, under its module and lesson titles so the author knows where it sits. */
export function BlockAlonePreview({ module, position }: { module: LearningModule; position: BlockPosition }) {
  const localized = useLocalized();
  const attempts = usePreviewAttempts(module);
  const lesson = module.lessons[position.lessonIndex]!;
  return (
    <>
      <h2>
        <a href={previewHref({ name: 'module', moduleId: module.id })}>{localized(module.title)}</a>
      </h2>
      <h3>{localized(lesson.title)}</h3>
      <PreviewBlock module={module} block={position.block} attempts={attempts} alone />
    </>
  );
}

function ModuleDetails({ module }: { module: LearningModule }) {
  const { t } = useTranslation('preview');
  const [language] = useLanguage();
  const localized = useLocalized();
  return (
    <div className="preview-details">
      <p>{localized(module.summary)}</p>
      <ModuleFacts meta={moduleMeta(module)} />
      <h3>{t('meta.objectives')}</h3>
      <ul>
        {module.objectives.map((objective) => (
          <li key={objective.id}>
            {localized(objective.text)} <code className="preview-id">{objective.id}</code>
            <ul className="preview-frameworks">
              {objective.frameworks.map((ref) => (
                <li key={`${ref.framework} ${ref.ref}`}>{t('meta.frameworkRef', { framework: t(`frameworks.${ref.framework}`), ref: ref.ref })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h3>{t('meta.sources')}</h3>
      <ul>
        {module.sources.map((s) => (
          <li key={s.id}>
            {s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> : s.title}
            {` — ${s.publisher}${s.year ? `, ${s.year}` : ''} `}
            ({t('meta.checkedOn', { date: formatDate(s.checked, language) })}) <code className="preview-id">{s.id}</code>
          </li>
        ))}
      </ul>
      <h3>{t('meta.glossary')}</h3>
      {module.glossary.length === 0 ? (
        <p>{t('meta.noGlossary')}</p>
      ) : (
        <dl className="preview-glossary">
          {module.glossary.map((term) => (
            <div key={term.id}>
              <dt>
                {localized(term.term)} <code className="preview-id">{term.id}</code>
              </dt>
              <dd>{localized(term.definition)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

interface PreviewAttempts {
  latest: ReadonlyMap<string, AttemptRow>;
  submit(block: ScoredBlock, answer: Answer, durationMs: number): void;
  clear(blockId: string): void;
}

/** This column's answers, block by block, in memory only. */
function usePreviewAttempts(module: LearningModule): PreviewAttempts {
  const [latest, setLatest] = useState<ReadonlyMap<string, AttemptRow>>(() => new Map());
  const count = useRef(0);
  const submit = useCallback(
    (block: ScoredBlock, answer: Answer, durationMs: number) => {
      const attempt = previewAttempt(module, block, answer, { id: `preview-${++count.current}`, now: new Date(), durationMs });
      // The block shows its own "could not save" message, as in the player.
      if (!attempt) throw new InvalidAnswerError(`invalid answer for ${block.id}`);
      setLatest((prev) => new Map(prev).set(block.id, attempt));
    },
    [module],
  );
  const clear = useCallback((blockId: string) => {
    setLatest((prev) => {
      const next = new Map(prev);
      next.delete(blockId);
      return next;
    });
  }, []);
  return { latest, submit, clear };
}

function PreviewBlock({ module, block, attempts, alone }: { module: LearningModule; block: Block; attempts: PreviewAttempts; alone: boolean }) {
  const { t } = useTranslation('preview');
  const labelId = useId();
  const article = useRef<HTMLElement>(null);
  const shownAt = useRef(performance.now());
  // A cleared answer shows the block fresh, as a learner would first see it.
  const [round, setRound] = useState(0);
  const attempt = attempts.latest.get(block.id);
  const submit = async (answer: Answer) => {
    if (isScoredBlock(block)) attempts.submit(block, answer, performance.now() - shownAt.current);
  };
  const clear = () => {
    attempts.clear(block.id);
    setRound((r) => r + 1);
    shownAt.current = performance.now();
    article.current?.focus();
  };
  return (
    <article ref={article} tabIndex={-1} className="preview-block" aria-labelledby={labelId} data-block-id={block.id}>
      <p className="preview-block-label">
        <span id={labelId}>{t('block.label', { id: block.id, type: block.type })}</span>
        {!alone && <a href={previewHref({ name: 'block', moduleId: module.id, blockId: block.id })}>{t('block.alone', { id: block.id })}</a>}
      </p>
      <BlockView key={round} block={block} module={module} learnerId={null} attempt={attempt as never} submit={submit} />
      {attempt && (
        <button type="button" className="link-button" onClick={clear}>
          {t('block.clear')}
        </button>
      )}
    </article>
  );
}
