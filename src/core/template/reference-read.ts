// Reading the blocks of a reference sheet (layout in reference-layout.ts): list tables, approval chain, settings.
import { CellValue, isBlankValue, isExcelError } from "../cell";
import { LocalText } from "../findings";
import { ReferenceData, referenceSchema } from "../reference/schema";
import { cleanText, foldText } from "../text";
import {
  APPROVAL_BLOCK,
  APPROVAL_FIELD,
  SETTINGS,
  SETTINGS_BLOCK,
  TableSpec,
  decodeField,
  markerKey,
} from "./reference-layout";

/** Tables a reference sheet provides; each replaces the same table of the base reference. */
export type ReferencePatch = Partial<Omit<ReferenceData, "about" | "ministry">> & {
  ministry?: Partial<ReferenceData["ministry"]>;
};

export interface ReferenceSheetProblem extends LocalText {
  /** Block key ("departments"), or null for the sheet as a whole. */
  readonly block: string | null;
  /** 1-based sheet row, or null. */
  readonly row: number | null;
}

export type Rows = readonly (readonly CellValue[])[];

function cell(values: Rows, row: number, column: number): CellValue {
  return values[row]?.[column] ?? null;
}

function isBlankRow(values: Rows, row: number): boolean {
  return (values[row] ?? []).every((v) => isBlankValue(v));
}

function fieldName(value: CellValue): string {
  return typeof value === "string" ? foldText(value).replace(/[\s-]+/g, "_") : "";
}

export interface Block {
  readonly key: string;
  /** 0-based index of the marker row. */
  readonly markerRow: number;
  readonly header: readonly string[];
  /** 0-based indices of data rows. */
  readonly dataRows: readonly number[];
}

export function findBlocks(values: Rows): Block[] {
  const markers = values
    .map((row, i) => ({ key: markerKey(row?.[0] ?? null), i }))
    .filter((m) => m.key !== null);
  return markers.map(({ key, i }) => {
    const headerRow = i + 1;
    const isMarker = (r: number) => markerKey(cell(values, r, 0)) !== null;
    const hasHeader =
      headerRow < values.length && !isBlankRow(values, headerRow) && !isMarker(headerRow);
    const dataRows: number[] = [];
    if (hasHeader) {
      for (let r = headerRow + 1; r < values.length && !isBlankRow(values, r) && !isMarker(r); r++)
        dataRows.push(r);
    }
    return {
      key: key!,
      markerRow: i,
      header: hasHeader ? (values[headerRow] ?? []).map(fieldName) : [],
      dataRows,
    };
  });
}

export function problem(
  block: string | null,
  row: number | null,
  th: string,
  en: string
): ReferenceSheetProblem {
  return { block, row, th, en };
}

/** Items of one list table, or null (with problems) when any row is wrong: a half table is never applied. */
export function readListTable(
  values: Rows,
  block: Block,
  spec: TableSpec,
  problems: ReferenceSheetProblem[]
): unknown[] | null {
  const tag = `[${spec.key}]`;
  const start = problems.length;
  const columns = spec.fields.map((f) => ({ field: f, column: block.header.indexOf(f.key) }));
  for (const c of columns) {
    if (c.column < 0 && c.field.kind !== "optionalText") {
      problems.push(
        problem(
          spec.key,
          block.markerRow + 2,
          `ตาราง ${tag} ไม่มีคอลัมน์ "${c.field.key}"`,
          `block ${tag} lacks the column "${c.field.key}"`
        )
      );
    }
  }
  if (problems.length > start) return null;
  const elementSchema = referenceSchema.shape[spec.key].def.element;
  const seen = new Map<string, number>();
  const items = block.dataRows.map((r) => {
    const sheetRow = r + 1;
    const rowStart = problems.length;
    const item: Record<string, unknown> = {};
    for (const c of columns) {
      if (c.column < 0) continue;
      const decoded = decodeField(c.field, cell(values, r, c.column));
      if (!decoded.ok) {
        const [th, en] = [decoded.why.th, decoded.why.en];
        problems.push(
          problem(
            spec.key,
            sheetRow,
            `ตาราง ${tag} แถว ${sheetRow} คอลัมน์ "${c.field.key}" ${th}`,
            `block ${tag} row ${sheetRow}: "${c.field.key}" ${en}`
          )
        );
      } else if (decoded.value !== undefined) item[c.field.key] = decoded.value;
    }
    const parsed = elementSchema.safeParse(item);
    if (!parsed.success && problems.length === rowStart) {
      const issue = parsed.error.issues[0];
      const where = issue.path.join(".");
      problems.push(
        problem(
          spec.key,
          sheetRow,
          `ตาราง ${tag} แถว ${sheetRow}: ข้อมูลไม่ถูกต้อง (${where}: ${issue.message})`,
          `block ${tag} row ${sheetRow}: ${where}: ${issue.message}`
        )
      );
    }
    const key = String(item.code);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(
        problem(
          spec.key,
          sheetRow,
          `ตาราง ${tag} แถว ${sheetRow}: รหัส "${key}" ซ้ำกับแถว ${first}`,
          `block ${tag} row ${sheetRow}: code "${key}" repeats row ${first}`
        )
      );
    } else seen.set(key, sheetRow);
    return item;
  });
  if (problems.length > start) return null;
  const table = referenceSchema.shape[spec.key].safeParse(items);
  if (!table.success) {
    problems.push(
      problem(
        spec.key,
        block.markerRow + 1,
        `ตาราง ${tag} ต้องมีอย่างน้อยหนึ่งรายการ`,
        `block ${tag} needs at least one row`
      )
    );
    return null;
  }
  return table.data;
}

export function readApprovalChain(
  values: Rows,
  block: Block,
  problems: ReferenceSheetProblem[]
): string[] | null {
  const tag = `[${APPROVAL_BLOCK}]`;
  const column = block.header.indexOf(APPROVAL_FIELD);
  if (column < 0) {
    problems.push(
      problem(
        APPROVAL_BLOCK,
        block.markerRow + 2,
        `ตาราง ${tag} ไม่มีคอลัมน์ "${APPROVAL_FIELD}"`,
        `block ${tag} lacks the column "${APPROVAL_FIELD}"`
      )
    );
    return null;
  }
  const titles = block.dataRows
    .map((r) => cell(values, r, column))
    .filter((v) => !isBlankValue(v) && !isExcelError(v));
  if (titles.length === 0) {
    problems.push(
      problem(
        APPROVAL_BLOCK,
        block.markerRow + 1,
        `ตาราง ${tag} ต้องมีอย่างน้อยหนึ่งลำดับ`,
        `block ${tag} needs at least one title`
      )
    );
    return null;
  }
  return titles.map((v) => cleanText(String(v)));
}

export function readSettings(
  values: Rows,
  block: Block,
  patch: ReferencePatch,
  problems: ReferenceSheetProblem[]
): void {
  const tag = `[${SETTINGS_BLOCK}]`;
  const keyColumn = block.header.indexOf("key");
  const valueColumn = block.header.indexOf("value");
  if (keyColumn < 0 || valueColumn < 0) {
    problems.push(
      problem(
        SETTINGS_BLOCK,
        block.markerRow + 2,
        `ตาราง ${tag} ต้องมีคอลัมน์ "key" และ "value"`,
        `block ${tag} needs the columns "key" and "value"`
      )
    );
    return;
  }
  const settings: Record<string, unknown> = {};
  for (const r of block.dataRows) {
    const sheetRow = r + 1;
    const key = fieldName(cell(values, r, keyColumn));
    const spec = SETTINGS.find((s) => s.key === key);
    if (!spec) {
      const known = SETTINGS.map((s) => s.key).join(", ");
      problems.push(
        problem(
          SETTINGS_BLOCK,
          sheetRow,
          `ตาราง ${tag} แถว ${sheetRow}: ไม่รู้จัก "${key}" (ที่ใช้ได้: ${known})`,
          `block ${tag} row ${sheetRow}: unknown key "${key}" (known: ${known})`
        )
      );
      continue;
    }
    const decoded = decodeField({ key, kind: spec.kind }, cell(values, r, valueColumn));
    if (decoded.ok) settings[key] = decoded.value;
    else
      problems.push(
        problem(
          SETTINGS_BLOCK,
          sheetRow,
          `ตาราง ${tag} แถว ${sheetRow}: "${key}" ${decoded.why.th}`,
          `block ${tag} row ${sheetRow}: "${key}" ${decoded.why.en}`
        )
      );
  }
  const ministry: Partial<ReferenceData["ministry"]> = {};
  if (typeof settings.ministry_name_th === "string") ministry.name_th = settings.ministry_name_th;
  if (typeof settings.ministry_name_en === "string") ministry.name_en = settings.ministry_name_en;
  if (typeof settings.ministry_letter_code_th === "string")
    ministry.letter_code_th = settings.ministry_letter_code_th;
  if (Object.keys(ministry).length) patch.ministry = ministry;
  if (typeof settings.final_approver_title_th === "string")
    patch.final_approver_title_th = settings.final_approver_title_th;
  if (typeof settings.reporting_office_th === "string")
    patch.reporting_office_th = settings.reporting_office_th;
  if (typeof settings.budget_code_pattern === "string")
    patch.budget_code_pattern = settings.budget_code_pattern;
  if (typeof settings.report_deadline_days_after_quarter_end === "number") {
    patch.report_deadline_days_after_quarter_end = settings.report_deadline_days_after_quarter_end;
  }
}
