import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { answerFinishes } from '../../../../core/blocks';
import { isWrongTurn, judge, PASS_SHARE } from '../../../../core/blocks/scenario/definition';
import { analyse, offered, replay, type Play, type Step } from '../../../../core/blocks/scenario/graph';
import type { Ending, ScenarioBlock as ScenarioData, ScenarioNode } from '../../../../core/blocks/scenario/schema';
import { Markdown } from '../../components/Markdown';
import { useLanguage, useLocalized } from '../../hooks';
import { formatPercent } from '../../i18n';
import type { BlockViewProps, ViewAttempt } from '../types';
import { useAnswerSave } from '../useAnswerSave';
import './scenario.css';

type Try = ViewAttempt<'scenario'>;

/**
 * A branching conversation, played one decision at a time. Each choice is saved (with its
 * statement) before the screen moves; there is no going back during a play, and a reload
 * resumes at the same node, since the play is replayed from its saved path. At an ending: the
 * debrief, her path beside the recommended one, her score in words; then "Play again" (a new
 * play, which then counts) and "Explore the other branches" (records nothing, and may go back).
 */
export function ScenarioBlock({ block, tries, state, saveState, submit, persisted }: BlockViewProps<'scenario'>) {
  const { t } = useTranslation(['scenario', 'common']);
  const localized = useLocalized();
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  const submitAndSay = useCallback(
    async (answer: Parameters<typeof submit>[0]) => {
      await submit(answer);
      setAnnouncement(t('saved'));
    },
    [submit, t],
  );
  const { busy, failed, save } = useAnswerSave(submitAndSay);
  const [stateFailed, setStateFailed] = useState(false);
  const focusTarget = useRef<HTMLElement>(null);
  /** Set when the learner acts: the next screen takes the focus (never on first display). */
  const moved = useRef(false);

  const current = currentPlay(block, tries, state.registration);
  const exploring = state.explore !== null;
  const explored = exploring ? (replay(block, state.explore!) ?? replay(block, [])) : null;
  const shown = explored ?? current.play;
  const finishedOnce = tries.some((tr) => answerFinishes(block, tr.answer));
  // Where the learner is: what moving on changes (a new play's registration alone does not).
  const place = `${exploring ? 'explore' : 'play'}:${shown.steps.length}`;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    focusTarget.current?.focus();
  }, [place]);

  const keep = async (next: typeof state) => {
    setStateFailed(false);
    moved.current = true;
    try {
      await saveState(next, { now: true });
    } catch {
      moved.current = false;
      setStateFailed(true);
    }
  };

  const choose = async (choiceId: string) => {
    if (exploring) {
      await keep({ ...state, explore: [...state.explore!, choiceId] });
      setAnnouncement(t('exploreMoved'));
      return;
    }
    let registration = current.registration;
    if (registration === null) {
      registration = crypto.randomUUID();
      setStateFailed(false);
      try {
        await saveState({ registration, explore: null }, { now: true });
      } catch {
        setStateFailed(true);
        return;
      }
    }
    moved.current = true;
    setAnnouncement('');
    await save({ registration, path: [...current.path, choiceId] });
  };

  const playAgain = () => keep({ registration: crypto.randomUUID(), explore: null }).then(() => setAnnouncement(t('newPlay')));
  const explore = () => keep({ ...state, explore: [] }).then(() => setAnnouncement(t('exploreStarted')));
  const back = () => keep({ ...state, explore: state.explore!.slice(0, -1) }).then(() => setAnnouncement(t('exploreBack')));
  const stopExploring = () => keep({ ...state, explore: null }).then(() => setAnnouncement(t('exploreStopped')));

  const ending = 'ending' in shown.at ? shown.at.ending : null;
  return (
    <div className="scenario">
      <h3 className="scenario-title">{localized(block.title)}</h3>
      <Setting block={block} />
      {exploring && <p className="scenario-banner">{t('exploring')}</p>}
      <History play={shown} />
      <section className="scenario-now" aria-labelledby={headingId}>
        <h4 id={headingId}>{ending ? t('endingHeading') : t('decision', { number: shown.steps.length + 1 })}</h4>
        <div ref={focusTarget as RefObject<HTMLDivElement>} tabIndex={-1} className="scenario-focus">
          <LastStep step={shown.steps[shown.steps.length - 1]} lead={shown.steps.length === 0 ? shown.lead : []} />
          {ending ? <EndingView block={block} play={shown} ending={ending} scored={!exploring} /> : <Turn node={(shown.at as { node: ScenarioNode }).node} />}
        </div>
        {!ending && <ChoiceForm key={place} play={shown} busy={busy} onChoose={choose} exploring={exploring} />}
      </section>
      <div role="status" aria-live="polite" className="scenario-status">
        {announcement}
      </div>
      {(failed || stateFailed) && (
        <p role="alert" className="error">
          {t('common:player.saveFailed')}
        </p>
      )}
      <div className="actions">
        {exploring ? (
          <>
            <button type="button" onClick={() => void back()} disabled={state.explore!.length === 0}>
              {t('back')}
            </button>
            <button type="button" onClick={() => void stopExploring()}>
              {t('stopExploring')}
            </button>
          </>
        ) : ending ? (
          <>
            <button type="button" className="primary" onClick={() => void playAgain()}>
              {t('playAgain')}
            </button>
            <button type="button" onClick={() => void explore()}>
              {t('explore')}
            </button>
          </>
        ) : null}
      </div>
      {/* What counts and when she may go on: nothing counts in the authors' preview. */}
      {persisted && !exploring && ending && <p className="hint">{t('playAgainHint')}</p>}
      {persisted && !exploring && !ending && <p className="hint">{t(current.path.length === 0 && finishedOnce ? 'newPlayHint' : 'playHint')}</p>}
    </div>
  );
}

/** The play that is on: the state's registration, or the latest answer's; its path from the latest answer of that play. */
function currentPlay(block: ScenarioData, tries: Try[], saved: string | null): { registration: string | null; path: string[]; play: Play } {
  const registration = saved ?? tries[tries.length - 1]?.answer.registration ?? null;
  const latest = [...tries].reverse().find((tr) => tr.answer.registration === registration);
  const play = latest ? replay(block, latest.answer.path) : null;
  // A path that no longer fits (the module changed) starts a new play.
  if (latest && !play) return { registration: null, path: [], play: replay(block, [])! };
  return { registration, path: latest?.answer.path ?? [], play: play ?? replay(block, [])! };
}

function Setting({ block }: { block: ScenarioData }) {
  const { t } = useTranslation('scenario');
  const localized = useLocalized();
  const id = useId();
  return (
    <section className="scenario-setting" aria-labelledby={id}>
      <h4 id={id}>{t('setting')}</h4>
      <Markdown source={localized(block.setting)} />
    </section>
  );
}

/** Who speaks, in words, then what is said or happens. */
function Turn({ node }: { node: ScenarioNode }) {
  const { t } = useTranslation('scenario');
  const localized = useLocalized();
  return (
    <div className="scenario-turn" data-speaker={node.speaker}>
      <p className="scenario-speaker">{t(`speakers.${node.speaker}`)}</p>
      <Markdown source={localized(node.text)} />
      {node.image && node.alt && <img className="scenario-image" src={`/${node.image}`} alt={localized(node.alt)} decoding="async" />}
    </div>
  );
}

/** What she chose last, its feedback, and the nodes passed on the way (they only tell what happens). */
function LastStep({ step, lead }: { step: Step | undefined; lead: ScenarioNode[] }) {
  const { t } = useTranslation('scenario');
  const localized = useLocalized();
  return (
    <>
      {step && (
        <div className="scenario-feedback" data-verdict={verdictOf(step)}>
          <p>
            <strong>{t('youChose')}</strong> {localized(step.choice.text)}
          </p>
          <p className="scenario-points">{t(`verdict.${verdictOf(step)}`, { count: step.choice.points, best: step.best })}</p>
          <p>{localized(step.choice.feedback)}</p>
        </div>
      )}
      {[...lead, ...(step?.arrival.through ?? [])].map((node) => (
        <Turn key={node.id} node={node} />
      ))}
    </>
  );
}

const verdictOf = (step: Step) => (step.choice.critical ? 'critical' : isWrongTurn(step) ? 'weaker' : 'best');

/** The decisions before the last one, for her to read again: no going back to them. */
function History({ play }: { play: Play }) {
  const { t } = useTranslation('scenario');
  const localized = useLocalized();
  const earlier = play.steps.slice(0, -1);
  if (earlier.length === 0) return null;
  return (
    <details className="scenario-history">
      <summary>{t('history', { count: earlier.length })}</summary>
      <ol>
        {earlier.map((step, i) => (
          <li key={`${i}-${step.node.id}`}>
            <Turn node={step.node} />
            <p>
              <strong>{t('youChose')}</strong> {localized(step.choice.text)}
            </p>
            <p>{localized(step.choice.feedback)}</p>
            {step.arrival.through.map((node) => (
              <Turn key={node.id} node={node} />
            ))}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Native radios and a confirm button: a word said cannot be unsaid, so choosing takes two steps. */
function ChoiceForm({ play, busy, exploring, onChoose }: { play: Play; busy: boolean; exploring: boolean; onChoose(id: string): Promise<void> }) {
  const { t } = useTranslation('scenario');
  const localized = useLocalized();
  const name = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const node = (play.at as { node: ScenarioNode }).node;
  const choices = offered(node, play.vars, play.score);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!picked) {
      setRefused(true);
      return;
    }
    await onChoose(picked);
  };

  return (
    <form className="scenario-choices" onSubmit={onSubmit} noValidate>
      <fieldset disabled={busy} aria-describedby={`${name}-hint`}>
        <legend>{t('whatDoYouDo')}</legend>
        <p id={`${name}-hint`} className="hint">
          {t(exploring ? 'exploreHint' : 'noGoingBack')}
        </p>
        <ul className="scenario-options">
          {choices.map((choice) => (
            <li key={choice.id} className="option">
              <input
                type="radio"
                id={`${name}-${choice.id}`}
                name={name}
                value={choice.id}
                checked={picked === choice.id}
                onChange={() => {
                  setPicked(choice.id);
                  setRefused(false);
                }}
              />
              <label htmlFor={`${name}-${choice.id}`}>{localized(choice.text)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      {refused && (
        <p role="alert" className="error">
          {t('chooseFirst')}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common:player.saving') : t(exploring ? 'tryChoice' : 'confirm')}
      </button>
    </form>
  );
}

/** The ending, its debrief, and — after a play — her score in words and her path beside the recommended one. */
function EndingView({ block, play, ending, scored }: { block: ScenarioData; play: Play; ending: Ending; scored: boolean }) {
  const { t } = useTranslation('scenario');
  const localized = useLocalized();
  const [language] = useLanguage();
  const verdict = judge(block, play);
  const best = analyse(block).best;
  const recommended = best ? replay(block, best.path) : null;
  const reason = verdict.passed ? 'passed' : (verdict.failedBy ?? 'belowShare');
  return (
    <div className="scenario-ending" data-outcome={ending.outcome}>
      <p className="scenario-ending-title">
        <strong>{t('endingLabel')}</strong> {localized(ending.title)}
      </p>
      <p className="scenario-outcome">
        <strong>{t('outcomeLabel')}</strong> {t(`outcomes.${ending.outcome}`)}
      </p>
      <Markdown source={localized(ending.debrief)} />
      {scored && (
        <>
          <p className="scenario-score">
            {t('score', { raw: verdict.raw, max: verdict.max, percent: formatPercent(verdict.raw / verdict.max, language) })}{' '}
            <strong>{t(`result.${reason}`, { share: formatPercent(PASS_SHARE, language) })}</strong>
          </p>
          <div className="scenario-paths">
            <PathList title={t('yourPath')} play={play} />
            {recommended && <PathList title={t('recommendedPath')} play={recommended} />}
          </div>
          {block.variables.length > 0 && (
            <>
              <h5>{t('checklist')}</h5>
              <ul className="scenario-checklist">
                {block.variables.map((v) => (
                  <li key={v.id}>
                    {localized(v.label)}: <strong>{t(play.vars.has(v.id) ? 'done' : 'notDone')}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}

function PathList({ title, play }: { title: string; play: Play }) {
  const { t } = useTranslation('scenario');
  const localized = useLocalized();
  const id = useId();
  const ending = 'ending' in play.at ? play.at.ending : null;
  return (
    <section aria-labelledby={id} className="scenario-path">
      <h5 id={id}>{title}</h5>
      <ol>
        {play.steps.map((step, i) => (
          <li key={`${i}-${step.node.id}`} data-verdict={verdictOf(step)}>
            {localized(step.choice.text)} <span className="scenario-points">({t(`pathVerdict.${verdictOf(step)}`, { count: step.choice.points, best: step.best })})</span>
          </li>
        ))}
      </ol>
      {ending && (
        <p>
          <strong>{t('endingLabel')}</strong> {localized(ending.title)} ({t(`outcomes.${ending.outcome}`)})
        </p>
      )}
    </section>
  );
}
