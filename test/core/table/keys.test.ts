// The duplicate rules' keys: one-scan folding and hashing (foldHash) gives what foldText/idKeyOf and hashKey give, on any text.
import fc from "fast-check";
import { hashKey } from "../../../src/core/key-index";
import { emptyResolvedColumns, storeIdKey, storeNameKey } from "../../../src/core/table/resolved-columns";
import { foldText, idKeyOf } from "../../../src/core/text";

/** Characters that take every branch of the scan: ASCII, capitals, spaces, Thai letters, marks and digits, NBSP, others. */
const CHARS = ["a", "Z", "0", "-", " ", "  ", "\t", "ก", "\u0e34", "\u0e38", "\u0e48", "๑", "\u00a0", "\u200b", "é", "e\u0301", "😀", "#"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((parts) => parts.join(""));

function keysOf(value: string): { nameKey?: string; nameHash: number; idKey?: string; idHash: number } {
  const c = emptyResolvedColumns(1);
  c.projectName[0] = value;
  c.projectId[0] = value;
  storeNameKey(c, 0);
  storeIdKey(c, 0);
  return { nameKey: c.nameKey[0], nameHash: c.nameKeyHash[0], idKey: c.idKey[0], idHash: c.idKeyHash[0] };
}

describe("duplicate keys", () => {
  it("fold and hash names and ids as foldText, idKeyOf and hashKey do", () => {
    fc.assert(
      fc.property(text, (value) => {
        const idKey = idKeyOf(value);
        expect(keysOf(value)).toEqual({
          nameKey: foldText(value),
          nameHash: hashKey(foldText(value)),
          idKey,
          idHash: idKey === undefined ? 0 : hashKey(idKey),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("examples: capitals and single spaces take the one-scan path; tabs and Thai digits the full one", () => {
    expect(keysOf("P 001")).toMatchObject({ nameKey: "p 001", idKey: "p001", idHash: hashKey("p001") });
    expect(keysOf("โครงการ\tก")).toMatchObject({ nameKey: "โครงการ ก", idKey: "โครงการก" });
    expect(keysOf("รหัส ๐๑")).toMatchObject({ nameKey: "รหัส 01", idKey: "รหัส01" });
    expect(keysOf(" ")).toMatchObject({ nameKey: "", idKey: undefined, idHash: 0 });
  });
});
