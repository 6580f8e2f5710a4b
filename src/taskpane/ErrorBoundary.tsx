// Root error boundary: a render failure becomes a MessageBar with a reload button, never a blank pane.
import React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { LangContext, LangState } from "./lang";

interface State {
  readonly failure: Error | null;
}

export class ErrorBoundary extends React.Component<{ children: React.ReactNode }, State> {
  static override contextType = LangContext;
  declare context: LangState;
  override state: State = { failure: null };

  static getDerivedStateFromError(failure: Error): State {
    return { failure };
  }

  override render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    const { t } = this.context;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
          {t("boundary")} ({failure.message})
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{t("reload")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
