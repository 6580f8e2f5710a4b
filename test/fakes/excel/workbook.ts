// The fake Workbook and RequestContext entry point: worksheets and tables of one workbook state.
import { sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeWorkbookState } from "./state";
import { FakeNamedItemCollection } from "./names";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheets";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(ctx: FakeRequestContext) {
    this.names = sealed(new FakeNamedItemCollection(ctx));
    this.worksheets = sealed(new FakeWorksheetCollection(ctx));
    this.tables = sealed(new FakeTableCollection(ctx, "workbook.tables", null));
  }
}

/** A RequestContext over a fake workbook, as `Excel.run` hands one to its batch function. */
export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;

  constructor(state: FakeWorkbookState) {
    super(state);
    this.workbook = sealed(new FakeWorkbook(this));
  }
}
