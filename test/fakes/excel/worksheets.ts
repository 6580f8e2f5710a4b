// WorksheetCollection of the fake: loading all sheets, getItem/getItemOrNullObject, adding sheets.
import { FakeClientObject, loadNames, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { checkSheetName, emptySheet, sheetByName } from "./state";
import { FakeWorksheet, WORKSHEET_PROPERTIES, worksheetData } from "./worksheet";

export class FakeWorksheetCollection extends FakeClientObject {
  private itemProxies: FakeWorksheet[] | null = null;

  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook.worksheets");
  }

  protected loadableProperties(): readonly string[] {
    return [];
  }
  protected readProperties(): Record<string, unknown> {
    return {};
  }

  override load(props?: unknown): this {
    const names = itemNames(loadNames(props), WORKSHEET_PROPERTIES, "WorksheetCollection");
    for (const n of names) this.gate(`Worksheet.${n}`, `load(items/${n})`);
    this.ctx.enqueueLoad(
      `${this.objectPath}.load(${names.join(",")})`,
      () => this.ctx.state.sheets.map((s) => ({ _id: s.id, ...worksheetData(this.ctx, s, names) })),
      (data) => {
        this.itemProxies = (data as Record<string, unknown>[]).map(({ _id, ...props }) => {
          const proxy = sealed(
            new FakeWorksheet(this.ctx, `${this.objectPath}.items[${String(_id)}]`, () => null)
          );
          proxy.bind(String(_id));
          proxy.receive(props);
          return proxy;
        });
      }
    );
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemProxies)
      throw new FakeOfficeError(
        FakeErrorCode.propertyNotLoaded,
        "The property 'items' is not available."
      );
    return this.itemProxies;
  }

  getItem(name: string): FakeWorksheet {
    return sealed(
      new FakeWorksheet(
        this.ctx,
        `${this.objectPath}.getItem(${JSON.stringify(name)})`,
        () => sheetByName(this.ctx.state, name) ?? null
      )
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return sealed(
      new FakeWorksheet(
        this.ctx,
        `${this.objectPath}.getItemOrNullObject(${JSON.stringify(name)})`,
        () => sheetByName(this.ctx.state, name) ?? null,
        true
      )
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return sealed(
      new FakeWorksheet(
        this.ctx,
        `${this.objectPath}.getActiveWorksheet()`,
        () => this.ctx.state.sheets.find((s) => s.id === this.ctx.state.activeSheetId) ?? null
      )
    );
  }

  add(name?: string): FakeWorksheet {
    const proxy = sealed(
      new FakeWorksheet(
        this.ctx,
        `${this.objectPath}.add(${JSON.stringify(name ?? "")})`,
        () => null
      )
    );
    this.ctx.enqueue(`${this.objectPath}.add(${JSON.stringify(name ?? "")})`, name ?? null, () => {
      const state = this.ctx.state;
      let finalName = name;
      for (let i = state.sheets.length + 1; finalName === undefined; i++)
        if (!sheetByName(state, `Sheet${i}`)) finalName = `Sheet${i}`;
      checkSheetName(state, finalName);
      const sheet = emptySheet(state, finalName);
      state.sheets.push(sheet);
      proxy.bind(sheet.id);
    });
    return proxy;
  }
}

/** "items/name,items/id" → ["name", "id"], checked against the item's loadable properties. */
export function itemNames(
  names: readonly string[],
  allowed: readonly string[],
  owner: string
): string[] {
  return names.map((n) => {
    const prop = n.startsWith("items/") ? n.slice("items/".length) : "";
    if (!allowed.includes(prop))
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Cannot load "${n}" on ${owner}.`);
    return prop;
  });
}
