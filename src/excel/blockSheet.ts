import type { CellBlock } from "./sheets/addresses";
import type { SheetBlock, SheetFormat } from "./sheets/blocks";
import { chunkRows, WRITE_BUDGET_BYTES } from "./sheets/payload";
import type { SheetStamp } from "./sheets/stamps";
import { markSheet, targetSheet, type OutputKind, type Resolution } from "./workbookAccess";

/**
 * Writes a sheet the add-in owns made of blocks of cells (the meeting pack, the imported data):
 * our previous sheet cleared or a new one marked, number formats first (Excel types "2024-04"
 * into a date unless the cell is text), then the blocks in requests under the payload budget, and
 * `finish` in the last request.
 */

/** One range write: a slice of a block's rows. */
interface RowWrite {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (string | number)[];
}

/** Consecutive rows of one block in one request become one range write. */
function mergeRows(rows: readonly RowWrite[]): SheetBlock[] {
  const merged: { row: number; column: number; values: (readonly (string | number)[])[] }[] = [];
  for (const write of rows) {
    const last = merged[merged.length - 1];
    const width = last?.values[0]?.length;
    if (
      last &&
      last.column === write.column &&
      last.row + last.values.length === write.row &&
      width === write.cells.length
    ) {
      last.values.push(write.cells);
    } else {
      merged.push({ row: write.row, column: write.column, values: [write.cells] });
    }
  }
  return merged;
}

export type RangeOf = (block: CellBlock) => Excel.Range;

export async function writeBlockSheet(
  context: Excel.RequestContext,
  resolution: Resolution,
  kind: OutputKind,
  layout: { readonly blocks: readonly SheetBlock[]; readonly formats: readonly SheetFormat[] },
  stamp: SheetStamp,
  hooks: {
    /** In the first request, before anything is written (old charts deleted). */
    readonly first?: () => void;
    /** In the last request, after the values. */
    readonly finish?: (worksheet: Excel.Worksheet, range: RangeOf) => void;
  } = {}
): Promise<{ sheet: string; preferredSheet?: string }> {
  const target = targetSheet(resolution, kind);
  const worksheet = target.exists
    ? context.workbook.worksheets.getItem(target.sheet)
    : context.workbook.worksheets.add(target.sheet);
  const rows: RowWrite[] = layout.blocks.flatMap((block) =>
    block.values.map((cells, i) => ({ row: block.row + i, column: block.column, cells }))
  );
  const requests = chunkRows(rows, WRITE_BUDGET_BYTES);
  const range: RangeOf = (block) =>
    worksheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns);

  for (const [index, request] of requests.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    if (index === 0) {
      hooks.first?.();
      if (target.exists) worksheet.getRange().clear("All");
      markSheet(context, resolution, kind, worksheet, stamp);
      for (const format of layout.formats)
        range(format.block).numberFormat = [[format.numberFormat]];
    }
    for (const block of mergeRows(request)) {
      const width = block.values[0]?.length ?? 0;
      worksheet.getRangeByIndexes(block.row, block.column, block.values.length, width).values =
        block.values.map((cells) => [...cells]);
    }
    if (index === requests.length - 1) hooks.finish?.(worksheet, range);
    await context.sync();
  }
  return {
    sheet: target.sheet,
    ...(target.preferredSheet ? { preferredSheet: target.preferredSheet } : {}),
  };
}
