# The 30,000-row user's other choice: pandas + openpyxl read the tracker and print mean Q2 progress per department (no validation, no output file).
# Usage: /usr/bin/python3 bench/peer.py TRACKER.xlsx — the sheet's header sits on its third row, as the bench's synthetic tracker has it.
import sys

import pandas as pd

HEADER_ROW = 2  # zero-based: two title rows above the header
DEPARTMENT = "หน่วยงาน"
PROGRESS = "ความก้าวหน้า ไตรมาส 2 (%)"


def main(path: str) -> None:
    frame = pd.read_excel(path, sheet_name=0, header=HEADER_ROW, engine="openpyxl")
    # Cells typed as text ("๕๐", "50%") are left out, as a quick script would: it does not clean them.
    progress = pd.to_numeric(frame[PROGRESS], errors="coerce")
    means = progress.groupby(frame[DEPARTMENT]).mean().sort_index()
    for department, mean in means.items():
        print(f"{department}\t{mean:.2f}")
    print(f"rows\t{len(frame)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
