#!/usr/bin/env python3
"""Writes the small generated complexity fixture shipped in src/test/resources/complexity/.

generated-trade.csv: 12 countries x 25 products x 2 years (year,exporter,code,usd), with missing cells, one product
nobody exports in 2001 and one country with no exports in 2002 (both must be dropped and reported).
generated-expected.csv: every cell's measures from the independent numpy implementation in bench/numpy_cc.py.
Run from the repository root: python3 scripts/generate-complexity-fixture.py
"""
import csv
import sys

import numpy as np

sys.path.insert(0, 'bench')
from numpy_cc import complexity  # noqa: E402

rng = np.random.default_rng(20261129)
countries = ['c%02d' % i for i in range(12)]
products = ['%04d' % (1000 + 37 * j) for j in range(25)]
rows = []
expected = []
for year in (2001, 2002):
    size = rng.lognormal(0, 1, len(countries))[:, None] * rng.lognormal(0, 1, len(products))[None, :]
    capability = rng.random(len(countries))[:, None] > rng.random(len(products))[None, :] * 0.9
    x = np.round(size * np.where(capability, 1000, 30) * rng.lognormal(0, 0.5, size.shape), 2)
    x[rng.random(x.shape) < 0.15] = 0.0
    if year == 2001:
        x[:, 7] = 0.0
    else:
        x[5, :] = 0.0
    for i, c in enumerate(countries):
        for j, p in enumerate(products):
            if x[i, j] > 0 or (year == 2001 and j == 7) or (year == 2002 and i == 5):
                rows.append((year, c, p, '%.2f' % x[i, j]))
    keep_c = x.sum(1) > 0
    keep_p = x.sum(0) > 0
    cs = [c for c, k in zip(countries, keep_c) if k]
    ps = [p for p, k in zip(products, keep_p) if k]
    xs = np.array([[float('%.2f' % v) for v in row] for row in x[keep_c][:, keep_p]])
    o = complexity(xs)
    for i, c in enumerate(cs):
        for j, p in enumerate(ps):
            expected.append((year, c, p, repr(float(o['rca'][i, j])), int(o['m'][i, j]), int(o['diversity'][i]),
                             int(o['ubiquity'][j]), repr(float(o['eci'][i])), repr(float(o['pci'][j])), repr(float(o['density'][i, j])),
                             repr(float(o['coi'][i])), repr(float(o['cog'][i, j]))))
with open('src/test/resources/complexity/generated-trade.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['year', 'exporter', 'code', 'usd'])
    w.writerows(rows)
with open('src/test/resources/complexity/generated-expected.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['year', 'origin', 'product', 'rca', 'mcp', 'diversity', 'ubiquity', 'eci', 'pci', 'density', 'coi',
                'cog'])
    w.writerows(expected)
