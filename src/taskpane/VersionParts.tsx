import {
  Button,
  Caption1,
  makeStyles,
  Subtitle2,
  tokens,
  useRestoreFocusTarget,
  type ButtonProps,
} from "@fluentui/react-components";
import { Info16Regular } from "@fluentui/react-icons";
import { useId } from "react";

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
