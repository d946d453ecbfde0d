import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countingAttempt } from '../../../core/attempts';
import { certificateCode } from '../../../core/cohort/certificate';
import type { LearningModule } from '../../../core/content/schema';
import { slugOf } from '../../../core/file-names';
import { loadModule, type LoadResult } from '../content/catalogue';
import { useServices } from '../context';
import type { CompletedAttempt, LearnerRow } from '../db/rows';
import { useLanguage, useLocalized } from '../hooks';
import { formatLocalDay, formatMinutes, formatPercent } from '../i18n';
import type { PrintPageResult } from '../platform';
import { useSession } from '../stores/session';
import './certificate.css';

/**
 * A learner's certificate for a module she passed: her name, the module, its version, its planned
 * hours, its objectives, the date she passed it, and a verification code her trainer can check
 * against her progress file (core/cohort/certificate.ts). Printed through the platform: a PDF on
 * the desktop, the print dialog in a browser; the print stylesheet shows the certificate alone.
 */
export function CertificateScreen({ moduleId, learner }: { moduleId: string; learner: LearnerRow }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const progress = useLiveQuery(async () => ({ row: await db.progress.get([learner.id, moduleId]) }), [db, learner.id, moduleId]);
  useEffect(() => {
    let live = true;
    void loadModule(moduleId).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [moduleId]);

  if (!loaded || !progress) return <p role="status">{t('app.loading')}</p>;
  const counted = countingAttempt(progress.row?.attempts ?? []);
  if (!loaded.ok || !counted?.passed) return <NoCertificate />;
  return <Certificate module={loaded.module} learner={learner} passed={counted} />;
}

function NoCertificate() {
  const { t } = useTranslation();
  const showCatalogue = useSession((s) => s.showCatalogue);
  return (
    <section className="panel narrow">
      <p role="alert" className="error">
        {t('certificate.none')}
      </p>
      <button type="button" onClick={showCatalogue}>
        {t('player.backToCatalogue')}
      </button>
    </section>
  );
}

/** The verification code of her pass, once WebCrypto has made it. */
function useCode(account: string, moduleId: string, passed: CompletedAttempt): string | null {
  const [code, setCode] = useState<{ for: string; code: string } | null>(null);
  const key = `${account}/${moduleId}/${passed.moduleVersion}/${passed.completedAt}`;
  useEffect(() => {
    let live = true;
    void certificateCode({ account, moduleId, moduleVersion: passed.moduleVersion, completedAt: passed.completedAt }).then((made) => live && setCode({ for: key, code: made }));
    return () => {
      live = false;
    };
  }, [account, moduleId, passed.moduleVersion, passed.completedAt, key]);
  return code?.for === key ? code.code : null;
}

function Certificate({ module, learner, passed }: { module: LearningModule; learner: LearnerRow; passed: CompletedAttempt }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const localized = useLocalized();
  const code = useCode(learner.accountName, module.id, passed);
  const title = localized(module.title);
  const date = formatLocalDay(passed.completedAt, language);
  const facts: [string, string][] = [
    [t('certificate.module'), title],
    [t('certificate.version'), String(passed.moduleVersion)],
    [t('certificate.hours'), formatMinutes(module.estimatedMinutes * 60_000, language)],
    [t('certificate.score'), t('certificate.scoreValue', { score: formatPercent(passed.score, language), threshold: formatPercent(module.passingScore, language) })],
    [t('certificate.date'), date],
  ];
  return (
    <article className="certificate-page" aria-labelledby="certificate-title">
      <PrintTools suggestedName={`carelit-certificate-${module.id}-${slugOf(learner.displayName) || 'learner'}.pdf`} ready={code !== null} />
      <section className="certificate">
        <p className="certificate-brand">{t('certificate.brand')}</p>
        <h1 id="certificate-title">{t('certificate.title')}</h1>
        <p className="certificate-name">{learner.displayName}</p>
        <p className="certificate-statement">{t('certificate.statement', { module: title, date })}</p>
        <dl className="certificate-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <h2>{t('certificate.objectives')}</h2>
        <ul className="objectives">
          {module.objectives.map((o) => (
            <li key={o.id}>{localized(o.text)}</li>
          ))}
        </ul>
        <p className="certificate-code">
          {t('certificate.code')} <strong className="code">{code ?? '…'}</strong>
        </p>
        <p className="certificate-note">{t('certificate.codeHelp')}</p>
      </section>
    </article>
  );
}

/** Back, and print or save as PDF; what happened is said politely. Hidden from the printed page. */
function PrintTools({ suggestedName, ready }: { suggestedName: string; ready: boolean }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const showCatalogue = useSession((s) => s.showCatalogue);
  const [result, setResult] = useState<PrintPageResult | null>(null);
  const print = async () => {
    setResult(null);
    setResult(await platform.printPage({ suggestedName }));
  };
  const message = !result || result.outcome === 'cancelled' ? '' : result.outcome === 'failed' ? t(`export:failure.${result.error}`) : t(`certificate.${result.outcome}`);
  return (
    <div className="certificate-tools">
      <div className="actions">
        <button type="button" onClick={showCatalogue}>
          {t('player.backToCatalogue')}
        </button>
        <button type="button" className="primary" onClick={() => void print()} disabled={!ready}>
          {t(platform.kind === 'desktop' ? 'certificate.savePdf' : 'certificate.print')}
        </button>
      </div>
      {platform.kind === 'browser' && <p className="hint">{t('certificate.printHint')}</p>}
      <p role="status" className={result?.outcome === 'failed' ? 'error' : 'hint'}>
        {message}
      </p>
    </div>
  );
}
