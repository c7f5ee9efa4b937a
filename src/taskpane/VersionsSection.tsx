import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { RangeChange } from "../workbook";
import type { Language } from "../i18n";
import { ComparePanel } from "./ComparePanel";
import { ConfirmDialog } from "./ConfirmDialog";
import { SaveVersionForm } from "./SaveVersionForm";
import { formatCount, translator } from "./strings";
import type { VersionOperations } from "./useVersions";
import { useVersionStyles } from "./VersionParts";
import { VersionList } from "./VersionList";
import { ChangeExamples } from "./ChangeExamples";
import type { RestoreSuccess } from "./versions";

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

export interface VersionsSectionProps {
  readonly language: Language;
  readonly versions: VersionOperations;
  /** An action of the pane is running: every action button waits. */
  readonly busy: boolean;
  readonly onShowSheet: (sheet: string) => Promise<void>;
}

/**
 * Plan versions, as the meeting uses them: the stored list, saving the current plan, comparing two
 * plans and restoring a version. What-if variants are run in the supply review, the roll forward
 * in the execute step.
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
      <ComparePanel
        language={language}
        state={state}
        action={action}
        busy={busy}
        selected={selected}
        onCompare={versions.compare}
        onShowSheet={onShowSheet}
      />
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
    </section>
  );
}

interface RestoreChangesProps {
  readonly language: Language;
  readonly preview: RestoreSuccess;
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
            <ChangeExamples language={language} change={change} className={shared.list} />
          </li>
        ))}
      </ul>
    </>
  );
}
