import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentLockRegular, PresenterRegular } from "@fluentui/react-icons";
import type { Feature, FreezeOutcome, MeetingOutcome, PlanningWorkbook } from "../workbook";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { ActionFeedback, Success } from "./ActionFeedback";
import { NeedsNewerExcel } from "./NeedsNewerExcel";
import { doneValue } from "./paneAction";
import { Section } from "./Section";
import { translator } from "./strings";
import type { ActionLock } from "./useActionLock";
import { usePaneAction } from "./usePaneAction";
import { WrittenSheet } from "./WrittenSheet";

/**
 * The monthly meeting's material: `Publish meeting pack` writes the S&OP Meeting sheet, `Freeze
 * for sharing` hands over a copy of the workbook without SOP.* formulas. Both go through the
 * workbook interface; the pane never touches Office.
 */

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type MeetingAction = "publish" | "freeze";

type MeetingValue =
  | { readonly kind: "published"; readonly outcome: Extract<MeetingOutcome, { ok: true }> }
  | { readonly kind: "frozen"; readonly outcome: Extract<FreezeOutcome, { ok: true }> };

const LABELS: Record<MeetingAction, UiMessageKey> = {
  publish: "ui.meeting.publish",
  freeze: "ui.meeting.freeze",
};
const ACTIONS: readonly MeetingAction[] = ["publish", "freeze"];
/** Publishing reads, checks, computes and writes; freezing checks nothing. */
const NUMBERED: readonly MeetingAction[] = ["publish"];

/** The features of this part above the manifest's minimum. */
const MEETING_FEATURES: readonly Feature[] = ["meetingPack", "freezeForSharing"];

export interface MeetingPackProps {
  readonly workbook: PlanningWorkbook;
  readonly language: Language;
  readonly lock: ActionLock;
  readonly onShowSheet: (sheet: string) => Promise<void>;
}

export function MeetingPack({
  workbook,
  language,
  lock,
  onShowSheet,
}: MeetingPackProps): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const { state, perform } = usePaneAction<MeetingAction, MeetingValue>(lock, language);
  const { busy } = lock;
  // The section's two actions are the features above the manifest's minimum.
  const missing = MEETING_FEATURES.filter((feature) => !workbook.supports(feature));
  const canPublish = !missing.includes("meetingPack");
  const canFreeze = !missing.includes("freezeForSharing");
  const value = doneValue(state, ACTIONS);

  const publish = (): void => {
    perform({
      action: "publish",
      call: (options) => workbook.publishMeetingPack(options),
      settle: (outcome) => ({ kind: "published", outcome }),
    });
  };

  const freeze = (): void => {
    perform({
      action: "freeze",
      call: (options) => workbook.freezeForSharing(options),
      settle: (outcome) => ({ kind: "frozen", outcome }),
    });
  };

  return (
    <Section title={t("ui.meeting.heading")}>
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
      <NeedsNewerExcel language={language} missing={missing} />
      <ActionFeedback
        language={language}
        state={state}
        actions={ACTIONS}
        labels={LABELS}
        numbered={NUMBERED}
        refusedTitle={() => t("ui.meeting.refused")}
      />
      {value?.kind === "published" && (
        <>
          <Success
            title={t("ui.meeting.published", {
              families: value.outcome.summary.families,
              periods: value.outcome.summary.periods,
              exceptions: value.outcome.summary.exceptions,
              gaps: value.outcome.summary.gaps,
              decisions: value.outcome.summary.openDecisions,
              charts: value.outcome.summary.charts,
            })}
          />
          <WrittenSheet
            language={language}
            sheet={value.outcome.sheet}
            preferredSheet={value.outcome.preferredSheet}
            onShowSheet={onShowSheet}
          />
        </>
      )}
      {value?.kind === "frozen" && <FrozenCopy language={language} outcome={value.outcome} />}
    </Section>
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
    <Success
      title={t(
        outcome.delivery === "opened" ? "ui.meeting.frozenOpened" : "ui.meeting.frozenDownloaded",
        { file: outcome.fileName }
      )}
    >
      <div>
        {cells > 0 ? t("ui.meeting.frozenCells", { cells, sheets }) : t("ui.meeting.nothingFrozen")}
      </div>
    </Success>
  );
}
