import { Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { VersionInfo } from "../workbook";
import type { Language } from "../i18n";
import type { UiMessageKey } from "../i18n/ui.en-US";
import { translator } from "./strings";
import { freeName } from "./versions";

/** Pieces the parts of the versions section share: their styles and the draft of a version. */

export const useVersionStyles = makeStyles({
  part: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  paragraph: {
    margin: 0,
  },
  start: {
    alignSelf: "flex-start",
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
});

/** The name and note of a version about to be saved, as the planner types them. */
export interface VersionDraft {
  readonly kind: DraftKind;
  readonly name: string;
  readonly note: string;
  /** The planner tried to save without a name. */
  readonly blank: boolean;
  readonly setName: (name: string) => void;
  readonly setNote: (note: string) => void;
  /** The trimmed name and note; undefined, marking the name field, when the name is blank. */
  readonly take: () => { readonly name: string; readonly note: string } | undefined;
  /** Back to the default name and no note (after a save). */
  readonly clear: () => void;
}

/** What is saved: the current plan, or the what-if variant just balanced. */
export type DraftKind = "plan" | "whatIf";

const DRAFT_KEYS: Record<
  DraftKind,
  { readonly name: UiMessageKey; readonly note: UiMessageKey; readonly default: UiMessageKey }
> = {
  plan: { name: "ui.versions.name", note: "ui.versions.note", default: "ui.versions.defaultName" },
  whatIf: {
    name: "ui.whatIf.saveName",
    note: "ui.whatIf.saveNote",
    default: "ui.whatIf.defaultName",
  },
};

/**
 * A draft named, until the planner types a name, after `period` (the plan's first, or the
 * variant's) with the first "(2)" no stored version has.
 */
export function useVersionDraft(
  language: Language,
  kind: DraftKind,
  period: string | undefined,
  versions: readonly VersionInfo[] | undefined
): VersionDraft {
  const t = translator(language);
  const defaultName =
    freeName((first) => t(DRAFT_KEYS[kind].default, { period: first }), period, versions) ?? "";
  /** Undefined until the planner types: the field then shows the default name. */
  const [typed, setTyped] = useState<string>();
  const [note, setNote] = useState("");
  const [blank, setBlank] = useState(false);
  const name = typed ?? defaultName;
  return {
    kind,
    name,
    note,
    blank,
    setName: (value) => {
      setTyped(value);
      setBlank(false);
    },
    setNote,
    take: () => {
      const trimmed = name.trim();
      if (trimmed === "") {
        setBlank(true);
        return undefined;
      }
      return { name: trimmed, note: note.trim() };
    },
    clear: () => {
      setTyped(undefined);
      setNote("");
    },
  };
}

/** The name and note fields of a version about to be saved. */
export function VersionDraftFields({
  language,
  draft,
}: {
  readonly language: Language;
  readonly draft: VersionDraft;
}): React.JSX.Element {
  const t = translator(language);
  const keys = DRAFT_KEYS[draft.kind];
  return (
    <>
      <Field
        label={t(keys.name)}
        validationMessage={draft.blank ? t("ui.versions.nameRequired") : undefined}
        validationState={draft.blank ? "error" : "none"}
      >
        <Input
          value={draft.name}
          onChange={(_, data) => {
            draft.setName(data.value);
          }}
        />
      </Field>
      <Field label={t(keys.note)}>
        <Textarea
          value={draft.note}
          resize="vertical"
          onChange={(_, data) => {
            draft.setNote(data.value);
          }}
        />
      </Field>
    </>
  );
}
