import { useTranslation } from 'react-i18next';
import { isWeekGrid } from '../../../src-main/core/judge/time-slots.ts';
import { slotLegend } from '../../../src-main/core/view/pattern-words.ts';
import { heatMapLayout } from '../../../src-main/core/view/speed-charts.ts';
import { heatMapSvg } from '../../../src-main/core/view/speed-svg.ts';
import { dayName, heatMapWords } from '../../../src-main/core/view/speed-words.ts';
import type { SlotCell, SlotGrid } from '../../../src-main/shared/time-pattern.ts';
import styles from './History.module.css';

interface SpeedHeatMapProps {
  grid: SlotGrid;
  cells: readonly SlotCell[];
  title: string;
  /** Named in the data table's caption. */
  site: string;
}

/**
 * A week of one site (or of the connection): a cell per hour with a colour and the
 * same symbol as the CLI's text map, drawn by the same SVG text as the reports
 * (core/view/speed-svg.ts), and every cell's figure in a table behind it.
 */
export function SpeedHeatMap({ grid, cells, title, site }: SpeedHeatMapProps): React.JSX.Element {
  const { t } = useTranslation();
  const layout = heatMapLayout(grid, cells);
  const week = isWeekGrid(grid);
  // The SVG text escapes every word it holds (escapeXml): nothing in it is markup from outside.
  const svg = heatMapSvg(layout, heatMapWords(t, title, grid.slotMinutes, week));
  const hours = layout.cells.filter((cell) => cell.row === 0);
  return (
    <figure className={styles.speedChart} data-chart="heatmap">
      <figcaption>{title}</figcaption>
      <div className={styles.scroller} dangerouslySetInnerHTML={{ __html: svg }} />
      <p className={styles.muted}>{slotLegend(t)}</p>
      <details>
        <summary>{t('pattern-ui.table.show')}</summary>
        <div className={styles.scroller}>
          <table>
            <caption>{t('pattern-ui.table.heatmap-caption', { site })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pattern-ui.table.day')}</th>
                {hours.map((cell) => (
                  <th scope="col" key={cell.column}>
                    {String((cell.column * grid.slotMinutes) / 60).padStart(2, '0')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {layout.rows.map(({ row }) => (
                <tr key={row}>
                  <th scope="row">{dayName(t, row, week)}</th>
                  {layout.cells
                    .filter((cell) => cell.row === row)
                    .map((cell) => (
                      <td key={cell.column} title={t(`pattern-ui.state.${cell.state}`)}>
                        {cell.symbol}
                        {cell.relativeSpeed === null ? '' : ` ${cell.relativeSpeed}`}
                      </td>
                    ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
