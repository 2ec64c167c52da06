import { useEffect, useState } from 'react';
import type { WireguardConfigInfo } from '../../../src-main/shared/ipc/tools.ts';
import { useApp } from '../../hooks/useApp.ts';

/** The WireGuard configurations the main process keeps (names and servers), loaded once per screen. */
export function useWireguardConfigs(): [WireguardConfigInfo[] | null, (configs: WireguardConfigInfo[]) => void] {
  const { api } = useApp();
  const [configs, setConfigs] = useState<WireguardConfigInfo[] | null>(null);
  useEffect(() => {
    let live = true;
    void api.listWireguardConfigs().then((answer) => {
      if (live) setConfigs(answer.ok ? answer.value : []);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return [configs, setConfigs];
}
