import { Body1, Caption1 } from "@fluentui/react-components";
import { CalendarArrowRight16Regular } from "@fluentui/react-icons";
import type { RollForwardPlan, VersionInfo } from "../workbook";
import type { Language } from "../i18n";
import { ActionButton } from "./ActionButton";
import { ActionFeedback, Success } from "./ActionFeedback";
import { ConfirmDialog } from "./ConfirmDialog";
import { doneValue } from "./paneAction";
import { Section } from "./Section";
import { formatCount, translator } from "./strings";
import type { VersionOperations } from "./useVersions";
import { useVersionStyles } from "./VersionParts";
import { formatQuantity, formatSavedAt, VERSION_ACTION_LABELS } from "./versions";

/** How many families a roll forward lists before "and n more". */
const STOCK_LINES = 5;

export interface RollForwardPanelProps {
  readonly language: Language;
  readonly versions: VersionOperations;
  readonly busy: boolean;
  /** The version a roll forward saved when it opened the current plan (from the workbook). */
  readonly rolledFrom?: VersionInfo | undefined;
}

/**
 * The execute step's action: the monthly roll forward, after a confirmation that says what it
 * saves and moves; and where the current plan came from, when a roll forward opened it.
 */
export function RollForwardPanel({
  language,
  versions,
  busy,
  rolledFrom,
}: RollForwardPanelProps): React.JSX.Element {
  const shared = useVersionStyles();
  const t = translator(language);
  const { action, dialog } = versions;
  const value = doneValue(action, ["rollForward"]);
  const rolled = value?.kind === "rolled" ? value : undefined;
  return (
    <>
      <Section level={2} title={t("ui.roll.heading")}>
        <ActionButton
          label={t("ui.roll.run")}
          description={t("ui.roll.run.description")}
          busy={busy}
          icon={<CalendarArrowRight16Regular />}
          onClick={versions.previewRollForward}
        />
        <ActionFeedback
          language={language}
          state={action}
          actions={["previewRollForward", "rollForward"]}
          labels={VERSION_ACTION_LABELS}
          refusedTitle={() => t("ui.roll.refused")}
        >
          {rolled !== undefined ? (
            <Success
              title={t("ui.roll.done", { first: rolled.plan.to.first, last: rolled.plan.to.last })}
            >
              {t("ui.roll.doneDetail", { version: rolled.version.name })}
            </Success>
          ) : null}
        </ActionFeedback>
        {rolledFrom !== undefined ? (
          <Caption1 as="p" className={shared.paragraph}>
            {t("ui.execute.rolledFrom", {
              cycle: rolledFrom.firstPeriod,
              version: rolledFrom.name,
              savedAt: formatSavedAt(language, rolledFrom.savedAt),
            })}
          </Caption1>
        ) : null}
      </Section>
      {dialog?.kind === "rollForward" ? (
        <ConfirmDialog
          title={t("ui.roll.title")}
          confirmLabel={t("ui.roll.confirm")}
          cancelLabel={t("ui.versions.cancel")}
          onConfirm={versions.confirm}
          onCancel={versions.cancel}
        >
          <RollForwardSteps language={language} plan={dialog.plan} />
        </ConfirmDialog>
      ) : null}
    </>
  );
}

interface RollForwardStepsProps {
  readonly language: Language;
  readonly plan: RollForwardPlan;
}

/** What a roll forward would do: the version saved first, the periods and the opening stock. */
function RollForwardSteps({ language, plan }: RollForwardStepsProps): React.JSX.Element {
  const shared = useVersionStyles();
  const t = translator(language);
  const shown = plan.openingStock.slice(0, STOCK_LINES);
  const more = plan.openingStock.length - shown.length;
  return (
    <>
      <Body1 as="p" className={shared.paragraph}>
        {t("ui.roll.body", {
          version: plan.versionName,
          fromFirst: plan.from.first,
          fromLast: plan.from.last,
          toFirst: plan.to.first,
          toLast: plan.to.last,
        })}
      </Body1>
      {plan.openingStock.length > 0 ? (
        <>
          <Body1 as="p" className={shared.paragraph}>
            {plan.openingSource === "actual"
              ? t("ui.roll.actual")
              : t("ui.roll.projected", { period: plan.from.first })}
          </Body1>
          <ul className={shared.list}>
            {shown.map((line) => (
              <li key={line.family}>
                {t("ui.roll.stock", {
                  family: line.family,
                  from: formatQuantity(language, line.from),
                  to: formatQuantity(language, line.to),
                })}
              </li>
            ))}
            {more > 0 ? <li>{t("ui.roll.more", { n: formatCount(language, more) })}</li> : null}
          </ul>
        </>
      ) : null}
    </>
  );
}
