import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetectedToolInfo, LocalAddress, ProxyAddressAnswer } from '../../../src-main/shared/ipc/routes.ts';
import { Button } from '../../components/Button.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { adviseAddress, proxyAddress } from './address-advice.ts';
import styles from './Routes.module.css';

/** Names and addresses in the help's sentences: the same in every language, so parameters, not words. */
const WORDS = {
  apps: 'v2rayN, Nekoray, Hiddify…',
  key: 'ss://',
  example: 'socks5h://127.0.0.1:10808',
  interfaces: 'tun, wg, utun',
};

type Asked<T> =
  { kind: 'idle' } | { kind: 'asking' } | { kind: 'answered'; value: T } | { kind: 'error'; text: string };

interface AddressHelpProps {
  address: string;
  /** Puts an address in the form (and a name, when the form has none). */
  onUse: (address: string, name?: string) => void;
}

/**
 * Under the address field: the way forward for what was pasted. A bare `host:port`
 * gets "Did you mean socks5h://…?" and a check of which protocols answer there; a
 * VLESS/VMess/Trojan link gets why Detour needs its app's SOCKS port, and a search for
 * apps running here; and a VPN is picked from this computer's addresses.
 */
export function AddressHelp({ address, onUse }: AddressHelpProps): React.JSX.Element {
  const { t } = useTranslation();
  const advice = adviseAddress(address);
  return (
    <div className={styles.help}>
      {advice.kind === 'host-port' ? (
        <HostPortHelp key={`${advice.host}:${advice.port}`} host={advice.host} port={advice.port} onUse={onUse} />
      ) : null}
      {advice.kind === 'client-link' ? (
        <>
          <p>{t('route-help.client-link', { protocol: advice.protocol, apps: WORDS.apps })}</p>
          <LocalToolsHelp onUse={onUse} />
        </>
      ) : null}
      <VpnAddressHelp onUse={onUse} />
    </div>
  );
}

function HostPortHelp({ host, port, onUse }: { host: string; port: number; onUse: AddressHelpProps['onUse'] }) {
  const { t } = useTranslation();
  const { api } = useApp();
  const errorText = useIpcErrorText();
  const [asked, setAsked] = useState<Asked<ProxyAddressAnswer>>({ kind: 'idle' });
  const socks = proxyAddress('socks5h', host, port);
  const http = proxyAddress('http', host, port);
  const probe = async (): Promise<void> => {
    setAsked({ kind: 'asking' });
    const answer = await api.probeProxyAddress({ host, port });
    setAsked(answer.ok ? { kind: 'answered', value: answer.value } : { kind: 'error', text: errorText(answer.error) });
  };
  const found = asked.kind === 'answered' ? asked.value : null;
  return (
    <>
      <p>{t('route-help.did-you-mean', { address: socks })}</p>
      <div className={styles.actions}>
        <Button onClick={() => onUse(socks)}>{t('route-help.use', { address: socks })}</Button>
        <Button onClick={() => void probe()} disabled={asked.kind === 'asking'}>
          {asked.kind === 'asking' ? t('route-help.probing') : t('route-help.probe')}
        </Button>
      </div>
      <div role="status">
        {asked.kind === 'error' ? <p className={styles.error}>{asked.text}</p> : null}
        {found !== null && found.socks5 === null && found.httpConnect === null ? (
          <p>{t('route-help.probe-none', { address: `${host}:${port}` })}</p>
        ) : null}
        {found !== null && (found.socks5 !== null || found.httpConnect !== null) ? (
          <p>{t('route-help.probe-found')}</p>
        ) : null}
      </div>
      {found === null ? null : (
        <div className={styles.actions}>
          {found.socks5 === null ? null : (
            <Button onClick={() => onUse(socks)}>
              {t(found.socks5.needsAuth ? 'route-help.use-socks-auth' : 'route-help.use-socks', { address: socks })}
            </Button>
          )}
          {found.httpConnect === null ? null : (
            <Button onClick={() => onUse(http)}>
              {t(found.httpConnect.needsAuth ? 'route-help.use-http-auth' : 'route-help.use-http', { address: http })}
            </Button>
          )}
        </div>
      )}
      {found === null ? null : <p className={styles.muted}>{t('route-help.shadowsocks', { key: WORDS.key })}</p>}
    </>
  );
}

function LocalToolsHelp({ onUse }: { onUse: AddressHelpProps['onUse'] }) {
  const { t } = useTranslation();
  const { api } = useApp();
  const errorText = useIpcErrorText();
  const [asked, setAsked] = useState<Asked<DetectedToolInfo[]>>({ kind: 'idle' });
  const look = async (): Promise<void> => {
    setAsked({ kind: 'asking' });
    const answer = await api.detectLocalTools();
    setAsked(answer.ok ? { kind: 'answered', value: answer.value } : { kind: 'error', text: errorText(answer.error) });
  };
  const tools = asked.kind === 'answered' ? asked.value : [];
  return (
    <>
      <Button onClick={() => void look()} disabled={asked.kind === 'asking'}>
        {asked.kind === 'asking' ? t('route-help.detecting') : t('route-help.detect')}
      </Button>
      <div role="status">
        {asked.kind === 'error' ? <p className={styles.error}>{asked.text}</p> : null}
        {asked.kind === 'answered' && tools.length === 0 ? (
          <p>{t('route-help.detect-none', { example: WORDS.example })}</p>
        ) : null}
      </div>
      {tools.length === 0 ? null : (
        <div className={styles.actions}>
          {tools.map((tool) => {
            const spec = tool.spec;
            if (spec.kind !== 'proxy') return null;
            const address = proxyAddress(spec.protocol, spec.host, spec.port);
            return (
              <Button key={spec.name} onClick={() => onUse(address, spec.name)}>
                {t('route-help.use-tool', { tool: tool.candidate.tool, address })}
              </Button>
            );
          })}
        </div>
      )}
    </>
  );
}

function VpnAddressHelp({ onUse }: { onUse: AddressHelpProps['onUse'] }) {
  const { t } = useTranslation();
  const { api } = useApp();
  const errorText = useIpcErrorText();
  const [asked, setAsked] = useState<Asked<LocalAddress[]>>({ kind: 'idle' });
  const list = async (): Promise<void> => {
    setAsked({ kind: 'asking' });
    const answer = await api.listLocalAddresses();
    setAsked(answer.ok ? { kind: 'answered', value: answer.value } : { kind: 'error', text: errorText(answer.error) });
  };
  const addresses = asked.kind === 'answered' ? asked.value : [];
  return (
    <>
      <Button onClick={() => void list()} disabled={asked.kind === 'asking'}>
        {t('route-help.vpn')}
      </Button>
      <div role="status">
        {asked.kind === 'error' ? <p className={styles.error}>{asked.text}</p> : null}
        {asked.kind === 'answered' ? (
          <p>
            {addresses.length === 0
              ? t('route-help.vpn-none')
              : t('route-help.vpn-pick', { interfaces: WORDS.interfaces })}
          </p>
        ) : null}
      </div>
      {addresses.length === 0 ? null : (
        <div className={styles.actions}>
          {addresses.map(({ interfaceName, address }) => (
            <Button key={`${interfaceName}-${address}`} onClick={() => onUse(`bind:${address}`, 'vpn')}>
              {t('route-help.vpn-address', { interfaceName, address })}
            </Button>
          ))}
        </div>
      )}
    </>
  );
}
