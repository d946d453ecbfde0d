import { useEffect, useState } from 'react';
import type { Platform } from '../platform';
import type { Translate } from '../ui-strings';

/** The app's version, as the platform reports it (texts from `t`, as in HeaderFrame). */
export function Footer({ platform, t }: { platform: Platform; t: Translate }) {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void platform.getAppInfo().then(
      (info) => setVersion(info.version),
      () => setVersion(null),
    );
  }, [platform]);
  return <footer className="app-footer">{version && t('app.version', { version })}</footer>;
}
