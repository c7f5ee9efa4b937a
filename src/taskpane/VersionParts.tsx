import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
  useRestoreFocusTarget,
  type ButtonProps,
} from "@fluentui/react-components";
import { Info16Regular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Language } from "../i18n";
import { ProblemList } from "./ProblemList";
import { translator } from "./strings";
import {
  VERSION_ACTION_LABELS,
  versionProgressText,
  type VersionAction,
  type VersionsState,
} from "./versions";

/** Pieces every part of the versions section uses: its heading, buttons, progress and problems. */

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
  action: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  reason: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    // Why the button waits is a hint, not a warning: nothing is wrong before the planner acts.
    color: tokens.colorNeutralForeground3,
  },
  reasonIcon: {
    flexShrink: 0,
  },
  status: {
    minHeight: 0,
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

/** A part of the versions section: a level-3 heading naming a region. */
export function VersionPart({
  title,
  children,
}: {
  readonly title: string;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const styles = useVersionStyles();
  const headingId = useId();
  return (
    <section className={styles.part} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

export interface ActionButtonProps {
  readonly label: string;
  readonly description: string;
  /** Why the button cannot act yet; undefined when it can. */
  readonly reason?: string | undefined;
  /** Another action of the pane is running. */
  readonly busy: boolean;
  readonly icon?: ButtonProps["icon"];
  readonly primary?: boolean;
  readonly onClick: () => void;
}

/**
 * An action's button with its description under it, and why it waits when it does. Disabled but
 * focusable, as the plan's buttons: keyboard users reach it and hear why.
 */
export function ActionButton({
  label,
  description,
  reason,
  busy,
  icon,
  primary = false,
  onClick,
}: ActionButtonProps): React.JSX.Element {
  const styles = useVersionStyles();
  const idPrefix = useId();
  const descriptionId = `${idPrefix}-description`;
  const reasonId = `${idPrefix}-reason`;
  // Restore and roll forward open a confirmation: the focus comes back here when it closes.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <div className={styles.action}>
      <Button
        {...restoreFocus}
        appearance={primary ? "primary" : "secondary"}
        icon={icon}
        disabledFocusable={busy || reason !== undefined}
        aria-describedby={reason === undefined ? descriptionId : `${reasonId} ${descriptionId}`}
        onClick={onClick}
      >
        {label}
      </Button>
      {reason !== undefined ? (
        <Caption1 id={reasonId} className={styles.reason}>
          <Info16Regular aria-hidden className={styles.reasonIcon} />
          {reason}
        </Caption1>
      ) : null}
      <Caption1 id={descriptionId}>{description}</Caption1>
    </div>
  );
}

/** Always in the page, so screen readers hear each step of the part's actions. */
export function ActionStatus({
  language,
  running,
  actions,
}: {
  readonly language: Language;
  readonly running: VersionsState["running"];
  readonly actions: readonly VersionAction[];
}): React.JSX.Element {
  const styles = useVersionStyles();
  const text =
    running !== undefined && actions.includes(running.action)
      ? versionProgressText(language, running)
      : undefined;
  return (
    <div role="status" aria-live="polite" className={styles.status}>
      {text !== undefined ? <Spinner size="tiny" labelPosition="after" label={text} /> : null}
    </div>
  );
}

/** The problems of a refused action, or the error of one that threw, when it is one of `actions`. */
export function ActionTrouble({
  language,
  result,
  actions,
  title,
}: {
  readonly language: Language;
  readonly result: VersionsState["result"];
  readonly actions: readonly VersionAction[];
  /** The title of the problem list: what was not done. */
  readonly title: string;
}): React.JSX.Element | null {
  const t = translator(language);
  if (result === undefined || !actions.includes(result.action)) return null;
  if (result.kind === "refused") {
    return <ProblemList language={language} title={title} problems={result.problems} />;
  }
  if (result.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {t("ui.error.title", { action: t(VERSION_ACTION_LABELS[result.action]) })}
          </MessageBarTitle>{" "}
          {result.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

/** A success message: the title, and a line under it when there is one. */
export function Success({
  title,
  children,
}: {
  readonly title: string;
  readonly children?: React.ReactNode;
}): React.JSX.Element {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children !== undefined ? <> {children}</> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
