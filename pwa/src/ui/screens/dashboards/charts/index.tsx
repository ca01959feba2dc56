// Small SVG charts of our own: bars per month (stacked or side by side) and horizontal bars per
// label. Every chart is an image with a summary for screen readers and its numbers as a table.
import { useState } from 'preact/hooks';
import { scaleMax, total, type Series } from '../../../../domain/report-shape';

export interface Legend {
  key: string;
  label: string;
}

interface TableProps {
  /** What opens the table: "Toon als tabel". */
  toggle: string;
  caption: string;
  rowHeader: string;
  rows: string[];
  series: { label: string; values: string[] }[];
}

/** The chart's numbers; screen readers reach it, sighted readers open it. */
export function ChartTable({ toggle, caption, rowHeader, rows, series }: TableProps) {
  return (
    <details class="db-table">
      <summary class="utrecht-link">{toggle}</summary>
      <div class="db-table__scroll">
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">{caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {rowHeader}
              </th>
              {series.map((s) => (
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((r, i) => (
              <tr class="utrecht-table__row" key={r}>
                <th class="utrecht-table__header-cell" scope="row">
                  {r}
                </th>
                {series.map((s) => (
                  <td class="utrecht-table__cell utrecht-table__cell--numeric" key={s.label}>
                    {s.values[i]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

let charts = 0;

/**
 * Fills per series: a colour and, for every other series, a texture, so neighbouring parts of
 * a stacked bar differ by more than colour.
 */
function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {[0, 1, 2, 3, 4].map((j) => (
        <pattern id={`${prefix}-${j}`} key={j} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" class={`db-fill-${j}`} />
          {j === 1 && <path d="M0,6 L6,0" stroke="#ffffff" stroke-width="1.5" />}
          {j === 3 && <path d="M0,3 L6,3" stroke="#ffffff" stroke-width="1.5" />}
          {j === 4 && <circle cx="3" cy="3" r="1.2" fill="#ffffff" />}
        </pattern>
      ))}
    </defs>
  );
}

function Swatch({ prefix, j }: { prefix: string; j: number }) {
  return (
    <svg class="db-swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect width="12" height="12" fill={`url(#${prefix}-${j})`} stroke="#1f1f1f" stroke-width="1" />
    </svg>
  );
}

const W = 320;
const H = 160;
const PAD_L = 48;
const PAD_B = 22;

/** Bars per month; stacked shows the whole, grouped compares the parts. */
export function MonthBars({
  months,
  monthLabel,
  series,
  legend,
  summary,
  stacked,
  format,
  axisFormat = format,
}: {
  months: string[];
  monthLabel: (m: string) => string;
  series: Series[];
  legend: Legend[];
  summary: string;
  stacked: boolean;
  format: (n: number) => string;
  /** Shorter numbers for the axis, e.g. whole euros. */
  axisFormat?: (n: number) => string;
}) {
  const [prefix] = useState(() => `db-pat-${++charts}`);
  const sums = months.map((_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const max = scaleMax(stacked ? sums : series.flatMap((s) => s.values));
  const plotW = W - PAD_L - 4;
  const plotH = H - PAD_B - 8;
  const slot = plotW / Math.max(1, months.length);
  const barW = stacked ? slot * 0.7 : (slot * 0.8) / Math.max(1, series.length);
  const y = (v: number) => 8 + plotH - (v / max) * plotH;
  const every = Math.ceil(months.length / 6);
  return (
    <figure class="db-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} class="db-chart__svg">
        <Patterns prefix={prefix} />
        {/* The middle line only where it is a whole number, so counts do not repeat on the axis. */}
        {[0, 0.5, 1].filter((f) => f !== 0.5 || Number.isInteger(max / 2)).map((f) => (
          <g key={f}>
            <line x1={PAD_L} x2={W - 4} y1={y(max * f)} y2={y(max * f)} class="db-grid" />
            <text x={PAD_L - 4} y={y(max * f) + 4} text-anchor="end" class="db-axis">
              {axisFormat(max * f)}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          let base = 0;
          return (
            <g key={m}>
              {series.map((s, j) => {
                const v = s.values[i] ?? 0;
                const x = PAD_L + i * slot + (stacked ? slot * 0.15 : slot * 0.1 + j * barW);
                const from = stacked ? base : 0;
                if (stacked) base += v;
                if (v <= 0) return null;
                return <rect key={s.key} x={x} width={barW} y={y(from + v)} height={y(from) - y(from + v)} fill={`url(#${prefix}-${j})`} stroke="#ffffff" stroke-width="0.75" />;
              })}
              {i % every === 0 && (
                <text x={PAD_L + i * slot + slot / 2} y={H - 6} text-anchor="middle" class="db-axis">
                  {monthLabel(m)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="db-legend">
          {legend.map((l, j) => (
            <li key={l.key}>
              <Swatch prefix={prefix} j={j} />
              {l.label}: <strong>{format(total(series[j]?.values ?? []))}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Horizontal bars, one per label, with the value written beside each bar. */
export function LabelBars({ items, summary, format }: { items: { label: string; value: number }[]; summary: string; format: (n: number) => string }) {
  const max = scaleMax(items.map((i) => i.value));
  const rowH = 26;
  const h = Math.max(rowH, items.length * rowH);
  const labelW = 120;
  const barMax = W - labelW - 60;
  return (
    <figure class="db-chart">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label={summary} class="db-chart__svg">
        {items.map((it, i) => (
          <g key={it.label}>
            <text x={labelW - 6} y={i * rowH + 17} text-anchor="end" class="db-axis">
              {it.label.length > 18 ? `${it.label.slice(0, 17)}…` : it.label}
            </text>
            <rect x={labelW} y={i * rowH + 5} height={rowH - 10} width={Math.max(1, (it.value / max) * barMax)} class="db-fill-1" />
            <text x={labelW + (it.value / max) * barMax + 4} y={i * rowH + 17} class="db-value">
              {format(it.value)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
