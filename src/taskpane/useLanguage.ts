import { useCallback, useEffect, useRef, useState } from "react";
import { messageOf, type PlanningWorkbook } from "../workbook";
import type { Language } from "../i18n";

export interface LanguageError {
  readonly key: "ui.language.loadFailed" | "ui.language.saveFailed";
  readonly message: string;
}

export interface LanguageChoice {
  readonly language: Language;
  /** Switches the pane and saves the choice in the workbook for every planner who opens it. */
  readonly choose: (language: Language) => void;
  readonly error?: LanguageError;
}

/**
 * The pane's language: `initialLanguage` until the workbook's saved language arrives, which wins
 * (unless the planner has already picked one). A choice is saved in the workbook.
 */
export function useLanguage(workbook: PlanningWorkbook, initialLanguage: Language): LanguageChoice {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [error, setError] = useState<LanguageError>();
  const chosen = useRef(false);

  useEffect(() => {
    let current = true;
    workbook.loadLanguage().then(
      (saved) => {
        if (current && saved !== undefined && !chosen.current) setLanguage(saved);
      },
      (reason: unknown) => {
        if (current) setError({ key: "ui.language.loadFailed", message: messageOf(reason) });
      }
    );
    return () => {
      current = false;
    };
  }, [workbook]);

  const choose = useCallback(
    (next: Language) => {
      chosen.current = true;
      setLanguage(next);
      setError(undefined);
      workbook.saveLanguage(next).catch((reason: unknown) => {
        setError({ key: "ui.language.saveFailed", message: messageOf(reason) });
      });
    },
    [workbook]
  );

  return { language, choose, ...(error ? { error } : {}) };
}
