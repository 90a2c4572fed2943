#!/usr/bin/env python3
"""Regenerates src/main/resources/hs/hs-codes.csv (4- and 6-digit HS codes with descriptions)
from ../shared/data/classifications/harmonized-system.csv. Run from the repository root."""
import csv
import sys

source = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/classifications/harmonized-system.csv"
target = "src/main/resources/hs/hs-codes.csv"
with open(source, newline="", encoding="utf-8") as src, open(target, "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["hscode", "description"])
    for row in csv.DictReader(src):
        code = row["hscode"]
        # 9999/999999 ("commodities not specified according to kind") is a statistical bucket, not a product
        if len(code) in (4, 6) and code.isdigit() and not code.startswith("9999"):
            writer.writerow([code, row["description"]])
