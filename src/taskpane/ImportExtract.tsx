import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { ArrowImportRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import {
  EXTRACT_KINDS,
  EXTRACT_ROLES,
  type BadRowReason,
  type ColumnMapping,
  type ExtractKind,
  type ExtractRole,
} from "../engine";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import type {
  ExtractFile,
  ImportOutcome,
  ImportPreview,
  ImportPreviewOutcome,
  PlanningWorkbook,
} from "../workbook";
import { ActionFeedback, Success } from "./ActionFeedback";
import { ConfirmDialog } from "./ConfirmDialog";
import { readFileBytes } from "./files";
import { doneValue } from "./paneAction";
import { usePaneStyles } from "./paneStyles";
import { Section } from "./Section";
import { formatCount, translator } from "./strings";
import type { ActionLock } from "./useActionLock";
import { usePaneAction } from "./usePaneAction";
import { formatQuantity } from "./versions";
import { WrittenSheet } from "./WrittenSheet";

/**
 * The Data step's Import ERP extract (seed 002): the planner picks a CSV or .xlsx export; the
 * pane shows how it was read, the columns found (each can be corrected), the totals by type, the
 * bad rows with their lines, and which names move to S&OP Data; Import writes after a
 * confirmation that names every name taken off the planner's own cells.
 */

const useStyles = makeStyles({
  hidden: { display: "none" },
});

type ImportAction = "preview" | "import";

type ImportValue =
  | { readonly kind: "preview"; readonly outcome: Extract<ImportPreviewOutcome, { ok: true }> }
  | { readonly kind: "imported"; readonly outcome: Extract<ImportOutcome, { ok: true }> };

const LABELS: Record<ImportAction, UiMessageKey> = {
  preview: "ui.import.choose",
  import: "ui.import.button",
};
const ACTIONS: readonly ImportAction[] = ["preview", "import"];

const ROLE_KEYS: Record<ExtractRole, UiMessageKey> = {
  family: "ui.import.role.family",
  period: "ui.import.role.period",
  quantity: "ui.import.role.quantity",
  type: "ui.import.role.type",
};
const KIND_KEYS: Record<ExtractKind, UiMessageKey> = {
  history: "ui.import.kind.history",
  orders: "ui.import.kind.orders",
  stock: "ui.import.kind.stock",
  capacity: "ui.import.kind.capacity",
};
const REASON_KEYS: Record<BadRowReason, UiMessageKey> = {
  noFamily: "ui.import.bad.noFamily",
  badPeriod: "ui.import.bad.badPeriod",
  noQuantity: "ui.import.bad.noQuantity",
  badQuantity: "ui.import.bad.badQuantity",
  unknownType: "ui.import.bad.unknownType",
  missingCells: "ui.import.bad.missingCells",
};

/** Bad rows the pane lists before "and n more". */
const LISTED_BAD_ROWS = 10;
const NONE = "";

export interface ImportExtractProps {
  readonly workbook: PlanningWorkbook;
  readonly language: Language;
  readonly lock: ActionLock;
  readonly onShowSheet: (sheet: string) => Promise<void>;
  /** After the names moved: the pane checks the cycle again. */
  readonly onChanged: () => void;
}

export function ImportExtract({
  workbook,
  language,
  lock,
  onShowSheet,
  onChanged,
}: ImportExtractProps): React.JSX.Element {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const t = translator(language);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ExtractFile>();
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [kind, setKind] = useState<ExtractKind>("history");
  const [confirming, setConfirming] = useState(false);
  const { state, perform } = usePaneAction<ImportAction, ImportValue>(lock, language);
  const value = doneValue(state, ACTIONS);
  const preview = value?.kind === "preview" ? value.outcome.preview : undefined;

  const read = (
    chosen: ExtractFile | (() => Promise<ExtractFile>),
    corrected?: ColumnMapping,
    every?: ExtractKind
  ): void => {
    perform({
      action: "preview",
      call: async (options) => {
        const extract = typeof chosen === "function" ? await chosen() : chosen;
        setFile(extract);
        return workbook.previewImport(
          {
            file: extract,
            ...(corrected ? { mapping: corrected } : {}),
            ...(every ? { kind: every } : {}),
          },
          options
        );
      },
      settle: (outcome) => {
        setMapping(outcome.preview.mapping);
        return { kind: "preview", outcome };
      },
    });
  };
  /** A file picked: read (an unreadable one is said so), then previewed with the columns found. */
  const choose = (picked: File | undefined): void => {
    if (!picked) return;
    setMapping(undefined);
    read(async () => ({ name: picked.name, bytes: await readFileBytes(picked) }));
  };
  const remap = (role: ExtractRole, column: string): void => {
    if (!file || !mapping) return;
    const others = EXTRACT_ROLES.flatMap((r) => {
      const at = mapping[r];
      return r === role || at === undefined ? [] : [[r, at] as const];
    });
    const next: ColumnMapping = Object.fromEntries(
      column === NONE ? others : [...others, [role, Number(column)] as const]
    );
    setMapping(next);
    read(file, next, kind);
  };
  const doImport = (): void => {
    setConfirming(false);
    if (!file) return;
    perform({
      action: "import",
      call: (options) =>
        workbook.importExtract(
          {
            file,
            ...(mapping ? { mapping } : {}),
            ...(mapping?.type === undefined ? { kind } : {}),
          },
          options
        ),
      settle: (outcome) => ({ kind: "imported", outcome }),
      after: onChanged,
    });
  };

  return (
    <Section title={t("ui.import.heading")}>
      <Body1 as="p">{t("ui.import.intro")}</Body1>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,.xlsx"
        className={styles.hidden}
        aria-label={t("ui.import.choose")}
        onChange={(event) => {
          choose(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
      <Button
        className={styles.start}
        icon={<DocumentArrowUpRegular />}
        disabled={lock.busy}
        onClick={() => input.current?.click()}
      >
        {t("ui.import.choose")}
      </Button>
      <ActionFeedback
        language={language}
        state={state}
        actions={ACTIONS}
        labels={LABELS}
        refusedTitle={() => t("ui.import.refused")}
      />
      {preview && mapping ? (
        <>
          <Caption1>{sourceText(t, preview)}</Caption1>
          {EXTRACT_ROLES.map((role) => (
            <Field key={role} label={t(ROLE_KEYS[role])}>
              <Select
                value={mapping[role] === undefined ? NONE : String(mapping[role])}
                disabled={lock.busy}
                onChange={(_, data) => {
                  remap(role, data.value);
                }}
              >
                <option value={NONE}>
                  {role === "type" ? t("ui.import.noType") : t("ui.import.noColumn")}
                </option>
                {preview.header.map((name, column) => (
                  <option key={column} value={String(column)}>
                    {name === "" ? t("ui.import.column", { n: column + 1 }) : name}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {mapping.type === undefined ? (
            <Field label={t("ui.import.every")}>
              <Select
                value={kind}
                disabled={lock.busy}
                onChange={(_, data) => {
                  const every = data.value as ExtractKind;
                  setKind(every);
                  if (file) read(file, mapping, every);
                }}
              >
                {EXTRACT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(KIND_KEYS[k])}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          <PreviewFacts language={language} preview={preview} />
          <Button
            appearance="primary"
            className={styles.start}
            icon={<ArrowImportRegular />}
            disabled={lock.busy}
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t("ui.import.button")}
          </Button>
        </>
      ) : null}
      {value?.kind === "imported" ? (
        <>
          <Success
            title={t("ui.import.done", {
              sheet: value.outcome.sheet,
              n: formatCount(language, value.outcome.preview.names.length),
            })}
          />
          <WrittenSheet
            language={language}
            sheet={value.outcome.sheet}
            preferredSheet={value.outcome.preferredSheet}
            onShowSheet={onShowSheet}
          />
        </>
      ) : null}
      {confirming && preview ? (
        <ConfirmDialog
          title={t("ui.import.confirmTitle", { file: preview.fileName })}
          confirmLabel={t("ui.import.confirm")}
          cancelLabel={t("ui.import.cancel")}
          onConfirm={doImport}
          onCancel={() => {
            setConfirming(false);
          }}
        >
          <Body1 block>{t("ui.import.names")}</Body1>
          <ul className={styles.list}>
            {preview.names.map((name) => (
              <li key={name.name}>
                {name.replaces === undefined
                  ? t("ui.import.name", { name: name.name, address: name.address })
                  : t("ui.import.nameMoves", {
                      name: name.name,
                      address: name.address,
                      from: name.replaces,
                    })}
              </li>
            ))}
          </ul>
          {preview.badRowCount > 0 ? (
            <Body1 block>
              {t("ui.import.leftOut", { n: formatCount(language, preview.badRowCount) })}
            </Body1>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

function sourceText(t: ReturnType<typeof translator>, preview: ImportPreview): string {
  const { source } = preview;
  if (source.kind === "xlsx")
    return t("ui.import.readXlsx", { file: preview.fileName, sheet: source.sheet });
  const delimiter =
    source.delimiter === ","
      ? t("ui.import.comma")
      : source.delimiter === ";"
        ? t("ui.import.semicolon")
        : t("ui.import.tab");
  return t("ui.import.readCsv", {
    file: preview.fileName,
    encoding: source.encoding === "utf-8" ? "UTF-8" : "GBK/GB18030",
    delimiter,
    decimal: preview.decimal === "," ? t("ui.import.decimalComma") : t("ui.import.decimalPoint"),
  });
}

/** What the extract holds: families, months, totals by type, the bad rows. */
function PreviewFacts({
  language,
  preview,
}: {
  readonly language: Language;
  readonly preview: ImportPreview;
}): React.JSX.Element {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const t = translator(language);
  const first = preview.periods[0] ?? "";
  const last = preview.periods.at(-1) ?? "";
  return (
    <>
      <Body1 block>
        {t("ui.import.summary", {
          rows: formatCount(language, preview.rows),
          families: formatCount(language, preview.families.length),
          first,
          last,
          history: formatCount(language, preview.historyMonths.length),
        })}
      </Body1>
      <Table size="small" className={styles.table} aria-label={t("ui.import.totals")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("ui.import.kind")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.import.total")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.import.families")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.totals.map((total) => (
            <TableRow key={total.kind}>
              <TableCell>{t(KIND_KEYS[total.kind])}</TableCell>
              <TableCell>{formatQuantity(language, total.total)}</TableCell>
              <TableCell>{formatCount(language, total.families)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {preview.outsidePlan > 0 ? (
        <Body1 block>
          {t("ui.import.outside", { n: formatCount(language, preview.outsidePlan) })}
        </Body1>
      ) : null}
      {preview.badRowCount === 0 ? (
        <Body1 block>{t("ui.import.noBadRows")}</Body1>
      ) : (
        <>
          <Body1 block>
            {t("ui.import.badRows", { n: formatCount(language, preview.badRowCount) })}
          </Body1>
          <ul className={styles.list} aria-label={t("ui.import.badRowsList")}>
            {preview.badRows.slice(0, LISTED_BAD_ROWS).map((bad) => (
              <li key={bad.line}>
                {t(REASON_KEYS[bad.reason], { line: bad.line, found: bad.found ?? "" })}
              </li>
            ))}
          </ul>
          {preview.badRowCount > LISTED_BAD_ROWS ? (
            <Caption1>
              {t("ui.import.moreBad", {
                n: formatCount(language, preview.badRowCount - LISTED_BAD_ROWS),
              })}
            </Caption1>
          ) : null}
        </>
      )}
    </>
  );
}
