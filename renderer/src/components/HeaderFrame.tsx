import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Translate } from '../ui-strings';

/**
 * The header's frame: the skip link and the brand, then its tools, if any, in one row whatever
 * the text size. Where the row is narrow (large text, zoom, a small window) the tools fold behind
 * one "Menu" button (styles.css decides, by the header's own width); they stay in the page, so
 * nothing is lost. `tools` gets `close`, for a choice that closes the folded menu. It takes its
 * texts from `t`: i18next's in the app, the first start's own before i18next is loaded.
 */
export function HeaderFrame({ t, tools }: { t: Translate; tools?: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const toolsId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      document.getElementById(`${toolsId}-toggle`)?.focus();
    }
  };
  return (
    <header className="app-header" onKeyDown={onKeyDown}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header-row">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span> <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        {tools && (
          <>
            <button type="button" id={`${toolsId}-toggle`} className="header-menu-toggle" aria-expanded={open} aria-controls={toolsId} onClick={() => setOpen(!open)}>
              {t('header.menu')}
            </button>
            <div id={toolsId} className="header-tools" data-open={open || undefined}>
              {tools(() => setOpen(false))}
            </div>
          </>
        )}
      </div>
    </header>
  );
}
