// The warning above the figures whenever rows are left out: how many, why, and each row (click to see it).
import React, { useMemo } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { formatCount } from "./format";
import { useLang } from "./lang";
import { RowRef, leftOutRows } from "./rows";

/** Row buttons listed per reason; the Validation sheet lists every row. */
export const LEFT_OUT_ROWS_SHOWN = 40;

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  rows: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
  row: { minWidth: 0 },
});

function RowButtons(props: { rows: readonly RowRef[]; onShow: (ref: RowRef) => void; reason: string }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const shown = props.rows.slice(0, LEFT_OUT_ROWS_SHOWN);
  return (
    <>
      <ul className={styles.rows} aria-label={props.reason} data-testid="left-out-rows">
        {shown.map((r) => (
          <li key={`${r.file}:${r.sheet}:${r.row}`}>
            <Button
              className={styles.row}
              size="small"
              appearance="outline"
              aria-label={t("rowButtonLabel", { row: r.row, sheet: r.sheet })}
              onClick={() => props.onShow(r)}
            >
              {t("rowButton", { row: r.row })}
            </Button>
          </li>
        ))}
      </ul>
      {props.rows.length > shown.length && <Text size={200}>{t("leftOutMore", { count: formatCount(props.rows.length - shown.length, lang) })}</Text>}
    </>
  );
}

export function LeftOutWarning(props: { check: CheckResult; onShow: (ref: RowRef) => void }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { figures } = props.check.analysis;
  const rows = useMemo(() => (figures.excludedRows > 0 ? leftOutRows(props.check) : null), [props.check, figures.excludedRows]);
  if (!rows) return null;
  const count = (n: number) => formatCount(n, lang);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="left-out">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t("leftOutTitle", { count: count(figures.excludedRows) })}</MessageBarTitle>
        {rows.withErrors.length > 0 && (
          <>
            <Text>{t("leftOutErrors", { count: count(rows.withErrors.length) })}</Text>
            <RowButtons rows={rows.withErrors} onShow={props.onShow} reason={t("leftOutErrors", { count: count(rows.withErrors.length) })} />
          </>
        )}
        {rows.otherYear.length > 0 && (
          <>
            <Text>{t("leftOutOtherYear", { count: count(rows.otherYear.length) })}</Text>
            <RowButtons rows={rows.otherYear} onShow={props.onShow} reason={t("leftOutOtherYear", { count: count(rows.otherYear.length) })} />
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
