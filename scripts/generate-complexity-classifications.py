#!/usr/bin/env python3
"""Regenerates the product and country names the complexity module ships (src/main/resources/complexity/) from the
Atlas of Economic Complexity classifications in ../shared/data/classifications/ (cid-harvard/classifications,
BSD-3-Clause style licence). Run from the repository root.

products-hs92.csv and products-sitc2.csv: code,name,section (2- and 4-digit, and 6-digit for HS) where section is
the Atlas section code of the product; sections-*.csv: section,name; countries.csv: code,name (ISO alpha-3).
"""
import csv
import sys

base = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/classifications'
out = 'src/main/resources/complexity/'


def products(source, target, sections_target):
    with open(base + '/' + source, newline='', encoding='utf-8') as src:
        rows = list(csv.DictReader(src))
    with open(out + target, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['code', 'name', 'section'])
        for r in rows:
            if r['level'] != 'section':
                w.writerow([r['code'], r['name_short_en'] or r['name'], r['top_parent_id']])
    with open(out + sections_target, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['section', 'name'])
        for r in rows:
            if r['level'] == 'section':
                w.writerow([r['code'], r['name_short_en'] or r['name']])


products('hs92_atlas.csv', 'products-hs92.csv', 'sections-hs92.csv')
products('sitc_rev2_atlas.csv', 'products-sitc2.csv', 'sections-sitc2.csv')
with open(base + '/locations_atlas.csv', newline='', encoding='utf-8') as src, \
        open(out + 'countries.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['code', 'name'])
    for r in csv.DictReader(src):
        if r['level'] == 'country':
            w.writerow([r['code'], r['name_short_en'] or r['name_en']])
