import { DEFAULT_COLUMN_WIDTH, type SheetModel } from "../excel";
import { MAX_COLUMNS, MAX_ROWS } from "../excel/addresses";
import { pointsToPixels } from "./display";

/** The grid's geometry: which rows and columns exist on screen, their sizes and positions. */

export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 22;
/** Rows drawn above and below the visible ones, so that scrolling shows no gap. */
const OVERSCAN = 8;
/** Without layout (jsdom), as if the grid were this tall. */
const FALLBACK_HEIGHT = 800;

export interface Extent {
  /** Rows and columns up to the last one holding anything (value, formula, format). */
  readonly rows: number;
  readonly columns: number;
}

export function usedExtent(sheet: SheetModel): Extent {
  let rows = 0;
  let columns = 0;
  for (const [row, column] of sheet.cells.entries()) {
    if (row >= rows) rows = row + 1;
    if (column >= columns) columns = column + 1;
  }
  return { rows, columns };
}

export interface Viewport {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface GridLayout {
  readonly rowCount: number;
  readonly columnCount: number;
  /** Pixel width of each column drawn. */
  readonly widths: readonly number[];
  /** Left edge of each column, from the first data column. */
  readonly offsets: readonly number[];
  readonly totalWidth: number;
  readonly rowHeaderWidth: number;
  /** First and last (exclusive) rows to draw. */
  readonly firstRow: number;
  readonly endRow: number;
}

/**
 * Room beyond the used range, as Excel always offers more rows and columns; the selection is
 * always inside. Only the rows in view (and a few more) are drawn.
 */
export function layoutGrid(
  sheet: SheetModel,
  extent: Extent,
  viewport: Viewport,
  selection: { readonly row: number; readonly column: number }
): GridLayout {
  const height = viewport.height > 0 ? viewport.height : FALLBACK_HEIGHT;
  const visibleRows = Math.ceil(height / ROW_HEIGHT);
  const rowCount = Math.min(
    MAX_ROWS,
    Math.max(extent.rows + 50, selection.row + 50, visibleRows * 2, 100)
  );
  const widthOf = (column: number) =>
    pointsToPixels(sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH);
  const widths: number[] = [];
  const offsets: number[] = [];
  let totalWidth = 0;
  const wantedColumns = Math.max(extent.columns + 3, selection.column + 3, 12);
  const screenWidth = Math.max(viewport.width, 1200);
  for (
    let column = 0;
    column < MAX_COLUMNS && (column < wantedColumns || totalWidth < screenWidth);
    column++
  ) {
    const width = widthOf(column);
    offsets.push(totalWidth);
    widths.push(width);
    totalWidth += width;
  }
  const rowHeaderWidth = Math.max(40, String(rowCount).length * 8 + 14);
  const firstRow = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const endRow = Math.min(rowCount, firstRow + visibleRows + 2 * OVERSCAN);
  return {
    rowCount,
    columnCount: widths.length,
    widths,
    offsets,
    totalWidth,
    rowHeaderWidth,
    firstRow,
    endRow,
  };
}

/** The scroll position that brings a cell into view, or undefined when it is in view. */
export function scrollToShow(
  layout: GridLayout,
  viewport: Viewport,
  row: number,
  column: number
): { top?: number; left?: number } {
  const out: { top?: number; left?: number } = {};
  const rowTop = row * ROW_HEIGHT;
  const bodyHeight = viewport.height - HEADER_HEIGHT;
  if (viewport.height > 0) {
    if (rowTop < viewport.top) out.top = rowTop;
    else if (rowTop + ROW_HEIGHT > viewport.top + bodyHeight)
      out.top = rowTop + ROW_HEIGHT - bodyHeight;
  }
  const left = layout.offsets[column];
  const width = layout.widths[column];
  const bodyWidth = viewport.width - layout.rowHeaderWidth;
  if (viewport.width > 0 && left !== undefined && width !== undefined) {
    if (left < viewport.left) out.left = left;
    else if (left + width > viewport.left + bodyWidth) out.left = left + width - bodyWidth;
  }
  return out;
}
