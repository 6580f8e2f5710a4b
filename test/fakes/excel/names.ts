// Defined names of the fake workbook (workbook.names): listed by name, and in the way of table names.
import { FakeClientObject, loadNames, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { itemNames } from "./worksheets";

export class FakeNamedItem extends FakeClientObject {
  constructor(ctx: FakeRequestContext, path: string) {
    super(ctx, path);
  }
  protected loadableProperties(): readonly string[] {
    return ["name"];
  }
  protected readProperties(): Record<string, unknown> {
    return {};
  }
  get name(): string {
    return this.loadedValue("name");
  }
}

export class FakeNamedItemCollection extends FakeClientObject {
  private itemProxies: FakeNamedItem[] | null = null;

  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook.names");
  }
  protected loadableProperties(): readonly string[] {
    return [];
  }
  protected readProperties(): Record<string, unknown> {
    return {};
  }

  override load(props?: unknown): this {
    const names = itemNames(loadNames(props), ["name"], "NamedItemCollection");
    for (const n of names) this.gate(`NamedItem.${n}`, `load(items/${n})`);
    this.ctx.enqueueLoad(
      `${this.objectPath}.load(${names.join(",")})`,
      () => this.ctx.state.names.map((name) => ({ name })),
      (data) => {
        this.itemProxies = (data as { name: string }[]).map((item, i) => {
          const proxy = sealed(new FakeNamedItem(this.ctx, `${this.objectPath}.items[${i}]`));
          proxy.receive(item);
          return proxy;
        });
      }
    );
    return this;
  }

  get items(): FakeNamedItem[] {
    if (!this.itemProxies)
      throw new FakeOfficeError(
        FakeErrorCode.propertyNotLoaded,
        "The property 'items' is not available."
      );
    return this.itemProxies;
  }
}
