import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../../../core/i18n';
import { flattenBlocks, type BlockPosition } from '../../../core/progress';
import type { LearningModule } from '../../../core/content/schema';
import { addBlockStrings } from '../blocks/registry';
import { CATALOGUE, loadModule, type LoadResult } from '../content/catalogue';
import { LanguageColumns, LanguagePicker } from './LanguageColumns';
import { BLOCK_ALONE_ROWS, BlockAlonePreview, ModuleList, ModulePreview, moduleListRows, modulePreviewRows } from './ModulePreview';
import { parsePreviewRoute, previewHref, type PreviewRoute } from './route';
import { addPreviewStrings } from './strings';
import './preview.css';

/**
 * The authors' preview (#/preview…): every module, lesson and block as learners see them, in
 * several languages side by side. No learner profile; answers are scored in memory and never saved.
 */
export function PreviewApp() {
  const { t, i18n } = useTranslation('preview');
  // Before any block asks for its strings (a state initialiser runs once, during this render).
  useState(() => {
    addPreviewStrings(i18n);
    addBlockStrings(i18n);
  });
  const route = usePreviewRoute();
  const [languages, setLanguages] = useState<readonly Language[]>(LANGUAGES);
  const main = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, JSON.stringify(route));
  useEffect(() => {
    document.title = `${t('brand')} · ${t('app.name', { ns: 'common' })}`;
  }, [t]);

  return (
    <>
      <header className="app-header preview-header">
        {/* Not href="#main": that hash would leave the preview. */}
        <a
          className="skip-link"
          href={previewHref(route)}
          onClick={(e) => {
            e.preventDefault();
            main.current?.focus();
          }}
        >
          {t('skipToContent')}
        </a>
        <p className="brand">
          <span className="brand-name">{t('app.name', { ns: 'common' })}</span> <span className="brand-tagline">{t('brand')}</span>
        </p>
        <Breadcrumbs route={route} />
        <LanguagePicker selected={languages} onChange={setLanguages} />
      </header>
      <main id="main" ref={main} tabIndex={-1} className="preview-main">
        <h1 ref={heading} tabIndex={-1}>
          {pageHeading(t, route)}
        </h1>
        <p className="hint">{t('notSaved')}</p>
        <PreviewPage route={route} languages={languages} />
      </main>
    </>
  );
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The route named by the location hash, kept current as links change it. */
function usePreviewRoute(): PreviewRoute {
  const hash = useSyncExternalStore(subscribeToHash, () => location.hash);
  // A hash outside the preview makes the boot code reload into the learner app; until then, the list.
  return parsePreviewRoute(hash) ?? { name: 'modules' };
}

/** After a link changes the page (not on first display), focus goes to its title, so it is announced. */
function useFocusOnNavigation(heading: RefObject<HTMLHeadingElement | null>, page: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [heading, page]);
}

function pageHeading(t: TFunction<'preview'>, route: PreviewRoute): string {
  switch (route.name) {
    case 'modules':
      return t('list.heading');
    case 'module':
      return t('module.heading', { id: route.moduleId });
    case 'block':
      return t('block.heading', { id: route.blockId, moduleId: route.moduleId });
    case 'invalid':
      return t('notFound.heading');
  }
}

function Breadcrumbs({ route }: { route: PreviewRoute }) {
  const { t } = useTranslation('preview');
  const moduleId = route.name === 'module' || route.name === 'block' ? route.moduleId : undefined;
  return (
    <nav className="preview-breadcrumbs" aria-label={t('nav.label')}>
      <ol>
        <li>
          <a href={previewHref({ name: 'modules' })} aria-current={route.name === 'modules' ? 'page' : undefined}>
            {t('nav.allModules')}
          </a>
        </li>
        {moduleId !== undefined && (
          <li>
            <a href={previewHref({ name: 'module', moduleId })} aria-current={route.name === 'module' ? 'page' : undefined}>
              <code>{moduleId}</code>
            </a>
          </li>
        )}
        {route.name === 'block' && (
          <li>
            <a href={previewHref(route)} aria-current="page">
              <code>{route.blockId}</code>
            </a>
          </li>
        )}
      </ol>
    </nav>
  );
}

function PreviewPage({ route, languages }: { route: PreviewRoute; languages: readonly Language[] }) {
  const { t } = useTranslation('preview');
  switch (route.name) {
    case 'modules':
      return (
        <>
          <p>{t('list.intro')}</p>
          <LanguageColumns languages={languages} rows={moduleListRows()}>
            <ModuleList />
          </LanguageColumns>
        </>
      );
    case 'module':
    case 'block':
      return <ModulePage moduleId={route.moduleId} blockId={route.name === 'block' ? route.blockId : undefined} languages={languages} />;
    case 'invalid':
      return <NotFound>{t('notFound.address')}</NotFound>;
  }
}

function ModulePage({ moduleId, blockId, languages }: { moduleId: string; blockId: string | undefined; languages: readonly Language[] }) {
  const { t } = useTranslation('preview');
  const load = usePreviewModule(moduleId);
  switch (load.state) {
    case 'unknown':
      return <NotFound>{t('notFound.module', { id: moduleId })}</NotFound>;
    case 'loading':
      return <p role="status">{t('loading')}</p>;
    case 'failed':
      return (
        <div className="panel preview-problem">
          <p role="alert" className="error">
            {t('loadFailed', { id: moduleId })}
          </p>
          {/* The reason comes from the content checker or the loader, written for authors in English. */}
          <pre lang="en">{load.reason}</pre>
          <BackToList />
        </div>
      );
    case 'loaded':
      break;
  }
  if (blockId === undefined) {
    return (
      <LanguageColumns languages={languages} rows={modulePreviewRows(load.module, load.blocks)}>
        <ModulePreview module={load.module} blocks={load.blocks} />
      </LanguageColumns>
    );
  }
  const position = load.blocks.find((p) => p.block.id === blockId);
  if (!position) {
    return <NotFound moduleId={moduleId}>{t('notFound.block', { id: blockId, moduleId })}</NotFound>;
  }
  return (
    <LanguageColumns languages={languages} rows={BLOCK_ALONE_ROWS}>
      <BlockAlonePreview module={load.module} position={position} />
    </LanguageColumns>
  );
}

type ModuleLoad = { state: 'unknown' } | { state: 'loading' } | { state: 'failed'; reason: string } | { state: 'loaded'; module: LearningModule; blocks: BlockPosition[] };

/** The module as the player would load it; "unknown" when the catalogue has no such id. */
function usePreviewModule(moduleId: string): ModuleLoad {
  const known = CATALOGUE.some((m) => m.id === moduleId);
  const [loaded, setLoaded] = useState<{ moduleId: string; load: ModuleLoad } | null>(null);
  useEffect(() => {
    if (!known) return;
    let live = true;
    void loadModule(moduleId).then((result) => live && setLoaded({ moduleId, load: loadedState(result) }));
    return () => {
      live = false;
    };
  }, [moduleId, known]);
  if (!known) return { state: 'unknown' };
  return loaded?.moduleId === moduleId ? loaded.load : { state: 'loading' };
}

function loadedState(result: LoadResult): ModuleLoad {
  return result.ok ? { state: 'loaded', module: result.module, blocks: flattenBlocks(result.module) } : { state: 'failed', reason: result.reason };
}

function NotFound({ moduleId, children }: { moduleId?: string; children: ReactNode }) {
  const { t } = useTranslation('preview');
  return (
    <div className="panel preview-problem">
      <p className="error">{children}</p>
      <ul className="preview-problem-links">
        {moduleId !== undefined && (
          <li>
            <a href={previewHref({ name: 'module', moduleId })}>{t('notFound.backToModule', { id: moduleId })}</a>
          </li>
        )}
        <li>
          <BackToList />
        </li>
      </ul>
    </div>
  );
}

function BackToList() {
  const { t } = useTranslation('preview');
  return <a href={previewHref({ name: 'modules' })}>{t('notFound.back')}</a>;
}
