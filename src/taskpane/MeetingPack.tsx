import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { DocumentLockRegular, PresenterRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type {
  FreezeOutcome,
  MeetingOutcome,
  PlanningWorkbook,
  RunOptions,
  RunStep,
  WorkbookProblem,
} from "../workbook";
import { describeSets, FEATURE_SETS, FEATURES } from "../workbook";
import type { Language } from "../i18n";
import { ProblemList } from "./ProblemList";
import { messageOf, translator } from "./strings";
import type { ActionLock } from "./useActionLock";
import { WrittenSheet } from "./WrittenSheet";

/**
 * The monthly meeting's material: `Publish meeting pack` writes the S&OP Meeting sheet, `Freeze
 * for sharing` hands over a copy of the workbook without SOP.* formulas. Both go through the
 * workbook interface; the pane never touches Office.
 */

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Result =
  | { readonly kind: "none" }
  | { readonly kind: "running"; readonly action: "publish" | "freeze"; readonly step?: RunStep }
  | { readonly kind: "published"; readonly outcome: Extract<MeetingOutcome, { ok: true }> }
  | { readonly kind: "frozen"; readonly outcome: Extract<FreezeOutcome, { ok: true }> }
  | { readonly kind: "refused"; readonly problems: readonly WorkbookProblem[] }
  | { readonly kind: "failed"; readonly message: string };

export interface MeetingPackProps {
  readonly workbook: PlanningWorkbook;
  readonly language: Language;
  readonly lock: ActionLock;
  readonly onShowSheet: (sheet: string) => void;
}

export function MeetingPack({
  workbook,
  language,
  lock,
  onShowSheet,
}: MeetingPackProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const headingId = useId();
  const [result, setResult] = useState<Result>({ kind: "none" });
  const { acquire, release, busy } = lock;
  // The section's two actions are the features above the manifest's minimum.
  const missing = FEATURES.filter((feature) => !workbook.supports(feature));
  const canPublish = !missing.includes("meetingPack");
  const canFreeze = !missing.includes("freezeForSharing");

  /** Each step of a long publish (1,000 families take seconds) shows in the spinner's label. */
  const progress =
    (action: "publish" | "freeze") =>
    (step: RunStep): void => {
      if (step !== "done") setResult({ kind: "running", action, step });
    };

  /** Runs one action under the pane's lock and shows its outcome. */
  const perform = <O extends { ok: true } | { ok: false; problems: readonly WorkbookProblem[] }>(
    action: "publish" | "freeze",
    call: (options: RunOptions) => Promise<O>,
    shown: (outcome: Extract<O, { ok: true }>) => Result
  ): void => {
    if (!acquire()) return;
    setResult({ kind: "running", action });
    call({ language, onProgress: progress(action) })
      .then(
        (outcome) => {
          // TypeScript does not narrow a generic union by its `ok` field.
          setResult(
            outcome.ok
              ? shown(outcome as Extract<O, { ok: true }>)
              : { kind: "refused", problems: outcome.problems }
          );
        },
        (error: unknown) => {
          setResult({ kind: "failed", message: messageOf(error) });
        }
      )
      .finally(release);
  };

  const publish = (): void => {
    perform(
      "publish",
      (options) => workbook.publishMeetingPack(options),
      (outcome) => ({ kind: "published", outcome })
    );
  };

  const freeze = (): void => {
    perform(
      "freeze",
      (options) => workbook.freezeForSharing(options),
      (outcome) => ({ kind: "frozen", outcome })
    );
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t("ui.meeting.heading")}
      </Subtitle2>
      <Body1>{t("ui.meeting.intro")}</Body1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<PresenterRegular />}
          disabled={busy || !canPublish}
          onClick={publish}
        >
          {t("ui.meeting.publish")}
        </Button>
        <Button icon={<DocumentLockRegular />} disabled={busy || !canFreeze} onClick={freeze}>
          {t("ui.meeting.freeze")}
        </Button>
      </div>
      {missing.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.needs.title")}</MessageBarTitle>
            {missing.map((feature) => (
              <div key={feature}>
                {t(`ui.needs.${feature}`, { sets: describeSets(FEATURE_SETS[feature]) })}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite">
        {result.kind === "running" && (
          <Spinner
            size="extra-tiny"
            labelPosition="after"
            label={[
              t(result.action === "publish" ? "ui.meeting.publishing" : "ui.meeting.freezing"),
              ...(result.step !== undefined ? [t(`ui.step.${result.step}`)] : []),
            ].join(" ")}
          />
        )}
        {result.kind === "published" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t("ui.meeting.published", {
                families: result.outcome.summary.families,
                periods: result.outcome.summary.periods,
                exceptions: result.outcome.summary.exceptions,
                gaps: result.outcome.summary.gaps,
                decisions: result.outcome.summary.openDecisions,
                charts: result.outcome.summary.charts,
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {result.kind === "frozen" && <FrozenCopy language={language} outcome={result.outcome} />}
      </div>
      {result.kind === "published" && (
        <WrittenSheet
          language={language}
          sheet={result.outcome.sheet}
          preferredSheet={result.outcome.preferredSheet}
          onShowSheet={onShowSheet}
        />
      )}
      {result.kind === "refused" && (
        <ProblemList
          language={language}
          action="plan"
          title={t("ui.meeting.refused")}
          problems={result.problems}
        />
      )}
      {result.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.meeting.failed")}</MessageBarTitle>
            {result.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function FrozenCopy({
  language,
  outcome,
}: {
  readonly language: Language;
  readonly outcome: Extract<FreezeOutcome, { ok: true }>;
}): React.JSX.Element {
  const t = translator(language);
  const cells = outcome.frozen.reduce((sum, sheet) => sum + sheet.cells, 0);
  const sheets = outcome.frozen.map((sheet) => `${sheet.sheet}: ${sheet.cells}`).join(", ");
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {t(
            outcome.delivery === "opened"
              ? "ui.meeting.frozenOpened"
              : "ui.meeting.frozenDownloaded",
            { file: outcome.fileName }
          )}
        </MessageBarTitle>
        <div>
          {cells > 0
            ? t("ui.meeting.frozenCells", { cells, sheets })
            : t("ui.meeting.nothingFrozen")}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
