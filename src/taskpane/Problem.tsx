// A failure shown as a Fluent MessageBar in plain Thai or English, with a dismiss button.
import React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeError } from "./errors";
import { useLang } from "./lang";

export function Problem(props: { error: unknown; onDismiss?: () => void }) {
  const { lang, t } = useLang();
  if (props.error === null || props.error === undefined) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
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
