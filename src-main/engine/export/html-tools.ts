import type { Html } from './html-template.ts';
import { dataTable, html } from './html-template.ts';
import type { Context } from './html.ts';
import { toolEntries, toolWords, type ToolEntry } from '../../shared/tools-view.ts';

/**
 * "Your tools" in the HTML report, beside the sites: each VPN configuration and bridge
 * with its state (a mark and words, coloured by tone, never colour alone), where it is
 * (unless the owner left addresses out) and why.
 */
export function toolsSection(context: Context): Html {
  const { t, report, omitted } = context;
  const entries = toolEntries(report.plan.tools, report.tools);
  if (entries.length === 0) return html``;
  const hidden = omitted.includes('proxy-hosts');
  const rows = entries.map((entry) => {
    const words = toolWords(t, entry);
    return html`<tr>
      <th scope="row">${entry.name}</th>
      <td>${kindWords(context, entry)}</td>
      <td class="code">${hidden ? t('tools.where-omitted') : entry.where}</td>
      <td>
        <span class="badge tone-${words.tone}"><span class="mark">${words.mark}</span>${words.status}</span>
      </td>
      <td>
        ${words.reason}${words.confidence === '' ? '' : html` <span class="muted">(${words.confidence})</span>`}
        ${words.through === '' ? '' : html`<br />${words.through}`}
      </td>
    </tr>`;
  });
  return html`<section>
    <h2>${t('tools.heading')}</h2>
    <p>${t('tools.lead')}</p>
    ${dataTable(
      ['name', 'kind', 'where', 'state', 'why'].map((column) => t(`tools.column.${column}`)),
      rows,
    )}
  </section>`;
}

function kindWords({ t }: Context, entry: ToolEntry): string {
  return entry.kind === 'bridge' ? `${t('tools.kind.bridge')} (${entry.technology})` : t('tools.kind.wireguard');
}
