import { useTranslation } from 'react-i18next';
import { megabits, timelineLayout } from '../../../src-main/core/view/speed-charts.ts';
import { timelineSvg } from '../../../src-main/core/view/speed-svg.ts';
import { timelineWords } from '../../../src-main/core/view/speed-words.ts';
import { formatDateTime } from '../../../src-main/shared/i18n/dates.ts';
import type { SpeedLine } from '../../../src-main/shared/ipc/pattern.ts';
import { useApp } from '../../hooks/useApp.ts';
import styles from './History.module.css';

interface SpeedTimelineProps {
  lines: readonly SpeedLine[];
  site: string;
  route: string;
}

/**
 * One site's download speed over time with the neutral sites over the same route
 * drawn beside it (dashed), the same SVG text as the reports, and the figures of
 * every check in a table behind it.
 */
export function SpeedTimeline({ lines, site, route }: SpeedTimelineProps): React.JSX.Element {
  const { t } = useTranslation();
  const { language } = useApp();
  const layout = timelineLayout(lines, site, route);
  const words = timelineWords(t, site, language);
  // The SVG text escapes every word it holds (escapeXml): nothing in it is markup from outside.
  const svg = timelineSvg(layout, words);
  const drawn = lines.filter((line) => line.route === route && (line.control || line.site === site));
  const times = [...new Set(drawn.flatMap((line) => line.points.map((p) => p.at)))].sort(
    (a, b) => Date.parse(a) - Date.parse(b),
  );
  return (
    <figure className={styles.speedChart} data-chart="timeline">
      <figcaption>{words.title}</figcaption>
      <div className={styles.scroller} dangerouslySetInnerHTML={{ __html: svg }} />
      <details>
        <summary>{t('pattern-ui.table.show')}</summary>
        <div className={styles.scroller}>
          <table>
            <caption>{t('pattern-ui.table.timeline-caption', { site })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pattern-ui.table.when')}</th>
                {drawn.map((line) => (
                  <th scope="col" key={`${line.site}-${String(line.control)}`}>
                    {t('pattern-ui.table.speed', {
                      name: line.control ? `${words.controls}: ${line.site}` : line.site,
                    })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {times.map((at) => (
                <tr key={at}>
                  <th scope="row">{formatDateTime(at, language)}</th>
                  {drawn.map((line) => {
                    const point = line.points.find((p) => p.at === at);
                    return (
                      <td key={`${line.site}-${String(line.control)}`}>
                        {point === undefined ? '–' : megabits(point.bytesPerSecond)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
