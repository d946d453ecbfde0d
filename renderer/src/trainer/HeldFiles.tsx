import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideHeld, heldFiles, type HeldDecision, type HeldFile } from '../db/cohort-import';
import { useLanguage } from '../hooks';
import { formatDay, learnerName } from './format';
import { nameContent } from './names';
import { useVault } from './store';

/**
 * Files held for the trainer's decision: their records are already another learner's in this
 * cohort, so one of the two files is most likely a copy of the other with the name changed.
 * Both names are shown, and she decides; until then neither file counts for the one it names.
 */
export function HeldFiles({ cohortId, paused = false }: { cohortId: string; paused?: boolean }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const last = useRef<HeldFile[] | undefined>(undefined);
  // Like the dashboard, it reads nothing while files are being imported, and once after.
  const held = useLiveQuery(async () => {
    if (paused && last.current) return last.current;
    last.current = await heldFiles(vault, cohortId);
    return last.current;
  }, [vault, cohortId, paused]);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const [deciding, setDeciding] = useState(false);

  const decide = async (file: HeldFile, decision: HeldDecision) => {
    if (deciding) return;
    setDeciding(true);
    try {
      await decideHeld(vault, cohortId, file.id, decision);
      setMessage(t(`held.done.${decision}`, { file: file.fileName }));
    } catch {
      setMessage(t('held.failed', { file: file.fileName }));
    } finally {
      setDeciding(false);
      heading.current?.focus();
    }
  };

  if (!held || (!held.length && !message)) return null;
  return (
    <section aria-labelledby="held-title" className="panel held-files">
      <h2 id="held-title" ref={heading} tabIndex={-1}>
        {t('held.title', { count: held.length })}
      </h2>
      <p role="status" className="hint">
        {message}
      </p>
      {held.length > 0 && <p>{t('held.intro')}</p>}
      <ul className="held-list">
        {held.map((file) => (
          <li key={file.id}>
            <HeldItem file={file} disabled={deciding} onDecide={(decision) => void decide(file, decision)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HeldItem({ file, disabled, onDecide }: { file: HeldFile; disabled: boolean; onDecide(decision: HeldDecision): void }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const id = `held-${file.id}`;
  const newcomer = learnerName(file.learner, t);
  const first = file.owners.map((o) => learnerName(o, t)).join(', ') || t('held.nobody');
  const shared = file.records - file.ownRecords;
  return (
    <article aria-labelledby={`${id}-title`} className="held-file">
      <h3 id={`${id}-title`}>
        <span className="file-name">{file.fileName}</span>
      </h3>
      <dl className="held-facts">
        <dt>{t('held.fileNames')}</dt>
        <dd>
          {nameContent(file.learner, t)} <code>{file.learner.account.slice(0, 8)}</code>
        </dd>
        <dt>{t('held.alreadyHeldBy')}</dt>
        <dd>
          {file.owners.length
            ? file.owners.map((o, i) => (
                <span key={o.account}>
                  {i > 0 && ', '}
                  {nameContent(o, t)} <code>{o.account.slice(0, 8)}</code> ({t('held.records', { count: o.shared })})
                </span>
              ))
            : t('held.nobody')}
        </dd>
        <dt>{t('held.heldOn')}</dt>
        <dd>{formatDay(file.heldAt, lang)}</dd>
      </dl>
      <p>{t('held.why', { count: shared, total: file.records })}</p>
      <ul className="held-choices">
        <li>
          <button type="button" disabled={disabled} aria-describedby={`${id}-keep`} onClick={() => onDecide('keep-first')}>
            {t('held.keep', { name: first })}
          </button>
          <p id={`${id}-keep`} className="hint">
            {file.ownRecords ? t('held.keepHelp', { name: first, count: file.ownRecords, newcomer }) : t('held.keepHelpNothing', { name: first })}
          </p>
        </li>
        <li>
          <button type="button" disabled={disabled} aria-describedby={`${id}-replace`} onClick={() => onDecide('replace')}>
            {t('held.replace', { name: first, newcomer })}
          </button>
          <p id={`${id}-replace`} className="hint">
            {t('held.replaceHelp', { name: first, newcomer })}
          </p>
        </li>
        <li>
          <button type="button" disabled={disabled} aria-describedby={`${id}-discard`} onClick={() => onDecide('discard')}>
            {t('held.discard')}
          </button>
          <p id={`${id}-discard`} className="hint">
            {t('held.discardHelp')}
          </p>
        </li>
      </ul>
    </article>
  );
}
