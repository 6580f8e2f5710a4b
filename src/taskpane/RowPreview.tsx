// Click-to-row everywhere: in Excel the row's cell is selected; in the workspace a small preview of the row opens beside the list.
import React, { useCallback, useEffect, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { TEMPLATE_HEADERS } from "../core/tracker/columns";
import { PaneHost } from "../host/pane-host";
import { useLang } from "./lang";
import { Problem } from "./Problem";
import { RowRef, findingsOnRow, rowCells } from "./rows";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  preview: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    outlineOffset: "2px",
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  cells: { margin: 0, display: "grid", gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  term: { color: tokens.colorNeutralForeground3, overflowWrap: "break-word" },
  value: { margin: 0, overflowWrap: "break-word", minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ShowRow {
  /** The row open in the workspace preview, or null. */
  readonly shown: RowRef | null;
  readonly show: (ref: RowRef) => void;
  readonly close: () => void;
  readonly error: unknown;
  readonly clearError: () => void;
}

/** What clicking a row (or finding) does on this host. */
export function useShowRow(host: PaneHost): ShowRow {
  const action = useAction();
  const [shown, setShown] = useState<RowRef | null>(null);
  const show = useCallback(
    (ref: RowRef) => {
      if (host.capabilities.navigate) void action.run(() => host.selectCell({ sheet: ref.sheet, address: ref.cell }));
      else setShown(ref);
    },
    [host, action.run],
  );
  return { shown, show, close: () => setShown(null), error: action.error, clearError: action.clearError };
}

export function RowPreview(props: { check: CheckResult; row: RowRef; onClose: () => void }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const ref = useRef<HTMLElement>(null);
  const { row, check } = props;
  useEffect(() => ref.current?.focus(), [row]);
  const findings = findingsOnRow(check, row);
  const titleId = `row-preview-${row.row}`;
  return (
    <section ref={ref} className={styles.preview} tabIndex={-1} aria-labelledby={titleId} data-testid="row-preview">
      <div className={styles.head}>
        <Text as="h3" id={titleId} weight="semibold">
          {t("rowPreviewTitle", { sheet: row.sheet, row: row.row })}
        </Text>
        <Button size="small" onClick={props.onClose}>
          {t("close")}
        </Button>
      </div>
      <dl className={styles.cells}>
        {rowCells(check, row).map((c) => (
          <React.Fragment key={c.key}>
            <dt className={styles.term}>{TEMPLATE_HEADERS[c.key][lang]}</dt>
            <dd className={styles.value}>{c.value || t("noValue")}</dd>
          </React.Fragment>
        ))}
      </dl>
      {findings.length > 0 && (
        <>
          <Text weight="semibold">{t("rowPreviewFindings")}</Text>
          <ul className={styles.list}>
            {findings.map((f, i) => (
              <li key={`${f.rule}:${i}`}>{f.message[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The preview (workspace) or the failure to select a cell (Excel), wherever the panel puts it. */
export function ShownRow(props: { check: CheckResult | null; showRow: ShowRow }) {
  const { check, showRow } = props;
  return (
    <>
      <Problem error={showRow.error} onDismiss={showRow.clearError} />
      {check && showRow.shown && <RowPreview check={check} row={showRow.shown} onClose={showRow.close} />}
    </>
  );
}
