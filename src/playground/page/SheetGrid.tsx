import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { SheetModel, TableModel } from "../excel";
import { columnLetters, formatA1 } from "../excel/addresses";
import { contentOf, lookOf } from "./display";
import {
  HEADER_HEIGHT,
  ROW_HEIGHT,
  type GridLayout,
  type Viewport,
  layoutGrid,
  scrollToShow,
  usedExtent,
} from "./gridLayout";
import { ChartView } from "./ChartView";
import type { ChartModel } from "../excel/model";
import type { PlaygroundBook } from "./playgroundBook";

/** Typing into a cell: started by a key (`enter`, arrows leave the cell) or F2 (`edit`). */
export interface Edit {
  readonly text: string;
  /** The cell's content when the edit began, so that an unchanged edit writes nothing. */
  readonly original: string;
  readonly origin: "cell" | "bar";
  readonly mode: "enter" | "edit";
}

export type Move = "down" | "up" | "right" | "left" | "none";

export const cellAddress = (row: number, column: number): string =>
  formatA1({ row, column, rows: 1, columns: 1 });

const GRID_LINE = "#E1E1E1";
const HEADER_BACKGROUND = "#F3F3F3";
const SELECTED_HEADER = "#D2D2D2";
const SPILL_TINT = "#F1F7FE";
const SPILL_BORDER = "#2F7ED8";
const SELECTION = "#217346";

/** A cell's right and bottom lines, 1 px each, as Excel draws its grid. */
function cellLines(right: string, bottom: string) {
  return {
    borderRightWidth: "1px",
    borderRightStyle: "solid",
    borderRightColor: right,
    borderBottomWidth: "1px",
    borderBottomStyle: "solid",
    borderBottomColor: bottom,
  } as const;
}

const useStyles = makeStyles({
  grid: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#FFFFFF",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "13px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    color: "#000000",
    outlineStyle: "none",
    ":focus-visible": {
      boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}`,
    },
  },
  headerGroup: {
    position: "sticky",
    top: 0,
    zIndex: 3,
  },
  row: {
    display: "flex",
    position: "absolute",
    left: 0,
    height: `${ROW_HEIGHT}px`,
  },
  headerRow: {
    display: "flex",
    height: `${HEADER_HEIGHT}px`,
    lineHeight: `${HEADER_HEIGHT - 1}px`,
    backgroundColor: HEADER_BACKGROUND,
  },
  corner: {
    position: "sticky",
    left: 0,
    zIndex: 4,
    backgroundColor: HEADER_BACKGROUND,
    ...cellLines("#C8C8C8", "#C8C8C8"),
    boxSizing: "border-box",
    flexShrink: 0,
  },
  columnHeader: {
    flexShrink: 0,
    boxSizing: "border-box",
    textAlign: "center",
    color: "#444444",
    fontSize: "12px",
    ...cellLines("#D4D4D4", "#C8C8C8"),
    userSelect: "none",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 2,
    flexShrink: 0,
    boxSizing: "border-box",
    textAlign: "center",
    color: "#444444",
    fontSize: "12px",
    backgroundColor: HEADER_BACKGROUND,
    ...cellLines("#C8C8C8", "#D4D4D4"),
    userSelect: "none",
  },
  selectedHeader: {
    backgroundColor: SELECTED_HEADER,
    color: "#000000",
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    flexShrink: 0,
    boxSizing: "border-box",
    paddingLeft: "3px",
    paddingRight: "3px",
    whiteSpace: "pre",
    overflowX: "hidden",
    overflowY: "hidden",
    ...cellLines(GRID_LINE, GRID_LINE),
    cursor: "cell",
  },
  overflowing: {
    overflowX: "visible",
    overflowY: "visible",
  },
  /** Text running into the empty cells to its right covers their grid lines, as in Excel. */
  overflowText: {
    position: "relative",
    zIndex: 1,
    paddingRight: "2px",
  },
  wrap: {
    whiteSpace: "pre-wrap",
    lineHeight: "1.1",
  },
  selected: {
    position: "relative",
    zIndex: 1,
    outlineWidth: "2px",
    outlineStyle: "solid",
    outlineColor: SELECTION,
    outlineOffset: "-2px",
  },
  editor: {
    position: "absolute",
    left: 0,
    top: 0,
    zIndex: 5,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    paddingLeft: "2px",
    paddingRight: "2px",
    borderTopWidth: "2px",
    borderRightWidth: "2px",
    borderBottomWidth: "2px",
    borderLeftWidth: "2px",
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
    borderTopColor: SELECTION,
    borderRightColor: SELECTION,
    borderBottomColor: SELECTION,
    borderLeftColor: SELECTION,
    fontFamily: "inherit",
    fontSize: "inherit",
    outlineStyle: "none",
    backgroundColor: "#FFFFFF",
    color: "#000000",
  },
});

export interface SheetGridProps {
  readonly book: PlaygroundBook;
  readonly sheet: SheetModel;
  /** The workbook's content version: the used range is measured again when it changes. */
  readonly version: number;
  readonly edit: Edit | undefined;
  readonly onEditChange: (edit: Edit | undefined) => void;
  /** Writes the edit into the selected cell and moves; false when Excel would refuse it. */
  readonly onCommit: (move: Move) => boolean;
  readonly onMove: (row: number, column: number) => void;
  readonly onClear: () => void;
  readonly gridRef: RefObject<HTMLDivElement | null>;
  /** The grid's accessible name (`Sheet Plan`) and the cell editor's (`Edit B2`), in the page's language. */
  readonly labels: { readonly grid: string; readonly editor: (address: string) => string };
}

interface DrawnCell {
  readonly text: string;
  readonly style: CSSProperties;
  readonly overflow: boolean;
  readonly wrap: boolean;
  readonly title?: string;
}

/** Inset lines along the edges of the selected cell's spill, as Excel outlines a spill. */
function spillEdges(
  spill: { row: number; column: number; rows: number; columns: number } | undefined,
  row: number,
  column: number
): string | undefined {
  if (!spill) return undefined;
  const { row: top, column: left, rows, columns } = spill;
  if (row < top || row >= top + rows || column < left || column >= left + columns) return undefined;
  const lines: string[] = [];
  if (row === top) lines.push(`inset 0 1px 0 0 ${SPILL_BORDER}`);
  if (row === top + rows - 1) lines.push(`inset 0 -1px 0 0 ${SPILL_BORDER}`);
  if (column === left) lines.push(`inset 1px 0 0 0 ${SPILL_BORDER}`);
  if (column === left + columns - 1) lines.push(`inset -1px 0 0 0 ${SPILL_BORDER}`);
  return lines.length > 0 ? lines.join(", ") : undefined;
}

function parseBlock(address: string | undefined) {
  if (address === undefined) return undefined;
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!match) return undefined;
  const col = (letters: string) => {
    let n = 0;
    for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
    return n - 1;
  };
  const row = Number(match[2]) - 1;
  const column = col(match[1] ?? "A");
  const lastRow = match[4] === undefined ? row : Number(match[4]) - 1;
  const lastColumn = match[3] === undefined ? column : col(match[3]);
  return { row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

function drawRow(
  book: PlaygroundBook,
  sheet: SheetModel,
  tables: readonly TableModel[],
  layout: GridLayout,
  row: number,
  selectedSpill: ReturnType<typeof parseBlock>
): DrawnCell[] {
  const cells = Array.from({ length: layout.columnCount }, (_, column) =>
    sheet.cells.get(row, column)
  );
  return cells.map((cell, column) => {
    const width = layout.widths[column] ?? 64;
    const style: CSSProperties = { width };
    const edge = spillEdges(selectedSpill, row, column);
    if (edge !== undefined) style.boxShadow = edge;
    const hasTable = tables.some(
      (t) =>
        row >= t.block.row &&
        row < t.block.row + t.block.rows &&
        column >= t.block.column &&
        column < t.block.column + t.block.columns
    );
    if (!cell && !hasTable) return { text: "", style, overflow: false, wrap: false };
    const look = lookOf(sheet, tables, cell ?? { value: "" }, row, column);
    const address = cellAddress(row, column);
    if (look.fill !== undefined) style.backgroundColor = look.fill;
    else if (cell && cell.value !== "" && book.spillOf(sheet.name, address)) {
      style.backgroundColor = SPILL_TINT;
    }
    if (look.color !== undefined) style.color = look.color;
    if (look.bold) style.fontWeight = 600;
    style.textAlign = look.align;
    const next = cells[column + 1];
    const overflow =
      look.align === "left" &&
      !look.wrap &&
      typeof cell?.value === "string" &&
      look.text !== "" &&
      (next === undefined || next.value === "");
    const error =
      typeof cell?.value === "string" && cell.value.startsWith("#")
        ? book.errorOf(sheet.name, address)
        : undefined;
    return {
      text: look.text,
      style,
      overflow,
      wrap: look.wrap,
      ...(error && error.message !== "" ? { title: `${error.error}: ${error.message}` } : {}),
    };
  });
}

/**
 * One sheet as Excel's grid: column letters, row numbers, cells as displayed. Only the rows in
 * view are drawn, so a 36,000-row sheet scrolls as smoothly as a short one. Keyboard: arrows,
 * Enter/Tab, Home, Page Up/Down, F2 or typing to edit, Delete to clear.
 */
export function SheetGrid({
  labels,
  book,
  sheet,
  version,
  edit,
  onEditChange,
  onCommit,
  onMove,
  onClear,
  gridRef,
}: SheetGridProps): React.JSX.Element {
  const styles = useStyles();
  const id = useId();
  const [viewport, setViewport] = useState<Viewport>({ top: 0, left: 0, width: 0, height: 0 });
  const extent = useMemo(
    () => usedExtent(sheet),
    // The version stands for every change of the sheet's cells, which the model mutates in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the version is the change signal
    [sheet, version]
  );
  const selection = { row: sheet.selection.row, column: sheet.selection.column };
  const layout = layoutGrid(sheet, extent, viewport, selection);
  const selectedAddress = cellAddress(selection.row, selection.column);
  const spill = book.spillOf(sheet.name, selectedAddress);
  // An anchor that shows an error fills no other cell, whatever room it keeps.
  const selectedSpill =
    spill && !book.errorOf(sheet.name, spill.anchor) ? parseBlock(spill.address) : undefined;
  const editing = edit?.origin === "cell";
  /** The edit that a blur may still commit; cleared once committed or cancelled. */
  const pendingEdit = useRef<Edit | undefined>(undefined);
  useLayoutEffect(() => {
    pendingEdit.current = editing ? edit : undefined;
  }, [editing, edit]);

  const measure = () => {
    const element = gridRef.current;
    if (!element) return;
    setViewport({
      top: element.scrollTop,
      left: element.scrollLeft,
      width: element.clientWidth,
      height: element.clientHeight,
    });
  };

  useLayoutEffect(() => {
    measure();
    const element = gridRef.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
    // Measures once per mount; the observer follows size changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mount, on purpose
  }, []);

  // Keeps the selected cell in view.
  useLayoutEffect(() => {
    const element = gridRef.current;
    if (!element) return;
    const to = scrollToShow(layout, viewport, selection.row, selection.column);
    if (to.top !== undefined) element.scrollTop = to.top;
    if (to.left !== undefined) element.scrollLeft = to.left;
    // Only a new selection scrolls; scrolling by hand must not bring it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the selection alone triggers it
  }, [selection.row, selection.column]);

  const visibleRows = Math.max(1, Math.floor((viewport.height - HEADER_HEIGHT) / ROW_HEIGHT));

  const move = (row: number, column: number) => {
    onMove(Math.max(0, row), Math.max(0, column));
  };

  const startEdit = (text: string, mode: Edit["mode"]) => {
    const cell = sheet.cells.get(selection.row, selection.column);
    const original = cell ? contentOf(cell) : "";
    onEditChange({ text: mode === "edit" ? original : text, original, origin: "cell", mode });
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (edit) return;
    const { row, column } = selection;
    const ctrl = event.ctrlKey || event.metaKey;
    let handled = true;
    switch (event.key) {
      case "ArrowDown":
        move(row + 1, column);
        break;
      case "ArrowUp":
        move(row - 1, column);
        break;
      case "ArrowRight":
        move(row, column + 1);
        break;
      case "ArrowLeft":
        move(row, column - 1);
        break;
      case "Enter":
        move(event.shiftKey ? row - 1 : row + 1, column);
        break;
      case "PageDown":
        move(row + visibleRows, column);
        break;
      case "PageUp":
        move(row - visibleRows, column);
        break;
      case "Home":
        move(ctrl ? 0 : row, 0);
        break;
      case "F2":
        startEdit("", "edit");
        break;
      case "Delete":
        onClear();
        break;
      case "Backspace":
        startEdit("", "enter");
        break;
      default:
        handled = false;
        if (event.key.length === 1 && !ctrl && !event.altKey) {
          startEdit(event.key, "enter");
          handled = true;
        }
    }
    if (handled) event.preventDefault();
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    const arrows: Partial<Record<string, Move>> = {
      ArrowDown: "down",
      ArrowUp: "up",
      ArrowRight: "right",
      ArrowLeft: "left",
    };
    let commitMove: Move | undefined;
    if (event.key === "Enter") commitMove = event.shiftKey ? "up" : "down";
    else if (event.key === "Tab") commitMove = event.shiftKey ? "left" : "right";
    else if (edit?.mode === "enter" && arrows[event.key] !== undefined)
      commitMove = arrows[event.key];
    if (commitMove !== undefined) {
      event.preventDefault();
      pendingEdit.current = undefined;
      onCommit(commitMove);
    } else if (event.key === "Escape") {
      event.preventDefault();
      pendingEdit.current = undefined;
      onEditChange(undefined);
      gridRef.current?.focus();
    }
  };

  /** One handler for every cell (delegated), so the rows drawn during render hold no handler of it. */
  const onCellMouseDown = (event: React.MouseEvent) => {
    const cell = event.target instanceof Element ? event.target.closest("[data-row]") : null;
    if (!(cell instanceof HTMLElement) || event.button !== 0) return;
    const row = Number(cell.dataset.row);
    const column = Number(cell.dataset.column);
    if (editing && row === selection.row && column === selection.column) return;
    if (edit) {
      pendingEdit.current = undefined;
      if (!onCommit("none")) {
        event.preventDefault();
        return;
      }
    }
    onMove(row, column);
  };

  const tables = book.model.tables.filter((t) => t.sheet === sheet);
  const rows: React.JSX.Element[] = [];
  const drawn = new Set<number>();
  const drawRowAt = (row: number) => {
    if (drawn.has(row) || row >= layout.rowCount) return;
    drawn.add(row);
    const cells = drawRow(book, sheet, tables, layout, row, selectedSpill);
    const rowSelected = row === selection.row;
    rows.push(
      <div
        key={row}
        role="row"
        aria-rowindex={row + 2}
        className={styles.row}
        style={{ top: row * ROW_HEIGHT, width: layout.rowHeaderWidth + layout.totalWidth }}
      >
        <div
          role="rowheader"
          className={mergeClasses(styles.rowHeader, rowSelected && styles.selectedHeader)}
          style={{ width: layout.rowHeaderWidth }}
        >
          {row + 1}
        </div>
        {cells.map((drawnCell, column) => {
          const isSelected = rowSelected && column === selection.column;
          const address = cellAddress(row, column);
          return (
            <div
              key={column}
              id={`${id}-${address}`}
              role="gridcell"
              aria-colindex={column + 2}
              aria-selected={isSelected}
              data-address={address}
              title={drawnCell.title}
              className={mergeClasses(
                styles.cell,
                (drawnCell.overflow || (isSelected && editing)) && styles.overflowing,
                drawnCell.wrap && styles.wrap,
                isSelected && styles.selected
              )}
              style={drawnCell.style}
              data-row={row}
              data-column={column}
              onDoubleClick={() => {
                if (!edit) startEdit("", "edit");
              }}
            >
              {drawnCell.overflow ? (
                <span
                  className={styles.overflowText}
                  style={{ backgroundColor: drawnCell.style.backgroundColor ?? "#FFFFFF" }}
                >
                  {drawnCell.text}
                </span>
              ) : (
                drawnCell.text
              )}
              {isSelected && editing ? (
                <input
                  aria-label={labels.editor(address)}
                  className={styles.editor}
                  style={{
                    width: Math.min(
                      640,
                      Math.max(layout.widths[column] ?? 64, edit.text.length * 8 + 16)
                    ),
                  }}
                  value={edit.text}
                  autoFocus
                  spellCheck={false}
                  onFocus={(event) => {
                    const end = event.currentTarget.value.length;
                    event.currentTarget.setSelectionRange(end, end);
                  }}
                  onChange={(event) => {
                    onEditChange({ ...edit, text: event.currentTarget.value });
                  }}
                  onKeyDown={onEditorKeyDown}
                  onBlur={() => {
                    if (pendingEdit.current) {
                      pendingEdit.current = undefined;
                      onCommit("none");
                    }
                  }}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    );
  };
  for (let row = layout.firstRow; row < layout.endRow; row++) drawRowAt(row);
  // The selected cell stays in the page, so that the grid's active descendant always exists.
  drawRowAt(selection.row);

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={labels.grid}
      aria-rowcount={layout.rowCount + 1}
      aria-colcount={layout.columnCount + 1}
      aria-activedescendant={`${id}-${selectedAddress}`}
      tabIndex={0}
      className={styles.grid}
      onScroll={measure}
      onKeyDown={onGridKeyDown}
      onMouseDown={onCellMouseDown}
    >
      <div
        role="rowgroup"
        className={styles.headerGroup}
        style={{ width: layout.rowHeaderWidth + layout.totalWidth }}
      >
        <div role="row" aria-rowindex={1} className={styles.headerRow}>
          <div
            aria-hidden="true"
            className={styles.corner}
            style={{ width: layout.rowHeaderWidth }}
          />
          {layout.widths.map((width, column) => (
            <div
              key={column}
              role="columnheader"
              aria-colindex={column + 2}
              className={mergeClasses(
                styles.columnHeader,
                column === selection.column && styles.selectedHeader
              )}
              style={{ width }}
            >
              {columnLetters(column)}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        style={{
          position: "relative",
          height: layout.rowCount * ROW_HEIGHT,
          width: layout.rowHeaderWidth + layout.totalWidth,
        }}
      >
        {rows}
        {sheet.charts.map((chart, i) => {
          const place = chartPlace(chart, layout);
          return place ? (
            // Drawn over the cells as Excel floats charts; the page lists them for screen readers.
            <div
              key={`${chart.name}-${String(i)}`}
              aria-hidden="true"
              data-chart={chart.title}
              style={{ position: "absolute", zIndex: 2, ...place }}
            >
              <ChartView sheet={sheet} chart={chart} width={place.width} height={place.height} />
            </div>
          ) : null;
        })}
      </div>
    </div>
  );
}

/** Where a chart floats, in pixels of the grid's body, from its top-left and bottom-right cells. */
function chartPlace(
  chart: ChartModel,
  layout: GridLayout
): { top: number; left: number; width: number; height: number } | undefined {
  if (!chart.position) return undefined;
  const { from, to } = chart.position;
  const offset = (column: number): number =>
    layout.offsets[column] ?? layout.totalWidth + (column - layout.columnCount) * 64;
  const width = (column: number): number => layout.widths[column] ?? 64;
  const left = layout.rowHeaderWidth + offset(from.column);
  return {
    top: from.row * ROW_HEIGHT,
    left,
    width: Math.max(80, layout.rowHeaderWidth + offset(to.column) + width(to.column) - left),
    height: Math.max(60, (to.row - from.row + 1) * ROW_HEIGHT),
  };
}
