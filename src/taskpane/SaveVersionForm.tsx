import { Save16Regular } from "@fluentui/react-icons";
import type { SaveVersionRequest } from "../workbook";
import type { Language } from "../i18n";
import { FactList, planFacts } from "./Facts";
import { translator } from "./strings";
import { ActionFeedback, Success } from "./ActionFeedback";
import { doneValue } from "./paneAction";
import { ActionButton } from "./ActionButton";
import { Section } from "./Section";
import { useVersionDraft, VersionDraftFields } from "./VersionParts";
import { VERSION_ACTION_LABELS, type VersionActionState, type VersionsState } from "./versions";

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
  const firstPeriod = labels.phase === "read" ? labels.periods[0] : undefined;
  const draft = useVersionDraft(language, "plan", firstPeriod, list.versions);
  const value = doneValue(action, ["save"]);
  const saved = value?.kind === "saved" ? value : undefined;

  return (
    <Section level={3} title={t("ui.versions.saveHeading")}>
      <VersionDraftFields language={language} draft={draft} />
      <ActionButton
        label={t("ui.versions.save")}
        description={t("ui.versions.save.description")}
        busy={busy}
        primary
        icon={<Save16Regular />}
        onClick={() => {
          const request = draft.take();
          if (request !== undefined) onSave(request, draft.clear);
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
    </Section>
  );
}
