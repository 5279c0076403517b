/**
 * How the chart tells its (up to five) series apart, never by colour alone: each has its own
 * marker shape and line pattern as well as its colour, and the legend shows all three.
 * Colours: the 700 shade on white and the 300 shade on the dark background, each at least
 * 4.5:1 (WCAG asks 3:1 for graphics).
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross'

export interface SeriesStyle {
  /** Classes for the line and the marker's outline (stroke) and the marker's fill. */
  readonly stroke: string
  readonly fill: string
  readonly text: string
  readonly dash: string | undefined
  readonly marker: MarkerShape
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  {
    stroke: 'stroke-blue-700 dark:stroke-blue-300',
    fill: 'fill-blue-700 dark:fill-blue-300',
    text: 'text-blue-700 dark:text-blue-300',
    dash: undefined,
    marker: 'circle',
  },
  {
    stroke: 'stroke-orange-700 dark:stroke-orange-300',
    fill: 'fill-orange-700 dark:fill-orange-300',
    text: 'text-orange-700 dark:text-orange-300',
    dash: '8 4',
    marker: 'square',
  },
  {
    stroke: 'stroke-emerald-700 dark:stroke-emerald-300',
    fill: 'fill-emerald-700 dark:fill-emerald-300',
    text: 'text-emerald-700 dark:text-emerald-300',
    dash: '2 4',
    marker: 'triangle',
  },
  {
    stroke: 'stroke-fuchsia-700 dark:stroke-fuchsia-300',
    fill: 'fill-fuchsia-700 dark:fill-fuchsia-300',
    text: 'text-fuchsia-700 dark:text-fuchsia-300',
    dash: '10 3 2 3',
    marker: 'diamond',
  },
  {
    stroke: 'stroke-slate-700 dark:stroke-slate-300',
    fill: 'fill-slate-700 dark:fill-slate-300',
    text: 'text-slate-700 dark:text-slate-300',
    dash: '4 2',
    marker: 'cross',
  },
]

/** The marker's outline as an SVG path centred on (x, y), `r` its half-size. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`
    case 'square':
      return `M ${x - r} ${y - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`
    case 'triangle':
      return `M ${x} ${y - r * 1.15} L ${x + r * 1.15} ${y + r * 0.85} L ${x - r * 1.15} ${y + r * 0.85} Z`
    case 'diamond':
      return `M ${x} ${y - r * 1.3} L ${x + r * 1.3} ${y} L ${x} ${y + r * 1.3} L ${x - r * 1.3} ${y} Z`
    case 'cross': {
      const a = r * 0.45
      return `M ${x - r} ${y - r + a} L ${x - a} ${y} L ${x - r} ${y + r - a} L ${x - r + a} ${y + r} L ${x} ${y + a} L ${x + r - a} ${y + r} L ${x + r} ${y + r - a} L ${x + a} ${y} L ${x + r} ${y - r + a} L ${x + r - a} ${y - r} L ${x} ${y - a} L ${x - r + a} ${y - r} Z`
    }
  }
}
