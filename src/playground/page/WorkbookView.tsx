import {
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type KeyboardEvent, useRef, useState, useSyncExternalStore } from "react";
import type { Language } from "../../i18n";
import { translator } from "../../taskpane/strings";
import { MAX_COLUMNS, MAX_ROWS } from "../excel/addresses";
import { UnreadableFormulaError } from "../excel";
import { contentOf } from "./display";
import type { PlaygroundBook } from "./playgroundBook";
import { type Edit, type Move, SheetGrid, cellAddress } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    flexGrow: 1,
  },
  formulaBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottomWidth: "1px",
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  nameBox: {
    width: "96px",
    flexShrink: 0,
  },
  fx: {
    fontStyle: "italic",
    color: tokens.colorNeutralForeground3,
    fontFamily: "Cambria, Georgia, serif",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  formula: {
    flexGrow: 1,
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
  },
  chartsNote: {
    flexShrink: 0,
    maxHeight: "3.2em",
    overflowY: "auto",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tabs: {
    flexShrink: 0,
    overflowX: "auto",
    borderTopWidth: "1px",
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface WorkbookViewProps {
  readonly book: PlaygroundBook;
  /** The page's language, for the names of the name box, formula bar and sheet tabs. */
  readonly language?: Language;
}

function refusalOf(error: unknown): { formula?: string; message: string } {
  if (error instanceof UnreadableFormulaError) return { formula: error.formula, message: "" };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** Follows the book: draws again after every change (a run, a typed cell, a sheet shown). */
function useBookVersion(book: PlaygroundBook): number {
  return useSyncExternalStore(book.subscribe, book.version);
}

/** The workbook's window: name box and formula bar, the active sheet's grid, the sheet tabs. */
export function WorkbookView({ book, language = "en" }: WorkbookViewProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  useBookVersion(book);
  const gridRef = useRef<HTMLDivElement | null>(null);
  const [edit, setEditState] = useState<Edit>();
  /** The edit as of now, for handlers that run before the page draws again (a blur). */
  const editRef = useRef<Edit | undefined>(undefined);
  const setEdit = (next: Edit | undefined) => {
    editRef.current = next;
    setEditState(next);
  };
  /** Why the stand-in refused the edit: a formula it cannot read, or its own message. */
  const [refusal, setRefusal] = useState<{ formula?: string; message: string }>();
  const sheet = book.model.active;
  const { row, column } = sheet.selection;
  const address = cellAddress(row, column);
  const cell = sheet.cells.get(row, column);
  const content = cell ? contentOf(cell) : "";

  const moveTo = (nextRow: number, nextColumn: number) => {
    const clampedRow = Math.min(MAX_ROWS - 1, Math.max(0, nextRow));
    const clampedColumn = Math.min(MAX_COLUMNS - 1, Math.max(0, nextColumn));
    book.select(sheet.name, clampedRow, clampedColumn);
  };

  const commit = (move: Move): boolean => {
    const current = editRef.current;
    if (!current) return true;
    if (current.text !== current.original) {
      try {
        book.enterCell(sheet.name, address, current.text);
      } catch (error) {
        setRefusal(refusalOf(error));
        return false;
      }
    }
    setRefusal(undefined);
    setEdit(undefined);
    const step = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1], none: [0, 0] }[move];
    moveTo(row + (step[0] ?? 0), column + (step[1] ?? 0));
    gridRef.current?.focus();
    return true;
  };

  const clear = () => {
    try {
      book.enterCell(sheet.name, address, "");
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  };

  const onBarKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      commit(event.shiftKey ? "up" : "down");
    } else if (event.key === "Escape") {
      event.preventDefault();
      setEdit(undefined);
      gridRef.current?.focus();
    }
  };

  const visibleSheets = book.model.sheets.filter((s) => s.visibility === "Visible");

  return (
    <div className={styles.root}>
      <div className={styles.formulaBar}>
        <Input
          className={styles.nameBox}
          aria-label={t("ui.playground.nameBox")}
          value={address}
          readOnly
          size="small"
        />
        <span className={styles.fx} aria-hidden="true">
          fx
        </span>
        <Input
          className={styles.formula}
          aria-label={t("ui.playground.formulaBar")}
          size="small"
          spellCheck={false}
          value={edit ? edit.text : content}
          onFocus={() => {
            if (!editRef.current) {
              setEdit({ text: content, original: content, origin: "bar", mode: "edit" });
            }
          }}
          onChange={(_, data) => {
            setEdit({
              text: data.value,
              original: editRef.current?.original ?? content,
              origin: "bar",
              mode: "edit",
            });
          }}
          onKeyDown={onBarKeyDown}
          onBlur={() => {
            if (editRef.current?.origin === "bar") commit("none");
          }}
        />
      </div>
      {refusal !== undefined ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.playground.editRefused", { cell: address })}</MessageBarTitle>
            {refusal.formula !== undefined
              ? t("ui.playground.badFormula", { formula: refusal.formula })
              : refusal.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <SheetGrid
        key={sheet.name}
        book={book}
        sheet={sheet}
        version={book.contentVersion()}
        labels={{
          grid: t("ui.playground.grid", { sheet: sheet.name }),
          editor: (cell) => t("ui.playground.editCell", { cell }),
        }}
        edit={edit}
        onEditChange={(next) => {
          setEdit(next);
          if (!next) setRefusal(undefined);
        }}
        onCommit={commit}
        onMove={moveTo}
        onClear={clear}
        gridRef={gridRef}
      />
      {sheet.charts.length > 0 ? (
        <div role="note" className={styles.chartsNote}>
          {sheet.charts.length} chart{sheet.charts.length === 1 ? "" : "s"} on this sheet (
          {sheet.charts.map((chart) => chart.title).join("; ")}), drawn by the playground. Save
          workbook leaves them out: its .xlsx writer (exceljs) cannot write charts. In Excel they
          are native charts.
        </div>
      ) : null}
      <div className={styles.tabs}>
        <SheetTabs
          label={t("ui.playground.sheets")}
          sheets={visibleSheets.map((s) => s.name)}
          selected={sheet.name}
          onSelect={(name) => {
            if (!commit("none")) return;
            book.activate(name);
          }}
        />
      </div>
    </div>
  );
}
