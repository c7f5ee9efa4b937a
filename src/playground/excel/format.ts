import { storedIn, uniform } from "./cells";
import { StandInError } from "./errors";
import { DEFAULT_COLUMN_WIDTH } from "./model";
import type { Mirrors } from "./proxy";
import { RangePart, type RangeTarget, color, flag } from "./rangePart";

/** A range's format: cell formats set on every cell, read back as Excel does (null when mixed). */

const ALIGNMENTS = "General Left Center Right Fill Justify CenterAcrossSelection Distributed";

export class StandInRangeFormat
  extends RangePart<Excel.RangeFormat>
  implements Mirrors<StandInRangeFormat, Excel.RangeFormat>
{
  protected readonly scalars = ["columnWidth", "wrapText", "horizontalAlignment"];
  protected override readonly navigations = ["font", "fill"];

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(width: number) {
    this.put("columnWidth", width, ({ sheet, block }) => {
      if (typeof width !== "number" || !(width >= 0)) throw new StandInError("InvalidArgument");
      for (let c = block.column; c < block.column + block.columns; c++)
        sheet.columnWidths.set(c, width);
    });
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.putCells("wrapText", wrap, (cell) => ({ ...cell, wrapText: flag(wrap) || undefined }));
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(alignment: Excel.RangeFormat["horizontalAlignment"]) {
    this.putCells("horizontalAlignment", alignment, (cell) => {
      if (!ALIGNMENTS.split(" ").includes(alignment)) throw new StandInError("InvalidArgument");
      return { ...cell, horizontalAlignment: alignment === "General" ? undefined : alignment };
    });
  }
  get font(): Excel.RangeFont {
    return this.part("font", StandInRangeFont);
  }
  get fill(): Excel.RangeFill {
    return this.part("fill", StandInRangeFill);
  }

  /** Approximates Excel: about 7 pixels a character plus padding, in points, for the longest text. */
  autofitColumns(): void {
    this.invoke("autofitColumns", [], ({ sheet, block }) => {
      const longest = new Map<number, number>();
      for (const [, c, cell] of storedIn(sheet.cells, block)) {
        longest.set(c, Math.max(longest.get(c) ?? 0, shownLength(cell.value, cell.numberFormat)));
      }
      // Excel fits the text as shown, and leaves room for a table header's filter button.
      for (const [c, length] of longest) sheet.columnWidths.set(c, (length * 7 + 5 + 16) * 0.75);
    });
  }

  protected override read(property: string, { sheet, block }: RangeTarget): unknown {
    if (property === "wrapText") return uniform(sheet.cells, block, (c) => c.wrapText ?? false);
    if (property === "horizontalAlignment") {
      return uniform(sheet.cells, block, (c) => c.horizontalAlignment ?? "General");
    }
    const widths = new Set<number>();
    for (let c = block.column; c < block.column + block.columns; c++) {
      widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    }
    return widths.size === 1 ? [...widths][0] : null;
  }
}

/** East Asian wide characters (CJK, full-width forms) take two columns of a Latin character. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many Latin characters' width a text takes: 2 for each wide character (供需平衡 is 8). */
function textColumns(text: string): number {
  let columns = 0;
  for (const character of text) columns += WIDE.test(character) ? 2 : 1;
  return columns;
}

/** One Intl formatter per grouping and decimals: making one per cell costs more than the cell. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

function formatterOf(grouping: boolean, decimals: number): Intl.NumberFormat {
  const key = `${String(grouping)}|${String(decimals)}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", {
      useGrouping: grouping,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/** How many characters a value takes as its number format shows it (1700 in #,##0 is "1,700"). */
function shownLength(value: unknown, numberFormat: string | undefined): number {
  if (typeof value !== "number" || numberFormat === undefined || numberFormat === "General") {
    return textColumns(String(value));
  }
  const decimals = /\.(0+)/.exec(numberFormat)?.[1]?.length ?? 0;
  const percent = numberFormat.includes("%");
  const shown = formatterOf(numberFormat.includes(","), decimals).format(
    percent ? value * 100 : value
  );
  return shown.length + (percent ? 1 : 0) + (numberFormat.startsWith("+") ? 1 : 0);
}

export class StandInRangeFont
  extends RangePart<Excel.RangeFont>
  implements Mirrors<StandInRangeFont, Excel.RangeFont>
{
  protected readonly scalars = ["bold", "color"];

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(bold: boolean) {
    this.putCells("bold", bold, (cell) => ({ ...cell, bold: flag(bold) || undefined }));
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.putCells("color", value, (cell) => ({ ...cell, fontColor: color(value) }));
  }

  protected override read(property: string, { sheet, block }: RangeTarget): unknown {
    if (property === "bold") return uniform(sheet.cells, block, (c) => c.bold ?? false);
    return uniform(sheet.cells, block, (c) => c.fontColor ?? "#000000");
  }
}

export class StandInRangeFill
  extends RangePart<Excel.RangeFill>
  implements Mirrors<StandInRangeFill, Excel.RangeFill>
{
  protected readonly scalars = ["color"];

  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.putCells("color", value, (cell) => ({ ...cell, fillColor: color(value) }));
  }

  protected override read(_property: string, { sheet, block }: RangeTarget): unknown {
    return uniform(sheet.cells, block, (c) => c.fillColor ?? "#FFFFFF");
  }
}
