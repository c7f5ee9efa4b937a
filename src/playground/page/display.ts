import type { Cell, ConditionalFormatModel, SheetModel, TableModel } from "../excel";
import { formatNumber, formatText } from "./numberFormat";

/** How a cell looks in the grid: its text under its number format, alignment and colours. */
export interface CellLook {
  readonly text: string;
  readonly align: "left" | "center" | "right";
  readonly bold: boolean;
  readonly color?: string;
  readonly fill?: string;
  readonly wrap: boolean;
}

const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

/** The text a cell shows: numbers under its number format, TRUE/FALSE in capitals. */
export function displayText(cell: Cell): string {
  const { value } = cell;
  if (typeof value === "number") return formatNumber(value, cell.numberFormat);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === "") return "";
  return formatText(value, cell.numberFormat);
}

/** What the formula bar shows: the formula as typed, else the value as entered. */
export function contentOf(cell: Cell): string {
  if (cell.formula !== undefined) return cell.formula;
  const { value } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    // A date shows as a date, as Excel's formula bar does.
    if (isDateFormat(cell.numberFormat)) return formatNumber(value, "yyyy-mm-dd");
    return String(value);
  }
  return value;
}

function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[ymd]/i.test(bare) && !/[0#?]/.test(bare) && !/general/i.test(bare);
}

const inside = (
  blocks: readonly { row: number; column: number; rows: number; columns: number }[],
  row: number,
  column: number
) =>
  blocks.some(
    (b) =>
      row >= b.row && row < b.row + b.rows && column >= b.column && column < b.column + b.columns
  );

/** Excel's text rules compare without regard to case. */
function matches(cf: ConditionalFormatModel, cell: Cell): boolean {
  const rule = cf.rule;
  if (!rule) return false;
  const text = (typeof cell.value === "string" ? cell.value : displayText(cell)).toLowerCase();
  const wanted = rule.text.toLowerCase();
  switch (rule.operator) {
    case "Contains":
      return text.includes(wanted);
    case "NotContains":
      return !text.includes(wanted);
    case "BeginsWith":
      return text.startsWith(wanted);
    case "EndsWith":
      return text.endsWith(wanted);
    default:
      return false;
  }
}

/** Every table is drawn as TableStyleMedium2, the add-in's style: a blue header, blue bands. */
const TABLE_HEADER = { fill: "#4472C4", color: "#FFFFFF" };
const TABLE_BAND = "#D9E1F2";

function tableLook(
  tables: readonly TableModel[],
  row: number,
  column: number
): { fill?: string; color?: string; bold?: boolean } {
  for (const table of tables) {
    const b = table.block;
    if (row < b.row || row >= b.row + b.rows || column < b.column || column >= b.column + b.columns)
      continue;
    if (row === b.row) return { ...TABLE_HEADER, bold: true };
    const band = (row - b.row - 1) % 2 === 0;
    return band && table.showBandedRows ? { fill: TABLE_BAND } : {};
  }
  return {};
}

function alignmentOf(cell: Cell): CellLook["align"] {
  switch (cell.horizontalAlignment) {
    case "Left":
      return "left";
    case "Right":
      return "right";
    case "Center":
    case "CenterAcrossSelection":
      return "center";
    default:
      break;
  }
  if (typeof cell.value === "number") return "right";
  if (typeof cell.value === "boolean") return "center";
  if (typeof cell.value === "string" && ERROR.test(cell.value)) return "center";
  return "left";
}

/**
 * A cell's look, in Excel's order: the table style, then the cell's own formats, then the
 * conditional formats that apply (the first that matches wins, as with Excel's priorities).
 */
export function lookOf(
  sheet: SheetModel,
  tables: readonly TableModel[],
  cell: Cell,
  row: number,
  column: number
): CellLook {
  const table = tableLook(tables, row, column);
  let fill = cell.fillColor ?? table.fill;
  let color = cell.fontColor ?? table.color;
  for (const cf of sheet.conditionalFormats) {
    if (!inside(cf.blocks, row, column) || !matches(cf, cell)) continue;
    fill = cf.fillColor ?? fill;
    color = cf.fontColor ?? color;
    break;
  }
  return {
    text: displayText(cell),
    align: alignmentOf(cell),
    bold: cell.bold ?? table.bold ?? false,
    ...(color !== undefined ? { color } : {}),
    ...(fill !== undefined ? { fill } : {}),
    wrap: cell.wrapText ?? false,
  };
}

/** Excel's column width in points as CSS pixels (4 pixels are 3 points). */
export const pointsToPixels = (points: number): number => Math.round((points * 4) / 3);
