import { useState } from 'react';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { runRoutes } from '../routes/route-text.ts';

/** Starts a run over the user's lists; while it starts, `starting`; if refused, the reason in words. */
export function useDiagnose(): { diagnose: () => Promise<void>; starting: boolean; error: string | null } {
  const { runs, lists, navigate } = useApp();
  const errorText = useIpcErrorText();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const diagnose = async (): Promise<void> => {
    setStarting(true);
    setError(null);
    const refused = await runs.start({
      targets: lists.targets.map(({ input, source }) => ({ input, source })),
      routes: runRoutes(lists),
    });
    setStarting(false);
    if (refused === null) navigate('home');
    else setError(errorText(refused));
  };
  return { diagnose, starting, error };
}
