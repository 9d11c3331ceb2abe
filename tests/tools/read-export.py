#!/usr/bin/env python3
"""Reads an export back as its readers would and prints it as JSON for the suites.

  read-export.py csv FILE    rows through Python's csv module (RFC 4180), the BOM as utf-8-sig
  read-export.py xlsx FILE   both sheets through openpyxl: every cell's value, type and number
                             format; the frozen pane, the filter and the column widths
"""
import csv, datetime, json, sys


def cell(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        v = v.isoformat()
    elif isinstance(v, str):
        # Control characters are stored as _xHHHH_ (ECMA-376 ST_Xstring),
        # which Excel decodes; openpyxl 3.0 leaves them in inline strings.
        from openpyxl.utils.escape import unescape
        v = unescape(v)
    return {"v": v, "t": c.data_type, "f": c.number_format}


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "csv":
        with open(path, newline="", encoding="utf-8-sig") as f:
            print(json.dumps(list(csv.reader(f, strict=True))))
        return
    import openpyxl, zipfile
    # Every member's CRC, as Excel checks them before it opens the file.
    broken = zipfile.ZipFile(path).testzip()
    if broken:
        sys.exit(f"{path}: {broken} fails its CRC")
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        sheets.append({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                       "widths": {k: v.width for k, v in ws.column_dimensions.items()},
                       "rows": [[cell(c) for c in row] for row in ws.iter_rows()]})
    print(json.dumps(sheets))


main()
