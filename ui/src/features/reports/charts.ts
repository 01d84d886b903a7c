// The reports' charts, drawn by Chart.js on a canvas: no inline styles in
// the markup (Chart.js sizes its canvas through the CSSOM, which the CSP
// allows) and no HTML from data. Loaded with the reports view only, so the
// rest of the app does not carry it. Arabic reads right to left: the
// periods run from the right, the legend and tooltips too. Every chart has
// its numbers in a table beside it.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

export interface Series {
  label: string
  data: number[]
  /** A CSS custom property of app.css, e.g. `--chart-published`. */
  colour: string
}

export interface BarOptions {
  labels: string[]
  series: Series[]
  rtl: boolean
  /** Bars along the inline axis (one per label), for few long labels. */
  horizontal?: boolean
  formatNumber: (value: number) => string
}

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#5b6b67'
}

/** Draws bars on `canvas`; the returned chart is destroyed by the caller. */
export function drawBars(canvas: HTMLCanvasElement, options: BarOptions): Chart<'bar'> {
  const { labels, series, rtl, horizontal = false, formatNumber } = options
  const font = { family: getComputedStyle(document.body).fontFamily }
  const ink = cssVariable('--ink')
  const line = cssVariable('--line')
  const numbers = { callback: (value: string | number) => formatNumber(Number(value)), precision: 0, color: ink, font }
  const categories = { reverse: rtl && !horizontal, ticks: { color: ink, font }, grid: { display: false } }
  const values = { beginAtZero: true, reverse: rtl && horizontal, ticks: numbers, grid: { color: line } }
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: cssVariable(s.colour), borderWidth: 0 })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // The person's digits and language in tooltips too.
      locale: document.documentElement.lang,
      animation: false,
      scales: horizontal ? { x: values, y: { ...categories, position: rtl ? 'right' : 'left' } } : { x: categories, y: { ...values, position: rtl ? 'right' : 'left' } },
      plugins: {
        legend: { rtl, textDirection: rtl ? 'rtl' : 'ltr', labels: { color: ink, font } },
        tooltip: {
          rtl,
          textDirection: rtl ? 'rtl' : 'ltr',
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(Number(item.raw))}` },
        },
      },
    },
  })
}
