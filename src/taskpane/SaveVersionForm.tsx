import { Field, Input, Textarea } from "@fluentui/react-components";
import { Save16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { SaveVersionRequest } from "../workbook";
import type { Language } from "../i18n";
import { FactList, planFacts } from "./Facts";
import { translator } from "./strings";
import { ActionFeedback, Success } from "./ActionFeedback";
import { doneValue } from "./paneAction";
import { ActionButton, VersionPart } from "./VersionParts";
import {
  freeName,
  VERSION_ACTION_LABELS,
  type VersionActionState,
  type VersionsState,
} from "./versions";

export interface SaveVersionFormProps {
  readonly language: Language;
  readonly state: VersionsState;
  readonly action: VersionActionState;
  readonly busy: boolean;
  readonly onSave: (request: SaveVersionRequest, onSaved: () => void) => void;
}

/** Saves the current inputs as a version: a name (prefilled after the first period) and a note. */
export function SaveVersionForm({
  language,
  state,
  action,
  busy,
  onSave,
}: SaveVersionFormProps): React.JSX.Element {
  const t = translator(language);
  const { labels, list } = state;
  /** Undefined until the planner types: the field then shows the default name. */
  const [typed, setTyped] = useState<string>();
  const [note, setNote] = useState("");
  const [blank, setBlank] = useState(false);
  const firstPeriod = labels.phase === "read" ? labels.periods[0] : undefined;
  const name =
    typed ??
    freeName((period) => t("ui.versions.defaultName", { period }), firstPeriod, list.versions) ??
    "";
  const value = doneValue(action, ["save"]);
  const saved = value?.kind === "saved" ? value : undefined;

  return (
    <VersionPart title={t("ui.versions.saveHeading")}>
      <Field
        label={t("ui.versions.name")}
        validationMessage={blank ? t("ui.versions.nameRequired") : undefined}
        validationState={blank ? "error" : "none"}
      >
        <Input
          value={name}
          onChange={(_, data) => {
            setTyped(data.value);
            setBlank(false);
          }}
        />
      </Field>
      <Field label={t("ui.versions.note")}>
        <Textarea
          value={note}
          resize="vertical"
          onChange={(_, data) => {
            setNote(data.value);
          }}
        />
      </Field>
      <ActionButton
        label={t("ui.versions.save")}
        description={t("ui.versions.save.description")}
        busy={busy}
        primary
        icon={<Save16Regular />}
        onClick={() => {
          const trimmed = name.trim();
          if (trimmed === "") {
            setBlank(true);
            return;
          }
          onSave({ name: trimmed, note: note.trim() }, () => {
            setTyped(undefined);
            setNote("");
          });
        }}
      />
      <ActionFeedback
        language={language}
        state={action}
        actions={["save"]}
        labels={VERSION_ACTION_LABELS}
        refusedTitle={() => t("ui.versions.saveRefused")}
      />
      {saved !== undefined ? (
        <>
          <Success title={t("ui.versions.saved", { name: saved.version.name })} />
          <FactList language={language} facts={planFacts(language, saved.summary)} />
        </>
      ) : null}
    </VersionPart>
  );
}
