import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { CalendarArrowRight16Regular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { RangeChange, RollForwardPlan } from "../workbook";
import type { Language } from "../i18n";
import { ComparePanel } from "./ComparePanel";
import { ConfirmDialog } from "./ConfirmDialog";
import { SaveVersionForm } from "./SaveVersionForm";
import { formatCount, translator } from "./strings";
import type { VersionOperations } from "./useVersions";
import { ActionFeedback, Success } from "./ActionFeedback";
import { doneValue } from "./paneAction";
import { ActionButton } from "./ActionButton";
import { Section } from "./Section";
import { useVersionStyles } from "./VersionParts";
import { VersionList } from "./VersionList";
import {
  formatPreviewValue,
  formatQuantity,
  VERSION_ACTION_LABELS,
  type RestoreSuccess,
} from "./versions";
import { WhatIfPanel } from "./WhatIfPanel";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  intro: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  change: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/** How many families a roll forward lists before "and n more". */
const STOCK_LINES = 5;

export interface VersionsSectionProps {
  readonly language: Language;
  readonly versions: VersionOperations;
  /** An action of the pane is running: every action button waits. */
  readonly busy: boolean;
  readonly onShowSheet: (sheet: string) => Promise<void>;
}

/**
 * Plan versions: the stored list, saving the current plan, what-if variants, comparing two plans,
 * restoring a version and the monthly roll forward.
 */
export function VersionsSection({
  language,
  versions,
  busy,
  onShowSheet,
}: VersionsSectionProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useVersionStyles();
  const t = translator(language);
  const headingId = useId();
  const { state, action, dialog } = versions;
  const [selectedId, setSelectedId] = useState<string>();
  const selected = state.list.versions?.find((version) => version.id === selectedId);
  const value = doneValue(action, ["rollForward"]);
  const rolled = value?.kind === "rolled" ? value : undefined;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.intro}>
        <Subtitle2 as="h2" id={headingId} className={shared.heading}>
          {t("ui.versions.heading")}
        </Subtitle2>
        <Body1 as="p" className={shared.paragraph}>
          {t("ui.versions.intro")}
        </Body1>
      </div>
      <VersionList
        language={language}
        state={state}
        action={action}
        busy={busy}
        selected={selected}
        onSelect={setSelectedId}
        onRename={versions.rename}
        onDelete={versions.remove}
        onRestore={versions.previewRestore}
      />
      <SaveVersionForm
        language={language}
        state={state}
        action={action}
        busy={busy}
        onSave={(request, onSaved) => {
          versions.save("save", request, onSaved);
        }}
      />
      <WhatIfPanel
        language={language}
        state={state}
        action={action}
        busy={busy}
        onRun={versions.runWhatIf}
        onSave={(request) => {
          versions.save("saveWhatIf", request);
        }}
      />
      <ComparePanel
        language={language}
        state={state}
        action={action}
        busy={busy}
        selected={selected}
        onCompare={versions.compare}
        onShowSheet={onShowSheet}
      />
      <Section level={3} title={t("ui.roll.heading")}>
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
        />
        {rolled !== undefined ? (
          <Success
            title={t("ui.roll.done", { first: rolled.plan.to.first, last: rolled.plan.to.last })}
          >
            {t("ui.roll.doneDetail", { version: rolled.version.name })}
          </Success>
        ) : null}
      </Section>
      {dialog?.kind === "restore" ? (
        <ConfirmDialog
          title={t("ui.restore.title", { name: dialog.preview.version.name })}
          confirmLabel={t("ui.restore.confirm")}
          cancelLabel={t("ui.versions.cancel")}
          onConfirm={versions.confirm}
          onCancel={versions.cancel}
        >
          <RestoreChanges language={language} preview={dialog.preview} />
        </ConfirmDialog>
      ) : null}
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
    </section>
  );
}

interface RestoreChangesProps {
  readonly language: Language;
  readonly preview: RestoreSuccess;
}

interface RollForwardStepsProps {
  readonly language: Language;
  readonly plan: RollForwardPlan;
}

/** What a restore would overwrite: per range, how many cells, and the first examples. */
function RestoreChanges({ language, preview }: RestoreChangesProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useVersionStyles();
  const t = translator(language);
  const changes = preview.changes.filter((change) => change.cells > 0);
  if (changes.length === 0) {
    return (
      <Body1 as="p" className={shared.paragraph}>
        {t("ui.restore.noChange")}
      </Body1>
    );
  }
  return (
    <>
      <Body1 as="p" className={shared.paragraph}>
        {t("ui.restore.intro")}
      </Body1>
      <ul className={shared.list}>
        {changes.map((change: RangeChange) => (
          <li key={change.range} className={styles.change}>
            <Body1>
              {t(change.cells === 1 ? "ui.restore.range.one" : "ui.restore.range.other", {
                range: change.range,
                address: change.address,
                n: formatCount(language, change.cells),
              })}
            </Body1>
            {change.examples.length > 0 ? (
              <ul className={shared.list}>
                {change.examples.map((example) => (
                  <li key={example.cell}>
                    <Caption1>
                      {t("ui.restore.example", {
                        cell: example.cell,
                        from: formatPreviewValue(language, example.from),
                        to: formatPreviewValue(language, example.to),
                      })}
                    </Caption1>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
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
