import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import {
  ArrowUndo16Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  Delete16Regular,
  Rename16Regular,
} from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import type { VersionInfo } from "../workbook";
import type { Language } from "../i18n";
import { ActionFeedback, Success, Trouble } from "./ActionFeedback";
import { ConfirmDialog } from "./ConfirmDialog";
import { doneValue } from "./paneAction";
import { formatCount, translator } from "./strings";
import { ActionButton } from "./ActionButton";
import { Section } from "./Section";
import { useVersionStyles } from "./VersionParts";
import {
  describeAdjustment,
  formatSavedAt,
  sizeText,
  VERSION_ACTION_LABELS,
  type VersionActionState,
  type VersionsState,
} from "./versions";

const useStyles = makeStyles({
  cards: {
    display: "flex",
    flexDirection: "column",
    // Every card as wide as the pane (the radio group would size each to its content).
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  top: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  name: {
    // A radio's label is grey until checked; the version's name is the card's title.
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  detail: {
    color: tokens.colorNeutralForeground3,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
  body: {
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
  rename: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
});

export interface VersionListProps {
  readonly language: Language;
  readonly state: VersionsState;
  readonly action: VersionActionState;
  readonly busy: boolean;
  readonly selected: VersionInfo | undefined;
  readonly onSelect: (id: string) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onRestore: (id: string) => void;
}

/** The versions stored in the workbook, one card each, with the restore of the selected one. */
export function VersionList({
  language,
  state,
  action,
  busy,
  selected,
  onSelect,
  onRename,
  onDelete,
  onRestore,
}: VersionListProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useVersionStyles();
  const t = translator(language);
  const { list } = state;
  const [deleting, setDeleting] = useState<VersionInfo>();
  const groupLabelId = useId();

  let body: React.ReactNode;
  if (list.error !== undefined) {
    body = <Trouble language={language} title={t("ui.versions.listFailed")} message={list.error} />;
  } else if (list.problems !== undefined) {
    body = (
      <Trouble language={language} title={t("ui.versions.listFailed")} problems={list.problems} />
    );
  } else if (list.versions === undefined) {
    body = <Spinner size="extra-tiny" labelPosition="after" label={t("ui.versions.loading")} />;
  } else if (list.versions.length === 0) {
    body = (
      <Body1 as="p" className={shared.paragraph}>
        {t("ui.versions.empty")}
      </Body1>
    );
  } else {
    body = (
      <>
        <Caption1 id={groupLabelId}>
          {t("ui.versions.count", {
            n: formatCount(language, list.versions.length),
            limit: formatCount(language, list.limit ?? list.versions.length),
          })}
        </Caption1>
        <RadioGroup
          className={styles.cards}
          aria-label={t("ui.versions.selection")}
          aria-describedby={groupLabelId}
          value={selected?.id ?? ""}
          onChange={(_, data) => {
            onSelect(data.value);
          }}
        >
          {list.versions.map((version) => (
            <VersionCard
              key={version.id}
              language={language}
              version={version}
              busy={busy}
              onRename={onRename}
              onDelete={setDeleting}
            />
          ))}
        </RadioGroup>
      </>
    );
  }

  const value = doneValue(action, ["restore"]);
  const restored = value?.kind === "restored" ? value : undefined;
  return (
    <Section level={3} title={t("ui.versions.listHeading")}>
      {body}
      <ActionFeedback
        language={language}
        state={action}
        actions={["rename", "delete"]}
        labels={VERSION_ACTION_LABELS}
        refusedTitle={(done) =>
          t(done === "rename" ? "ui.versions.renameRefused" : "ui.versions.deleteRefused")
        }
      />
      <ActionButton
        label={t("ui.restore.run")}
        description={t("ui.restore.run.description")}
        reason={selected === undefined ? t("ui.restore.needsSelection") : undefined}
        busy={busy}
        icon={<ArrowUndo16Regular />}
        onClick={() => {
          if (selected !== undefined) onRestore(selected.id);
        }}
      />
      <ActionFeedback
        language={language}
        state={action}
        actions={["previewRestore", "restore"]}
        labels={VERSION_ACTION_LABELS}
        refusedTitle={() => t("ui.restore.refused")}
      />
      {restored !== undefined ? (
        <Success
          title={t(restored.changedCells === 1 ? "ui.restore.done.one" : "ui.restore.done.other", {
            name: restored.version.name,
            n: formatCount(language, restored.changedCells),
          })}
        />
      ) : null}
      {deleting !== undefined ? (
        <ConfirmDialog
          title={t("ui.versions.deleteTitle", { name: deleting.name })}
          confirmLabel={t("ui.versions.deleteConfirm")}
          cancelLabel={t("ui.versions.cancel")}
          onConfirm={() => {
            onDelete(deleting.id);
            setDeleting(undefined);
          }}
          onCancel={() => {
            setDeleting(undefined);
          }}
        >
          <Body1 as="p" className={shared.paragraph}>
            {t("ui.versions.deleteBody")}
          </Body1>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

interface VersionCardProps {
  readonly language: Language;
  readonly version: VersionInfo;
  readonly busy: boolean;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (version: VersionInfo) => void;
}

/** One version: selectable by its name, with when it was saved, its note, size and periods. */
function VersionCard({
  language,
  version,
  busy,
  onRename,
  onDelete,
}: VersionCardProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useVersionStyles();
  const t = translator(language);
  const [expanded, setExpanded] = useState(false);
  const [renaming, setRenaming] = useState(false);
  /** Set when the editor closes: the Rename button takes the focus back as it returns. */
  const focusRename = useRef(false);
  const adjustmentsId = useId();
  /** A cancelled delete gives the focus back to the Delete button. */
  const restoreFocus = useRestoreFocusTarget();
  const whatIf = version.adjustments.length > 0;
  return (
    <div className={styles.card} data-version={version.id}>
      <div className={styles.top}>
        <Radio value={version.id} label={<span className={styles.name}>{version.name}</span>} />
        {whatIf ? (
          <Badge appearance="tint" color="brand">
            {t("ui.versions.whatIfBadge")}
          </Badge>
        ) : null}
      </div>
      <Caption1 className={styles.detail}>
        {t("ui.versions.savedAt", { time: formatSavedAt(language, version.savedAt) })}
      </Caption1>
      {version.note !== "" ? <Body1 className={styles.body}>{version.note}</Body1> : null}
      <Caption1 className={styles.detail}>
        {t("ui.versions.span", {
          size: sizeText(language, version.families, version.periods),
          first: version.firstPeriod,
          last: version.lastPeriod,
        })}
      </Caption1>
      {whatIf ? (
        <div className={styles.body}>
          <Button
            size="small"
            appearance="transparent"
            icon={expanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
            aria-expanded={expanded}
            aria-controls={expanded ? adjustmentsId : undefined}
            // The visible words start the name, which says whose adjustments they are.
            aria-label={t(
              expanded ? "ui.versions.hideAdjustments" : "ui.versions.showAdjustments",
              {
                name: version.name,
              }
            )}
            onClick={() => {
              setExpanded(!expanded);
            }}
          >
            {t(expanded ? "ui.versions.hideAdjustmentsShort" : "ui.versions.showAdjustmentsShort")}
          </Button>
          {expanded ? (
            <ul
              id={adjustmentsId}
              className={shared.list}
              aria-label={t("ui.versions.adjustmentsOf", { name: version.name })}
            >
              {version.adjustments.map((adjustment, index) => (
                // Adjustments have no identity of their own and the list never reorders.
                <li key={index}>
                  <Caption1>{describeAdjustment(language, adjustment)}</Caption1>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {renaming ? (
        <RenameEditor
          language={language}
          current={version.name}
          onSubmit={(name) => {
            focusRename.current = true;
            setRenaming(false);
            if (name !== version.name) onRename(version.id, name);
          }}
          onCancel={() => {
            focusRename.current = true;
            setRenaming(false);
          }}
        />
      ) : (
        <div className={styles.buttons}>
          <Button
            size="small"
            icon={<Rename16Regular />}
            disabledFocusable={busy}
            aria-label={t("ui.versions.rename", { name: version.name })}
            ref={(button) => {
              if (button !== null && focusRename.current) {
                focusRename.current = false;
                button.focus();
              }
            }}
            onClick={() => {
              setRenaming(true);
            }}
          >
            {t("ui.versions.renameShort")}
          </Button>
          <Button
            {...restoreFocus}
            size="small"
            icon={<Delete16Regular />}
            disabledFocusable={busy}
            aria-label={t("ui.versions.delete", { name: version.name })}
            onClick={() => {
              onDelete(version);
            }}
          >
            {t("ui.versions.deleteShort")}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The inline rename: Enter saves, Escape cancels; a blank name is refused here. */
function RenameEditor({
  language,
  current,
  onSubmit,
  onCancel,
}: {
  readonly language: Language;
  readonly current: string;
  readonly onSubmit: (name: string) => void;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const t = translator(language);
  const [text, setText] = useState(current);
  const [blank, setBlank] = useState(false);
  const submit = () => {
    const name = text.trim();
    if (name === "") {
      setBlank(true);
      return;
    }
    onSubmit(name);
  };
  return (
    <div className={styles.rename}>
      <Field
        validationMessage={blank ? t("ui.versions.nameRequired") : undefined}
        validationState={blank ? "error" : "none"}
      >
        <Input
          aria-label={t("ui.versions.renameInput")}
          value={text}
          // The editor opens on the planner's click: the name is what they came to type.
          autoFocus
          onChange={(_, data) => {
            setText(data.value);
            setBlank(false);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              submit();
            } else if (event.key === "Escape") {
              event.preventDefault();
              onCancel();
            }
          }}
        />
      </Field>
      <div className={styles.top}>
        <Button size="small" appearance="primary" onClick={submit}>
          {t("ui.versions.renameSave")}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t("ui.versions.renameCancel")}
        </Button>
      </div>
    </div>
  );
}
