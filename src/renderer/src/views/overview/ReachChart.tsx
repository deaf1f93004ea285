import { makeStyles, tokens } from '@fluentui/react-components'
import type { ReachFigures } from '../../../../shared/seminars/reach-schema'
import { REACH_SERIES, REACH_TEXTS as T } from './reach-texts'

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: '420px', height: 'auto' },
  legend: { display: 'flex', gap: tokens.spacingHorizontalM, listStyleType: 'none', margin: 0, padding: 0 },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalXS, verticalAlign: 'middle' }
})

const COLOURS = [tokens.colorBrandBackground, tokens.colorPaletteGreenBackground3, tokens.colorPaletteDarkOrangeBackground3]
const WIDTH = 420
const HEIGHT = 230
const BASE = 196
const BAR = 22

/**
 * Bars per year (anmälda, närvarande, uteblev), drawn as plain SVG. The same figures stand
 * in the table beside it, so the picture is hidden from screen readers as one image with
 * a name, not read bar by bar.
 */
export function ReachChart({ years }: { years: ReachFigures[] }) {
  const styles = useStyles()
  const top = Math.max(1, ...years.flatMap((y) => REACH_SERIES.map((s) => y[s.key])))
  const slot = WIDTH / Math.max(years.length, 1)
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={T.chartLabel} data-testid="reach-chart">
        <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} stroke={tokens.colorNeutralStroke1} />
        {years.map((y, i) => (
          <g key={y.year ?? 'total'} transform={`translate(${i * slot + slot / 2 - (BAR * REACH_SERIES.length) / 2}, 0)`}>
            {REACH_SERIES.map((s, j) => {
              const h = (y[s.key] / top) * (BASE - 20)
              return <rect key={s.key} x={j * BAR} y={BASE - h} width={BAR - 2} height={h} fill={COLOURS[j]} />
            })}
            <text x={(BAR * REACH_SERIES.length) / 2} y={BASE + 26} textAnchor="middle" fontSize={20} fill={tokens.colorNeutralForeground1}>{y.year}</text>
          </g>
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {REACH_SERIES.map((s, j) => (
          <li key={s.key}><span className={styles.swatch} style={{ backgroundColor: COLOURS[j] }} />{s.label}</li>
        ))}
      </ul>
    </figure>
  )
}
