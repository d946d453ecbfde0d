import { Fragment, useId, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { moduleMeta, type Block, type LearningModule, type ModuleMeta } from '../../../core/content/schema';
import type { BlockPosition } from '../../../core/progress';
import { BlockHost } from '../blocks/BlockHost';
import { CATALOGUE } from '../content/catalogue';
import { useLanguage, useLocalized } from '../hooks';
import { formatDate, formatPercent } from '../i18n';
import { usePreviewStore } from './preview-store';
import { previewHref } from './route';

/*
 * What one language column shows. Everything here reads the column's language from the nearest
 * I18nextProvider, so it is written once and rendered once per selected language.
 */

/*
 * Each view below draws a known number of pieces, side by side with the same pieces of the other
 * languages (LanguageColumns' rows): `...Rows` says how many, and a test counts them.
 */

/** The module list: one row per module (the list is a subgrid of the column), or the one line saying there is none. */
export const moduleListRows = (): number => Math.max(1, CATALOGUE.length);

/** Every installed module, from the catalogue metadata: no module is loaded for the list. */
export function ModuleList() {
  const { t } = useTranslation('preview');
  if (CATALOGUE.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <ul className="preview-module-list" style={{ '--rows': CATALOGUE.length } as CSSProperties}>
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
      <dd>
        <code>{meta.id}</code>
      </dd>
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

/** The module's title and details, then for each lesson its heading and each of its blocks. */
export function modulePreviewRows(module: LearningModule, blocks: readonly BlockPosition[]): number {
  return 2 + module.lessons.length + blocks.length;
}

/** The whole module: its metadata, then every lesson and every block in reading order. */
export function ModulePreview({ module, blocks }: { module: LearningModule; blocks: readonly BlockPosition[] }) {
  const localized = useLocalized();
  const attempts = usePreviewStore(module);
  return (
    <>
      <h2>{localized(module.title)}</h2>
      <ModuleDetails module={module} />
      {module.lessons.map((lesson, lessonIndex) => (
        <Fragment key={lesson.id}>
          <div className="preview-lesson">
            <h3>{localized(lesson.title)}</h3>
            <p className="preview-id">
              <code>{lesson.id}</code>
            </p>
          </div>
          {blocks
            .filter((p) => p.lessonIndex === lessonIndex)
            .map((p) => (
              <PreviewBlock key={p.block.id} module={module} block={p.block} attempts={attempts} alone={false} />
            ))}
        </Fragment>
      ))}
    </>
  );
}

/** The module's title, the lesson's, the block. */
export const BLOCK_ALONE_ROWS = 3;

/** One block, under its module and lesson titles so the author knows where it sits. */
export function BlockAlonePreview({ module, position }: { module: LearningModule; position: BlockPosition }) {
  const localized = useLocalized();
  const attempts = usePreviewStore(module);
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
  // Where in a framework, in words of the column's language (a domain, an article, a guidance).
  const refs = t('refs', { returnObjects: true }) as Record<string, string>;
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
                <li key={`${ref.framework} ${ref.ref}`}>{t('meta.frameworkRef', { framework: t(`frameworks.${ref.framework}`), ref: refs[ref.ref] ?? ref.ref })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h3>{t('meta.sources')}</h3>
      <ul>
        {module.sources.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {localized(s.title)}
              </a>
            ) : (
              localized(s.title)
            )}
            {` — ${localized(s.publisher)}${s.year ? `, ${s.year}` : ''} `}({t('meta.checkedOn', { date: formatDate(s.checked, language) })}){' '}
            <code className="preview-id">{s.id}</code>
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

function PreviewBlock({ module, block, attempts, alone }: { module: LearningModule; block: Block; attempts: ReturnType<typeof usePreviewStore>; alone: boolean }) {
  const { t } = useTranslation('preview');
  const labelId = useId();
  const article = useRef<HTMLElement>(null);
  // A cleared block shows afresh, as a learner would first see it.
  const [round, setRound] = useState(0);
  const answered = (attempts.store.useTries(block) ?? []).length > 0;
  const clear = () => {
    attempts.clear(block.id);
    setRound((r) => r + 1);
    article.current?.focus();
  };
  return (
    <article ref={article} tabIndex={-1} className="preview-block" aria-labelledby={labelId} data-block-id={block.id}>
      <p className="preview-block-label">
        <span id={labelId}>{t('block.label', { id: block.id, type: block.type })}</span>
        {!alone && <a href={previewHref({ name: 'block', moduleId: module.id, blockId: block.id })}>{t('block.alone', { id: block.id })}</a>}
      </p>
      <BlockHost key={round} block={block} module={module} store={attempts.store} submit={attempts.submit} />
      {answered && (
        <button type="button" className="link-button" onClick={clear}>
          {t('block.clear')}
        </button>
      )}
    </article>
  );
}
