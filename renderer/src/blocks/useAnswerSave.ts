import { useCallback, useRef, useState } from 'react';

/**
 * Saving an answer, the same for every answered block: one save at a time, and a failure kept
 * apart from the block's own refusals (nothing chosen, field empty) so each says what happened.
 */
export function useAnswerSave<A>(submit: (answer: A) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const saving = useRef(false);

  const save = useCallback(
    async (answer: A) => {
      if (saving.current) return;
      saving.current = true;
      setBusy(true);
      setFailed(false);
      try {
        await submit(answer);
      } catch {
        setFailed(true);
      } finally {
        saving.current = false;
        setBusy(false);
      }
    },
    [submit],
  );
  const clearFailure = useCallback(() => setFailed(false), []);
  return { busy, failed, save, clearFailure };
}
