import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DesktopBridge } from './components/DesktopBridge';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { firstScreenCommitted } from './first-paint';
import { ScreenBoundary } from './components/ScreenBoundary';
import { useServices } from './context';
import { ProfilesScreen } from './screens/ProfilesScreen';
import { AppearanceSync } from './settings/reader-settings';
import { useSession } from './stores/session';

// The module list (with the catalogue's metadata and her path) loads once the first screen is
// painted (start.tsx warms it): a return shows the profiles first.
export const loadCatalogueScreen = () => import('./screens/CatalogueScreen');
const CatalogueScreen = lazy(() => loadCatalogueScreen().then((m) => ({ default: m.CatalogueScreen })));
// The player and the card review load when first opened: the first screen needs neither the
// block components nor the scheduler.
const PlayerScreen = lazy(() => import('./screens/PlayerScreen').then((m) => ({ default: m.PlayerScreen })));
const ReviewScreen = lazy(() => import('./screens/ReviewScreen').then((m) => ({ default: m.ReviewScreen })));
const CertificateScreen = lazy(() => import('./certificate/CertificateScreen').then((m) => ({ default: m.CertificateScreen })));
// The trainer area (its import, the report, zod for untrusted files) loads only when a trainer opens it.
const TrainerScreen = lazy(() => import('./trainer/TrainerScreen').then((m) => ({ default: m.TrainerScreen })));
// A profile's own screens (PIN, management, backup and restore) and the settings load when opened.
const PinScreen = lazy(() => import('./profile/PinScreen').then((m) => ({ default: m.PinScreen })));
const ProfileScreen = lazy(() => import('./profile/ProfileScreen').then((m) => ({ default: m.ProfileScreen })));
const RestoreScreen = lazy(() => import('./profile/RestoreScreen').then((m) => ({ default: m.RestoreScreen })));
const SettingsScreen = lazy(() => import('./settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

/**
 * The learner's app, once her language is chosen (a first start's language screen comes before
 * it: see FirstStart.tsx). Screens follow the session: profile (its PIN, if it has one) →
 * catalogue → player or card review, or her profile's own screen; from the profile choice, the
 * restore of a backup or the trainer area; from anywhere, the settings.
 */
export function App() {
  const { t } = useTranslation();
  const { platform } = useServices();
  // After the first screen's own effects (a parent's run after its children's): what waits for the first paint may go.
  useEffect(firstScreenCommitted, []);
  return (
    <>
      <AppearanceSync />
      <DesktopBridge />
      <Header />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <GuardedScreen />
        </Suspense>
      </main>
      <Footer platform={platform} t={t} />
    </>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

/** A screen that fails to render fails alone: the header stays, and the learner gets a way back. */
function GuardedScreen() {
  const view = useSession((s) => s.view);
  return (
    <ScreenBoundary resetKey={JSON.stringify(view)} fallback={(retry) => <ScreenFailed retry={retry} />}>
      <CurrentScreen />
    </ScreenBoundary>
  );
}

function ScreenFailed({ retry }: { retry(): void }) {
  const { t } = useTranslation();
  const { learnerId, showCatalogue, signOut } = useSession();
  return (
    <section className="panel narrow">
      <p role="alert" className="error">
        {t('app.screenFailed')}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={learnerId ? showCatalogue : signOut}>
          {t(learnerId ? 'app.screenBack' : 'profiles.switch')}
        </button>
        <button type="button" onClick={retry}>
          {t('app.screenRetry')}
        </button>
      </div>
    </section>
  );
}

function CurrentScreen() {
  const { db } = useServices();
  const { learnerId, view, signOut } = useSession();
  const learner = useLiveQuery(async () => (learnerId ? { row: await db.learners.get(learnerId) } : null), [db, learnerId]);

  useEffect(() => {
    // A remembered session whose profile no longer exists goes back to the profile choice.
    if (learner && !learner.row) signOut();
  }, [learner, signOut]);

  if (view.name === 'trainer') return <TrainerScreen />;
  if (view.name === 'settings') return <SettingsScreen learnerId={learnerId} />;
  // A protected profile shows nothing of hers until its PIN is right: no one is signed in meanwhile.
  if (view.name === 'unlock') return <PinScreen learnerId={view.learnerId} />;
  if (view.name === 'restore') return <RestoreScreen />;
  if (!learnerId || view.name === 'profiles') return <ProfilesScreen />;
  if (!learner?.row) return null;
  if (view.name === 'player') return <PlayerScreen moduleId={view.moduleId} learnerId={learnerId} />;
  if (view.name === 'review') return <ReviewScreen learnerId={learnerId} />;
  if (view.name === 'profile') return <ProfileScreen learner={learner.row} />;
  if (view.name === 'certificate') return <CertificateScreen moduleId={view.moduleId} learner={learner.row} />;
  return <CatalogueScreen learnerId={learnerId} />;
}
