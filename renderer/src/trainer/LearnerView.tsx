import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchCertificate, normaliseCode, type CertificateMatch } from '../../../core/cohort/certificate';
import { cellOf } from '../../../core/cohort/report';
import type { LearnerSummary } from '../../../core/cohort/summary';
import { own } from '../../../core/content/id';
import { learnerRecord } from '../db/cohorts';
import { useLanguage } from '../hooks';
import { formatLocalDay, formatPercent } from '../i18n';
import { useTrainerCatalogue, type TrainerCatalogue } from './catalogue';
import { useHeadingFocus } from './focus';
import { formatDay, formatMinutes, standingWords } from './format';
import { moduleTitle } from '../../../core/cohort/csv';
import { nameContent } from './names';
import { ObjectivesList } from './Objectives';
import { useTrainer, useVault } from './store';

/** One learner of a cohort: her modules, passed or not, with dates, scores and time; the objectives of those passed; and a certificate's code checked. */
export function LearnerView({ cohortId, account }: { cohortId: string; account: string }) {
  const { t } = useTranslation('trainer');
  const vault = useVault();
  const catalogue = useTrainerCatalogue();
  const row = useLiveQuery(async () => ({ row: await learnerRecord(vault, cohortId, account) }), [vault, cohortId, account]);
  const show = useTrainer((s) => s.show);
  const back = () => show({ name: 'cohort', cohortId });
  if (!row || !catalogue) return <p role="status">{t('loading')}</p>;
  return (
    <article className="learner-detail" aria-labelledby="learner-title">
      <p className="trainer-back">
        <button type="button" className="link-button" onClick={back}>
          {t('learner.back')}
        </button>
      </p>
      {row.row ? <LearnerDetail summary={row.row.summary} catalogue={catalogue} /> : <h1 id="learner-title">{t('learner.missing')}</h1>}
    </article>
  );
}

function LearnerDetail({ summary, catalogue }: { summary: LearnerSummary; catalogue: TrainerCatalogue }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const heading = useHeadingFocus();
  const known = catalogue.modules.map((m) => m.id);
  const moduleIds = [
    ...known,
    ...Object.keys(summary.modules)
      .filter((id) => !known.includes(id))
      .sort(),
  ];
  const rows = moduleIds.map((id) => ({
    id,
    mod: own(summary.modules, id),
    cell: cellOf(
      own(summary.modules, id),
      catalogue.modules.find((m) => m.id === id),
    ),
  }));
  const passed = rows.filter((r) => r.cell.result === 'passed');
  const words = standingWords(t);
  const percent = (score: number | undefined) => (score === undefined ? t('none') : formatPercent(score, lang));
  const day = (iso: string | undefined) => (iso ? formatDay(iso, lang) : t('none'));
  return (
    <>
      <h1 id="learner-title" ref={heading} tabIndex={-1}>
        {nameContent(summary, t)}
      </h1>
      <dl className="learner-facts">
        <dt>{t('learner.profession')}</dt>
        <dd>{summary.profession ? t(`common:profiles.professions.${summary.profession}`) : t('matrix.noProfession')}</dd>
        <dt>{t('learner.account')}</dt>
        <dd>
          <code>{summary.account}</code>
        </dd>
        <dt>{t('learner.lastActivity')}</dt>
        <dd>{day(summary.lastActivityAt)}</dd>
      </dl>

      <h2 id="learner-modules">{t('learner.modules')}</h2>
      <p className="hint">{t('learner.rule')}</p>
      <div className="table-scroll" role="region" aria-labelledby="learner-modules" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('learner.module')}</th>
              <th scope="col">{t('learner.status')}</th>
              <th scope="col">{t('learner.attempts')}</th>
              <th scope="col">{t('learner.started')}</th>
              <th scope="col">{t('learner.completedOn')}</th>
              <th scope="col">{t('learner.score')}</th>
              <th scope="col">{t('learner.passingScore')}</th>
              <th scope="col">{t('learner.time')}</th>
              <th scope="col">{t('learner.exercises')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, mod, cell }) => (
              <tr key={id}>
                <th scope="row">{moduleTitle(id, catalogue.modules, lang)}</th>
                <td className="cell" data-state={cell.standing}>
                  <span className="cell-status" data-state={cell.standing}>
                    {words[cell.standing]}
                  </span>
                  {cell.standing === 'in-progress' && cell.result && <> ({words[cell.result]})</>}
                </td>
                <td>{cell.attempts || t('none')}</td>
                <td>{day(mod?.startedAt)}</td>
                <td>{day(cell.completedAt)}</td>
                <td>{percent(cell.score)}</td>
                <td>{percent(cell.passingScore)}</td>
                <td>{mod ? formatMinutes(mod.timeSpentMs, lang) : t('none')}</td>
                <td>{mod ? mod.itemsAnswered : t('none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('learner.objectives')}</h2>
      {passed.length === 0 ? (
        <p>{t('learner.nonePassed')}</p>
      ) : (
        passed.map(({ id }) => (
          <section key={id}>
            <h3>{moduleTitle(id, catalogue.modules, lang)}</h3>
            <ObjectivesList moduleId={id} catalogue={catalogue} />
          </section>
        ))
      )}
      <VerifyCertificate summary={summary} catalogue={catalogue} />
    </>
  );
}

type Verdict = { kind: 'invalid' } | { kind: 'no-match' } | { kind: 'match'; match: CertificateMatch };

/** A code from a certificate she shows, checked against the records imported from her file (core/cohort/certificate.ts). */
function VerifyCertificate({ summary, catalogue }: { summary: LearnerSummary; catalogue: TrainerCatalogue }) {
  const { t } = useTranslation('trainer');
  const [lang] = useLanguage();
  const id = useId();
  const [code, setCode] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!normaliseCode(code)) {
      setVerdict({ kind: 'invalid' });
      return;
    }
    const match = await matchCertificate(code, summary, catalogue.modules);
    setVerdict(match ? { kind: 'match', match } : { kind: 'no-match' });
  };
  const invalid = verdict?.kind === 'invalid';
  const message =
    verdict?.kind === 'match'
      ? t('verify.match', {
          module: moduleTitle(verdict.match.moduleId, catalogue.modules, lang),
          version: verdict.match.moduleVersion,
          date: formatLocalDay(verdict.match.completedAt, lang),
          score: verdict.match.score === undefined ? t('none') : formatPercent(verdict.match.score, lang),
        })
      : verdict?.kind === 'no-match'
        ? t('verify.noMatch')
        : '';
  return (
    <section aria-labelledby={`${id}-title`} className="verify-certificate">
      <h2 id={`${id}-title`}>{t('verify.title')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('verify.label')}</label>
          <input
            id={`${id}-code`}
            type="text"
            value={code}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
            onChange={(e) => setCode(e.target.value)}
          />
          <p id={`${id}-hint`} className="hint">
            {t('verify.hint')}
          </p>
          {invalid && (
            <p id={`${id}-error`} className="error">
              {t('verify.invalid')}
            </p>
          )}
        </div>
        <button type="submit">{t('verify.submit')}</button>
      </form>
      <p role="status" className={verdict?.kind === 'match' ? 'verify-match' : verdict?.kind === 'no-match' ? 'verify-no-match' : 'hint'}>
        {message}
      </p>
    </section>
  );
}
