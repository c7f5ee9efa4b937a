import { Field, Input, Textarea } from "@fluentui/react-components";
import { Save16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { SaveVersionRequest } from "../workbook";
import type { Language } from "../i18n";
import { FactList, planFacts } from "./Facts";
import { translator } from "./strings";
import { ActionButton, ActionStatus, ActionTrouble, Success, VersionPart } from "./VersionParts";
import { freeName, type VersionsState } from "./versions";

export interface SaveVersionFormProps {
  readonly language: Language;
  readonly state: VersionsState;
  readonly busy: boolean;
  readonly onSave: (request: SaveVersionRequest, onSaved: () => void) => void;
}

/** Saves the current inputs as a version: a name (prefilled after the first period) and a note. */
export function SaveVersionForm({
  language,
  state,
  busy,
  onSave,
}: SaveVersionFormProps): React.JSX.Element {
  const t = translator(language);
  const { labels, list, result, running } = state;
  /** Undefined until the planner types: the field then shows the default name. */
  const [typed, setTyped] = useState<string>();
  const [note, setNote] = useState("");
  const [blank, setBlank] = useState(false);
  const firstPeriod = labels.phase === "read" ? labels.periods[0] : undefined;
  const name =
    typed ??
    freeName((period) => t("ui.versions.defaultName", { period }), firstPeriod, list.versions) ??
    "";
  const saved = result?.kind === "saved" && result.action === "save" ? result : undefined;

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
      <ActionStatus language={language} running={running} actions={["save"]} />
      <ActionTrouble
        language={language}
        result={result}
        actions={["save"]}
        title={t("ui.versions.saveRefused")}
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
