/**
 * What opening or saving an .xlsx kept differently, and why a file was not opened: values, worded
 * by the page in the pane's language (src/playground/page/xlsxWords.ts). `reason` is the text of
 * the error the zip or .xlsx reader raised, shown as it is (as the pane shows Excel's messages).
 */

export type XlsxNote =
  /** Opening: a table without a header row is not kept. */
  | { readonly kind: "tableWithoutHeader"; readonly table: string; readonly sheet: string }
  /** Opening: a table's total row stays as plain cells. */
  | { readonly kind: "tableTotalRow"; readonly table: string; readonly sheet: string }
  /** Opening: a defined name the stand-in cannot hold. */
  | {
      readonly kind: "nameLeftOut";
      readonly name: string;
      readonly formula: string;
      readonly reason: string;
    }
  /** Opening: conditional formats other than "text contains". */
  | { readonly kind: "conditionalFormatsLeftOut"; readonly count: number }
  /** Saving: spilled formulas are written as array formulas over their spill range. */
  | { readonly kind: "spillsAsArrays"; readonly count: number }
  /** Saving: colours a file cannot hold. */
  | { readonly kind: "coloursLeftOut"; readonly colours: readonly string[] }
  /** Saving: charts (exceljs cannot write them). */
  | { readonly kind: "chartsLeftOut"; readonly count: number };

export type XlsxRefusal =
  | {
      readonly kind: "empty" | "legacyOffice" | "notXlsx" | "zipWithoutWorkbook" | "noWorksheets";
    }
  | { readonly kind: "damaged" | "unreadable"; readonly reason: string };
