import { trustedHtml, type Html } from './html-template.ts';

/**
 * The exports' one style sheet: plain, high-contrast, readable on a phone, and
 * printable on A4 (tables repeat their header, a site's evidence is not split
 * where it can be helped, colours are printed). Every coloured thing also has a
 * mark and words, so the page reads in black and white.
 */
const CSS = `
:root {
  --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --panel: #f6f8fa;
  --ok: #1a7f37; --ok-bg: #dafbe1; --blocked: #b3261e; --blocked-bg: #ffe1de;
  --down: #6e5600; --down-bg: #fff4c2; --broken: #8250df; --broken-bg: #efe6ff;
  --unclear: #57606a; --unclear-bg: #eef1f4; --accent: #0b5cad; --refused: #9a3412; --refused-bg: #ffedd5;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; max-width: 64rem; padding: 1.5rem; color: var(--ink); background: var(--paper);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
h4 { font-size: .95rem; margin: 1rem 0 .3rem; color: var(--muted); }
p { margin: .3rem 0; }
.lead { color: var(--muted); margin-bottom: 1rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .8rem 0; font-size: .9rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.notice { border-left: 4px solid var(--down); background: var(--down-bg); padding: .5rem .8rem; margin: .8rem 0; }
.summary { font-size: 1.05rem; padding-left: 1.2rem; }
.summary li { margin: .25rem 0; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; margin-top: 1rem; }
.chart-box { max-width: 100%; }
.chart-box h3 { font-size: .95rem; color: var(--muted); }
svg.chart { max-width: 100%; height: auto; font: 12px system-ui, "Noto Sans", "DejaVu Sans", sans-serif; }
svg.chart .label, svg.chart .figure { fill: var(--ink); }
svg.chart .track { fill: var(--panel); stroke: var(--line); }
svg.chart .bar.tone-ok { fill: var(--ok); } svg.chart .bar.tone-blocked { fill: var(--blocked); }
svg.chart .bar.tone-down { fill: var(--down); } svg.chart .bar.tone-refused { fill: var(--refused); } svg.chart .bar.tone-broken { fill: var(--broken); }
svg.chart .bar.tone-unclear, svg.chart .bar.tone-none { fill: var(--unclear); }
svg.spark polyline { fill: none; stroke-width: 2; stroke: var(--accent); }
svg.spark polyline.tone-blocked { stroke: var(--blocked); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .9rem; }
thead { display: table-header-group; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--panel); font-weight: 600; }
th[scope="row"] { min-width: 6.5em; overflow-wrap: anywhere; }
table.timeline, table.matrix { font-size: .82rem; }
table.matrix th[scope="row"] { min-width: 9em; }
table.timeline td:first-child, table.timeline td:last-child { white-space: nowrap; }
.tone-ok.cell, .badge.tone-ok { background: var(--ok-bg); color: var(--ok); }
.tone-blocked.cell, .badge.tone-blocked { background: var(--blocked-bg); color: var(--blocked); }
.tone-down.cell, .badge.tone-down { background: var(--down-bg); color: var(--down); }
.tone-broken.cell, .badge.tone-broken { background: var(--broken-bg); color: var(--broken); }
.tone-refused.cell, .badge.tone-refused { background: var(--refused-bg); color: var(--refused); }
.tone-unclear.cell, .tone-none.cell, .badge.tone-unclear, .badge.tone-none { background: var(--unclear-bg); color: var(--unclear); }
.mark { font-weight: 700; margin-right: .3rem; }
.badge { display: inline-block; border-radius: .3rem; padding: .05rem .45rem; font-weight: 600; }
.legend { font-size: .85rem; color: var(--muted); }
.legend span { margin-right: 1rem; white-space: nowrap; }
code, .code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
.target { border: 1px solid var(--line); border-radius: .4rem; padding: .8rem 1rem; margin: 0 0 1rem; }
.target .explain { margin: .4rem 0; }
.muted { color: var(--muted); }
.differs td:first-child { border-left: 4px solid var(--blocked); }
.differs-mark { color: var(--blocked); font-weight: 700; }
.spark-row { display: flex; align-items: center; gap: .8rem; margin: .2rem 0; flex-wrap: wrap; }
.spark-row strong { min-width: 8rem; overflow-wrap: anywhere; }
.handout h1 { font-size: 1.6rem; }
.advice { font-size: 1.3rem; font-weight: 600; margin: .6rem 0 1rem; padding: .6rem .9rem; border-left: 5px solid var(--accent); background: var(--panel); }
table.handout-sites th[scope="row"] { width: 40%; }
footer { margin-top: 2rem; padding-top: .6rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0 2px; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .page-break { break-before: page; page-break-before: always; }
  .chart-box, tr, .spark-row { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export const STYLE: Html = trustedHtml(`<style>${CSS}</style>`);
