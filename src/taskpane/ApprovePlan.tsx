import {
  Body1,
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import type {
  ApprovalPreview,
  ApprovalPreviewOutcome,
  ApproveOutcome,
  PlanningWorkbook,
} from "../workbook";
import { ActionFeedback, Success } from "./ActionFeedback";
import { ConfirmDialog } from "./ConfirmDialog";
import { doneValue } from "./paneAction";
import { usePaneStyles } from "./paneStyles";
import { Section } from "./Section";
import { formatCount, translator, type Translate } from "./strings";
import type { ActionLock } from "./useActionLock";
import { usePaneAction } from "./usePaneAction";
import { formatQuantity, formatSavedAt } from "./versions";
import { WrittenSheet } from "./WrittenSheet";

/**
 * The Execute step's Approve plan (seed 004: the approved plan becomes the MPS): who approves,
 * a preview of the version it saves, the frozen periods and the changes inside them against the
 * earlier approved plan; then S&OP MPS in the workbook and the CSV to download for the ERP.
 */

type ApproveAction = "preview" | "approve";

type ApproveValue =
  | { readonly kind: "preview"; readonly outcome: Extract<ApprovalPreviewOutcome, { ok: true }> }
  | { readonly kind: "approved"; readonly outcome: Extract<ApproveOutcome, { ok: true }> };

const LABELS: Record<ApproveAction, UiMessageKey> = {
  preview: "ui.approve.button",
  approve: "ui.approve.button",
};
const ACTIONS: readonly ApproveAction[] = ["preview", "approve"];

/** Changes the pane lists before "and n more" (the sheet lists them all). */
const LISTED_CHANGES = 8;

export interface ApprovePlanProps {
  readonly workbook: PlanningWorkbook;
  readonly language: Language;
  readonly lock: ActionLock;
  readonly onShowSheet: (sheet: string) => Promise<void>;
  /** Hands a file to the planner (a browser download); without it the CSV button is not shown. */
  readonly saveFile?: (bytes: Uint8Array, fileName: string, type: string) => void;
  /** After the version was saved: the pane checks the cycle again. */
  readonly onChanged: () => void;
}

export function ApprovePlan({
  workbook,
  language,
  lock,
  onShowSheet,
  saveFile,
  onChanged,
}: ApprovePlanProps): React.JSX.Element {
  const styles = usePaneStyles();
  const t = translator(language);
  const [approver, setApprover] = useState("");
  const { state, perform, reset } = usePaneAction<ApproveAction, ApproveValue>(lock, language);
  const value = doneValue(state, ACTIONS);
  const blank = approver.trim() === "";

  const preview = (): void => {
    perform({
      action: "preview",
      call: (options) => workbook.previewApproval(options),
      settle: (outcome) => ({ kind: "preview", outcome }),
    });
  };
  const approve = (): void => {
    perform({
      action: "approve",
      call: (options) => workbook.approvePlan({ approvedBy: approver }, options),
      settle: (outcome) => ({ kind: "approved", outcome }),
      after: onChanged,
    });
  };

  return (
    <>
      <Section title={t("ui.approve.heading")}>
        <Body1 as="p">{t("ui.approve.intro")}</Body1>
        <div className={styles.row}>
          <Field label={t("ui.approve.by")} required>
            <Input
              value={approver}
              onChange={(_, data) => {
                setApprover(data.value);
              }}
            />
          </Field>
          <Button
            appearance="primary"
            icon={<CheckmarkCircleRegular />}
            disabled={lock.busy || blank}
            onClick={preview}
          >
            {t("ui.approve.button")}
          </Button>
        </div>
        <ActionFeedback
          language={language}
          state={state}
          actions={ACTIONS}
          labels={LABELS}
          refusedTitle={() => t("ui.approve.refused")}
        />
        {value?.kind === "approved" && (
          <>
            <Success
              title={t("ui.approve.done", {
                version: value.outcome.version.name,
                by: value.outcome.version.approval?.by ?? "",
              })}
            >
              <Frozen language={language} preview={value.outcome.preview} />
            </Success>
            <WrittenSheet
              language={language}
              sheet={value.outcome.sheet}
              preferredSheet={value.outcome.preferredSheet}
              onShowSheet={onShowSheet}
            />
            {saveFile ? (
              <Button
                className={styles.start}
                icon={<ArrowDownloadRegular />}
                onClick={() => {
                  const { bytes, fileName } = value.outcome.csv;
                  saveFile(bytes, fileName, "text/csv;charset=utf-8");
                }}
              >
                {t("ui.approve.csv", { file: value.outcome.csv.fileName })}
              </Button>
            ) : null}
          </>
        )}
      </Section>
      {value?.kind === "preview" && (
        <ConfirmDialog
          title={t("ui.approve.confirmTitle", { version: value.outcome.preview.versionName })}
          confirmLabel={t("ui.approve.confirm")}
          cancelLabel={t("ui.approve.cancel")}
          onConfirm={approve}
          onCancel={reset}
        >
          <Body1 block>
            {t("ui.approve.what", {
              by: approver.trim(),
              families: formatCount(language, value.outcome.preview.families),
              periods: value.outcome.preview.periods,
            })}
          </Body1>
          {value.outcome.preview.approvedBefore ? (
            <Body1 block>
              {t("ui.approve.again", {
                version: value.outcome.preview.approvedBefore.name,
                by: value.outcome.preview.approvedBefore.approval.by,
                time: formatSavedAt(language, value.outcome.preview.approvedBefore.approval.at),
              })}
            </Body1>
          ) : null}
          <Frozen language={language} preview={value.outcome.preview} />
        </ConfirmDialog>
      )}
    </>
  );
}

/** The frozen periods and the changes inside them against the earlier approved plan. */
function Frozen({
  language,
  preview,
}: {
  readonly language: Language;
  readonly preview: ApprovalPreview;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const t = translator(language);
  const { changes, previous } = preview;
  return (
    <>
      <div>
        {preview.frozenPeriods === 0
          ? t("ui.approve.noneFrozen")
          : t("ui.approve.frozen", {
              n: preview.frozenPeriods,
              periods: preview.frozenLabels.join(", "),
            })}
      </div>
      <div>{comparison(t, language, preview)}</div>
      {previous && changes.length > 0 ? (
        <Table size="small" className={styles.table} aria-label={t("ui.approve.changes")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("ui.approve.change.where")}</TableHeaderCell>
              <TableHeaderCell>{t("ui.approve.change.before")}</TableHeaderCell>
              <TableHeaderCell>{t("ui.approve.change.now")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {changes.slice(0, LISTED_CHANGES).map((change) => (
              <TableRow key={`${change.family}\u0000${change.period}`}>
                <TableCell>
                  {change.family === "" ? change.period : `${change.family}, ${change.period}`}
                </TableCell>
                <TableCell>{formatQuantity(language, change.before)}</TableCell>
                <TableCell>{formatQuantity(language, change.now)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {changes.length > LISTED_CHANGES ? (
        <div>
          {t("ui.approve.moreChanges", {
            n: formatCount(language, changes.length - LISTED_CHANGES),
          })}
        </div>
      ) : null}
    </>
  );
}

function comparison(t: Translate, language: Language, preview: ApprovalPreview): string {
  const { previous, changes } = preview;
  if (!previous) return t("ui.approve.noPrevious");
  const values = {
    version: previous.name,
    by: previous.approval.by,
    time: formatSavedAt(language, previous.approval.at),
    n: formatCount(language, changes.length),
  };
  if (changes.length === 0) return t("ui.approve.noChange", values);
  return t(changes.length === 1 ? "ui.approve.changed.one" : "ui.approve.changed.other", values);
}
