/**
 * The baseline for the startup benchmark: the least a React 19 page can do, built by the same
 * toolchain as the app. The app's time to its first interactive screen is compared with this.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Baseline() {
  // Same signal, same moment as the app: after the first render has been committed.
  useEffect(() => {
    performance.mark('carelit:interactive');
  }, []);
  return <button type="button">Start</button>;
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Baseline />);
