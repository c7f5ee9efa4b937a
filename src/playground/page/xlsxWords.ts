import { translate, type Language } from "../../i18n";
import { formatCount } from "../../taskpane/strings";
import type { XlsxNote, XlsxRefusal } from "../xlsx/notes";

/** The playground's .xlsx notes and refusals in words, from src/i18n like every other word. */

const plural = (n: number): "one" | "other" => (n === 1 ? "one" : "other");

export function describeXlsxNote(language: Language, note: XlsxNote): string {
  switch (note.kind) {
    case "tableWithoutHeader":
    case "tableTotalRow":
      return translate(language, `ui.playground.note.${note.kind}`, {
        table: note.table,
        sheet: note.sheet,
      });
    case "nameLeftOut":
      return translate(language, "ui.playground.note.nameLeftOut", {
        name: note.name,
        formula: note.formula,
        reason: note.reason,
      });
    case "coloursLeftOut":
      return translate(language, "ui.playground.note.coloursLeftOut", {
        colours: note.colours.join(translate(language, "ui.adjustment.separator")),
      });
    case "conditionalFormatsLeftOut":
    case "spillsAsArrays":
    case "chartsLeftOut":
      return translate(language, `ui.playground.note.${note.kind}.${plural(note.count)}`, {
        n: formatCount(language, note.count),
      });
  }
}

/** Why `file` was not opened, and that the page's workbook is unchanged. */
export function describeXlsxRefusal(
  language: Language,
  file: string,
  refusal: XlsxRefusal
): string {
  const why =
    "reason" in refusal
      ? translate(language, `ui.playground.refused.${refusal.kind}`, {
          file,
          reason: refusal.reason,
        })
      : translate(language, `ui.playground.refused.${refusal.kind}`, { file });
  return `${why}${translate(language, "ui.playground.unchanged")}`;
}
