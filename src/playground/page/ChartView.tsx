import type { ChartModel, SheetModel } from "../excel/model";

/**
 * A chart of the stand-in drawn as SVG from the sheet's cells, as Excel draws it from its source:
 * series by rows (the first column names them), categories from the category range, clustered
 * columns or lines, a zero line, four gridlines and a legend. Drawn only; nothing here is saved.
 */

/** Office's default series colours. */
const COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

export interface ChartSeries {
  readonly name: string;
  /** null for a blank cell: a gap in a line, no column (Excel's "show empty cells as gaps"). */
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** A cell's value as a chart reads it: numbers, else text ("" for a blank). */
const valueAt = (sheet: SheetModel, row: number, column: number): number | string => {
  const value = sheet.cells.get(row, column)?.value;
  return typeof value === "number" ? value : value === undefined ? "" : String(value);
};

/** The chart's series and categories as its cells hold them now. */
export function chartData(sheet: SheetModel, chart: ChartModel): ChartData {
  const { source } = chart;
  const byRows = chart.seriesBy !== "Columns";
  const count = byRows ? source.rows : source.columns;
  const length = (byRows ? source.columns : source.rows) - 1;
  const series = Array.from({ length: count }, (_, s): ChartSeries => {
    const at = (i: number) =>
      byRows
        ? valueAt(sheet, source.row + s, source.column + i)
        : valueAt(sheet, source.row + i, source.column + s);
    return {
      name: String(at(0)),
      values: Array.from({ length }, (_, i) => {
        const value = at(i + 1);
        // Text reads as 0, as in Excel's charts; a blank cell is a gap.
        return typeof value === "number" ? value : value === "" ? null : 0;
      }),
    };
  });
  const { categories: block } = chart;
  const categories = Array.from({ length }, (_, i) => {
    if (!block) return String(i + 1);
    const horizontal = block.rows === 1;
    return String(
      horizontal
        ? valueAt(sheet, block.row, block.column + i)
        : valueAt(sheet, block.row + i, block.column)
    );
  });
  return { categories, series };
}

/** Round steps (1, 2, 2.5, 5 × 10ⁿ) from the lowest value (or 0) to the highest. */
export function valueAxis(values: readonly number[]): { min: number; max: number; step: number } {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step, step };
}

const format = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 1 });

export function ChartView({
  sheet,
  chart,
  width,
  height,
}: {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
  readonly width: number;
  readonly height: number;
}): React.JSX.Element {
  const data = chartData(sheet, chart);
  const axis = valueAxis(
    data.series.flatMap((s) => s.values.filter((value): value is number => value !== null))
  );
  const top = chart.title === "" ? 10 : 30;
  const bottom = 44;
  const left = 56;
  const right = 10;
  const plotWidth = Math.max(10, width - left - right);
  const plotHeight = Math.max(10, height - top - bottom);
  const y = (value: number) => top + ((axis.max - value) / (axis.max - axis.min)) * plotHeight;
  const band = plotWidth / Math.max(1, data.categories.length);
  const ticks: number[] = [];
  for (let v = axis.min; v <= axis.max + axis.step / 2; v += axis.step) ticks.push(v);
  const barWidth = (band * 0.7) / Math.max(1, data.series.length);
  // As Excel's automatic label interval: every k-th category when the labels would overlap
  // (about 6 px a character at this size).
  const labelWidth = 6 * Math.max(0, ...data.categories.map((category) => category.length)) + 6;
  const labelStep = Math.max(1, Math.ceil(labelWidth / band));

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="Segoe UI, sans-serif"
      fontSize={10}
    >
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#FFFFFF" stroke="#D9D9D9" />
      {chart.title !== "" && (
        <text x={width / 2} y={18} textAnchor="middle" fontSize={12} fill="#404040">
          {chart.title}
        </text>
      )}
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={left}
            x2={left + plotWidth}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? "#7F7F7F" : "#E7E7E7"}
          />
          <text x={left - 4} y={y(tick) + 3} textAnchor="end" fill="#595959">
            {format(tick)}
          </text>
        </g>
      ))}
      {data.categories.map((category, i) =>
        i % labelStep !== 0 ? null : (
          <text
            key={`${category}-${String(i)}`}
            x={left + band * (i + 0.5)}
            y={top + plotHeight + 12}
            textAnchor="middle"
            fill="#595959"
          >
            {category}
          </text>
        )
      )}
      {data.series.map((series, s) => {
        const colour = COLOURS[s % COLOURS.length] ?? "#4472C4";
        if (chart.type === "ColumnClustered" || chart.type === "BarClustered") {
          return series.values.map((value, i) => {
            if (value === null) return null;
            const x = left + band * i + band * 0.15 + barWidth * s;
            const [from, to] = [y(Math.max(0, value)), y(Math.min(0, value))];
            return (
              <rect
                key={`${series.name}-${String(i)}`}
                x={x}
                y={from}
                width={Math.max(1, barWidth - 1)}
                height={Math.max(0, to - from)}
                fill={colour}
              />
            );
          });
        }
        // One polyline per run of values between gaps.
        const runs: string[][] = [];
        let run: string[] | undefined;
        series.values.forEach((value, i) => {
          if (value === null) {
            run = undefined;
            return;
          }
          if (!run) runs.push((run = []));
          run.push(`${String(left + band * (i + 0.5))},${String(y(value))}`);
        });
        return runs.map((points, r) => (
          <polyline
            key={`${series.name}-${String(r)}`}
            points={points.join(" ")}
            fill="none"
            stroke={colour}
            strokeWidth={2}
          />
        ));
      })}
      {data.series.map((series, s) => {
        const x = left + (plotWidth / data.series.length) * s;
        return (
          <g key={`legend-${series.name}`}>
            <rect x={x} y={height - 16} width={10} height={8} fill={COLOURS[s % COLOURS.length]} />
            <text x={x + 14} y={height - 8} fill="#404040">
              {series.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
