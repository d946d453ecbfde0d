import { useEffect } from 'react';
import { useServices } from '../context';
import { useLanguage } from '../hooks';
import { handOpenedFiles } from '../platform/opened-files';
import { useSession } from '../stores/session';

/**
 * The desktop's conventions, on the page's side (a browser's platform does nothing here): the
 * application menu speaks the interface language, its commands go where they can be done (her
 * modules for an export, her profile for a backup; the profile choice asks her to choose first),
 * and progress files opened with the app go to the trainer's import. Renders nothing.
 */
export function DesktopBridge() {
  const { platform } = useServices();
  const [language] = useLanguage();
  useEffect(() => platform.setMenuLanguage(language), [platform, language]);
  useEffect(() => platform.onMenuCommand((command) => useSession.getState().ask(command)), [platform]);
  useEffect(() => {
    let live = true;
    const take = () => void platform.takeOpenedFiles().then((files) => live && handOpenedFiles(files));
    // Files given at launch wait in the main process until the page asks.
    take();
    const stop = platform.onFilesOpened(take);
    return () => {
      live = false;
      stop();
    };
  }, [platform]);
  return null;
}
