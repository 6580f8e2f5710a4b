// A failure as a Fluent MessageBar in plain Thai or English: a data problem is a warning, only the unexpected is an error.
import React, { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { plainProblem } from "../host/detection";
import { describeError } from "./errors";
import { useLang } from "./lang";

export function Problem(props: { error: unknown; onDismiss?: () => void }) {
  const { lang, t } = useLang();
  if (props.error === null || props.error === undefined) return null;
  // Our own errors (no tracker, unreadable file, a missing column) are about the user's data, not a crash.
  const plain = plainProblem(props.error) !== null;
  return (
    <MessageBar intent={plain ? "warning" : "error"} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(plain ? "problemTitle" : "errorTitle")}</MessageBarTitle>
        {describeError(props.error, lang, t)}
      </MessageBarBody>
      {props.onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={props.onDismiss}>
            {t("dismiss")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** A short informational or success message. */
export function Note(props: { intent?: "info" | "success" | "warning"; children: React.ReactNode }) {
  return (
    <MessageBar intent={props.intent ?? "info"}>
      <MessageBarBody>{props.children}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * An action's result, placed next to its button: announced (role=status) and, with `focus`, given
 * keyboard focus when it appears, so neither a screen reader nor the keyboard is left at <body>.
 */
export function ActionResult(props: { intent?: "info" | "success" | "warning"; focus?: boolean; testId?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focus) ref.current?.focus();
  }, [props.focus]);
  return (
    <div ref={ref} role="status" tabIndex={-1} data-testid={props.testId}>
      <Note intent={props.intent ?? "success"}>{props.children}</Note>
    </div>
  );
}
