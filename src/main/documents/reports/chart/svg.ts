import { escapeXml } from '../../../../shared/format/text'

/*
 * A bar chart as plain SVG, for the yearly report's one image. Black on white with the
 * value written above each bar, so nothing is told by colour alone and the picture reads
 * the same printed in grey; the same numbers stand in a table beside it.
 */

export interface Bar {
  label: string
  value: number
}

export interface BarChart {
  /** The axis's words, e.g. "Antal närvarande". */
  valueLabel: string
  bars: readonly Bar[]
}

/** The font the rasteriser is given (resources/fonts): the SVG names it, nothing else. */
export const CHART_FONT_FAMILY = 'Liberation Sans'

export const CHART_SIZE = { width: 640, height: 320 } as const
const MARGIN = { top: 40, right: 16, bottom: 48, left: 56 }
const FONT = 15

/** A round top for the axis: 1, 2, 5 × 10ⁿ, so the gridlines fall on whole numbers. */
export function niceTop(max: number): number {
  if (max <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(max))
  const step = [1, 2, 5, 10].find((s) => s * power >= max) ?? 10
  return step * power
}

const text = (x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', extra = ''): string =>
  `<text x="${x}" y="${y}" text-anchor="${anchor}" font-size="${FONT}"${extra}>${escapeXml(content)}</text>`

function axis(top: number, plotHeight: number, plotWidth: number): string[] {
  const step = niceTop(top / 5)
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step).filter((t) => Number.isInteger(t))
  return ticks.flatMap((t) => {
    const y = MARGIN.top + plotHeight - (t / top) * plotHeight
    return [
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y}" y2="${y}" stroke="#BDBDBD" stroke-width="1"/>`,
      text(MARGIN.left - 8, y + FONT / 3, String(t), 'end')
    ]
  })
}

export function barChartSvg(chart: BarChart): string {
  const { width, height } = CHART_SIZE
  const plotWidth = width - MARGIN.left - MARGIN.right
  const plotHeight = height - MARGIN.top - MARGIN.bottom
  // A tenth of headroom, so the value over the tallest bar never meets the axis's words.
  const top = niceTop(Math.max(0, ...chart.bars.map((b) => b.value)) * 1.1)
  const slot = plotWidth / Math.max(chart.bars.length, 1)
  const barWidth = Math.min(72, slot * 0.6)
  const bars = chart.bars.flatMap((bar, i) => {
    const h = (bar.value / top) * plotHeight
    const x = MARGIN.left + i * slot + (slot - barWidth) / 2
    const base = MARGIN.top + plotHeight
    return [
      `<rect x="${x}" y="${base - h}" width="${barWidth}" height="${h}" fill="#2B2B2B"/>`,
      text(x + barWidth / 2, base - h - 6, String(bar.value), 'middle'),
      text(x + barWidth / 2, base + 22, bar.label, 'middle')
    ]
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    text(MARGIN.left, 22, chart.valueLabel, 'start'),
    ...axis(top, plotHeight, plotWidth),
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${MARGIN.top + plotHeight}" y2="${MARGIN.top + plotHeight}" stroke="#000000" stroke-width="1.5"/>`,
    ...bars,
    '</svg>'
  ].join('')
}
