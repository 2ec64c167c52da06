import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  blockedAndOpen,
  combineReports,
  type CombinedTarget,
  type NetworkReport,
} from '../../../src-main/core/combine-reports.ts';
import { routeList } from '../../../src-main/core/view/labels.ts';
import { siteNameText } from '../../../src-main/core/view/site-name.ts';
import { noVerdictLook, verdictLook } from '../../../src-main/core/view/verdict-look.ts';
import { formatDateTime } from '../../../src-main/shared/i18n/dates.ts';
import type { PathVerdict } from '../../../src-main/shared/verdict.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { LookBadge } from '../../components/StatusBadge.tsx';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import { useApp } from '../../hooks/useApp.ts';
import styles from './Sharing.module.css';

/**
 * The participants' networks side by side: a table of networks, then a site ×
 * network table with the sites they disagree on first, each marked with a symbol
 * and a word. An unfinished run is judged first, as in the exported merged report.
 */
export function Combined({ networks }: { networks: readonly NetworkReport[] }): React.JSX.Element {
  const { t } = useTranslation();
  const { language } = useApp();
  const combined = useMemo(() => combineReports(networks), [networks]);
  const differing = combined.targets.filter((target) => target.difference !== 'same').length;
  const routes = (names: readonly string[]): string => routeList(t, names);
  const networkLabels = combined.networks.map((network) => network.label);

  return (
    <>
      {/* Unnamed sections: the scrolling table in each is the region, named by its caption
          (a section named by the same heading would be a second landmark of that name,
          axe's landmark-unique). */}
      <section>
        <h2>{t('sharing.workshop.networks')}</h2>
        <ScrollRegion className={styles.tableWrap} label={t('sharing.workshop.networks')}>
          <table className={styles.table}>
            <caption className={styles.caption}>{t('sharing.workshop.networks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.merge.network')}</th>
                <th scope="col">{t('report.meta.started')}</th>
                <th scope="col">{t('report.merge.tested')}</th>
                <th scope="col">{t('report.merge.blocked')}</th>
                <th scope="col">{t('report.merge.working-routes')}</th>
              </tr>
            </thead>
            <tbody>
              {combined.networks.map((network) => (
                <tr key={network.label}>
                  <th scope="row">{network.label}</th>
                  <td>{formatDateTime(network.startedAt, language)}</td>
                  <td>{network.tested}</td>
                  <td>{network.blocked}</td>
                  <td>
                    {network.workingRoutes.length === 0
                      ? t('report.merge.no-working-route')
                      : routes(network.workingRoutes)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
      <section>
        <h2>{t('sharing.workshop.sites')}</h2>
        <p className={styles.notice}>
          {differing === 0 ? t('report.merge.all-same') : t('report.merge.differing', { count: differing })}
        </p>
        <VirtualTable
          caption={t('sharing.workshop.sites')}
          captionClassName={styles.caption}
          tableClassName={styles.table}
          columns={2 + combined.networks.length}
          count={combined.targets.length}
          head={
            <>
              <th scope="col">{t('sharing.workshop.site')}</th>
              {combined.networks.map((network) => (
                <th key={network.label} scope="col">
                  {network.label}
                </th>
              ))}
              <th scope="col">{t('sharing.workshop.comparison')}</th>
            </>
          }
          row={(index) => {
            const target = combined.targets[index];
            if (target === undefined) return null;
            return {
              key: target.key,
              className: target.difference === 'same' ? undefined : styles.differs,
              cells: (
                <>
                  <th scope="row" title={target.label}>
                    {siteNameText(t, target.catalog ?? target.label)}
                  </th>
                  {target.results.map((result, column) => (
                    <td key={combined.networks[column]?.label ?? column}>
                      {result === undefined ? (
                        <LookBadge look={noVerdictLook(t, 'report.merge.not-tested')} />
                      ) : (
                        <Verdict verdict={result.direct} />
                      )}
                      {result === undefined || result.restoredBy.length === 0 ? null : (
                        <div className={styles.hint}>
                          {t('sharing.workshop.works-through', { routes: routes(result.restoredBy) })}
                        </div>
                      )}
                    </td>
                  ))}
                  <td>
                    <Difference t={t} target={target} networks={networkLabels} />
                  </td>
                </>
              ),
            };
          }}
        />
      </section>
    </>
  );
}

function Verdict({ verdict }: { verdict: PathVerdict | undefined }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <LookBadge look={verdict === undefined ? noVerdictLook(t, 'report.cell.not-judged') : verdictLook(t, verdict)} />
  );
}

/** Whether the networks agree on a site: a symbol and a word, then what differs in plain words. */
function Difference({
  t,
  target,
  networks,
}: {
  t: TFunction;
  target: CombinedTarget;
  networks: readonly string[];
}): React.JSX.Element {
  if (target.difference === 'same') {
    return (
      <span>
        <span aria-hidden="true">= </span>
        {t('sharing.workshop.same')}
      </span>
    );
  }
  const { blocked, open } = blockedAndOpen(target, networks);
  const detail =
    target.difference === 'blocked-somewhere'
      ? t('report.merge.difference.blocked-somewhere', { blocked: blocked.join(', '), open: open.join(', ') })
      : t(`report.merge.difference.${target.difference}`);
  return (
    <span className={styles.differsWord}>
      <span aria-hidden="true">≠ </span>
      <strong>{t('sharing.workshop.differs')}</strong>: {detail}
    </span>
  );
}
