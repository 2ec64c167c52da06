import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../src-main/shared/ipc/result.ts';

/** An action's refusal in the user's words (its code, never the developer message). */
export function useIpcErrorText(): (error: IpcError) => string {
  const { t } = useTranslation();
  return (error) => t(`ui.error.${error.code}`);
}
