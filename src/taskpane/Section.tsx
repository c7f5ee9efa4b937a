import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
});

export interface SectionProps {
  readonly title: string;
  /** 2 for a section of the pane, 3 for a part of one. */
  readonly level?: 2 | 3;
  readonly children: React.ReactNode;
}

/** A region of the pane named by its heading (screen readers list it by that name). */
export function Section({ title, level = 2, children }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as={level === 2 ? "h2" : "h3"} id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
