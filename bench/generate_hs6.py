#!/usr/bin/env python3
"""Generates the HS6-scale benchmark input: 250 countries x 5,000 products, one period, seeded.

Country size and capability and product size and sophistication are drawn at random; a country exports a product
more often and more when its capability exceeds the product's sophistication (a nested, realistic M matrix).
Writes bench/data/hs6-generated.csv (country,product,value), about 0.6 M rows.
"""
import os

import numpy as np

rng = np.random.default_rng(6)
C, P = 250, 5000
size_c = rng.lognormal(0, 1.5, C)
size_p = rng.lognormal(0, 1.2, P)
capability = rng.random(C)
sophistication = rng.random(P)
fit = capability[:, None] - sophistication[None, :]
present = rng.random((C, P)) < 1 / (1 + np.exp(-6 * (fit + 0.1)))
x = size_c[:, None] * size_p[None, :] * np.exp(3 * fit) * rng.lognormal(0, 1, (C, P)) * 1e6
x = np.where(present, np.round(x, 0), 0.0)
os.makedirs(os.path.join(os.path.dirname(__file__), 'data'), exist_ok=True)
path = os.path.join(os.path.dirname(__file__), 'data', 'hs6-generated.csv')
ci, pi = np.nonzero(x)
with open(path, 'w') as f:
    f.write('country,product,value\n')
    for i, j in zip(ci, pi):
        f.write('k%03d,%06d,%d\n' % (i, 100000 + j, x[i, j]))
print(path, len(ci), 'rows')
