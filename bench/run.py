#!/usr/bin/env python3
"""Side-by-side benchmark on one input: py-ecomplexity-style numpy, numpy with the countries x countries algorithm,
and the Java engine (run through bench/ComplexityBench.java against target/classes). Checks that all three agree to
1e-9 (numpy.allclose style, rtol = atol = 1e-9, on ECI, PCI, density, COI, COG and RCA) and prints times with the load average.

Usage (from the repository root, after ./mvnw -B -ntp compile):
  python3 bench/run.py sitc   # ../shared/data/trade/sitc-rev2-1998-2000/world_trade_avg_1998_to_2000.csv
  python3 bench/run.py hs6    # bench/data/hs6-generated.csv (python3 bench/generate_hs6.py makes it)
"""
import csv
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import numpy_cc  # noqa: E402
import pyecomplexity_style  # noqa: E402

INPUTS = {
    'sitc': ('../shared/data/trade/sitc-rev2-1998-2000/world_trade_avg_1998_to_2000.csv', 5),
    'hs6': ('bench/data/hs6-generated.csv', 1),
}


def load(path):
    rows = list(csv.reader(open(path)))[1:]
    cs = sorted({r[0] for r in rows})
    ps = sorted({r[1] for r in rows})
    ci = {c: i for i, c in enumerate(cs)}
    pi = {p: i for i, p in enumerate(ps)}
    x = np.zeros((len(cs), len(ps)))
    for c, p, v in rows:
        x[ci[c], pi[p]] += float(v)
    keep_c = x.sum(1) > 0
    keep_p = x.sum(0) > 0
    return x[keep_c][:, keep_p]


def timed(fn, x, repeats):
    """Median wall time and median process CPU time (all threads, so BLAS threads count too)."""
    times = []
    cpu = []
    out = None
    for _ in range(repeats):
        c0 = time.process_time()
        t0 = time.perf_counter()
        out = fn(x)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return out, sorted(times)[len(times) // 2], sorted(cpu)[len(cpu) // 2]


def rel(a, b):
    """Largest |a - b| / max(|b|, 1): relative above 1, absolute below (numpy.allclose with rtol = atol)."""
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), 1.0)))


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else 'sitc'
    path, py_repeats = INPUTS[name]
    x = load(path)
    print('input %s: %d countries x %d products; load average %s' % (name, x.shape[0], x.shape[1], os.getloadavg()))
    cc, t_cc, c_cc = timed(numpy_cc.complexity, x, max(py_repeats, 3))
    print('numpy countries x countries: %.3f s wall, %.3f s CPU (medians)' % (t_cc, c_cc))
    py, t_py, c_py = timed(pyecomplexity_style.complexity, x, py_repeats)
    print('numpy py-ecomplexity style:  %.3f s wall, %.3f s CPU (medians of %d)' % (t_py, c_py, py_repeats))
    out = tempfile.mkdtemp()
    java = subprocess.run(['java', '-Xmx1g', '-cp', 'target/classes', 'bench/ComplexityBench.java', path,
                           'country=country,product=product,value=value', '51', out],
                          capture_output=True, text=True, check=True)
    print(java.stdout.strip())
    t_java = float(java.stdout.split('median ')[1].split(' s')[0])
    c_java = float(java.stdout.split('median CPU time ')[1].split(' s')[0])
    n = x.shape[0] * x.shape[1]
    worst = {}
    for key in ('eci', 'coi', 'pci', 'density', 'cog', 'rca'):
        j = np.fromfile(os.path.join(out, key + '.bin'), dtype='<f8')
        ref = cc[key].reshape(-1)
        worst[key] = max(rel(j, ref), rel(py[key].reshape(-1), ref))
    print('largest relative difference among the three: %s' % {k: '%.1e' % v for k, v in worst.items()})
    print('speed-up of java (wall): %.0fx vs py-ecomplexity style, %.1fx vs numpy countries x countries'
          % (t_py / t_java, t_cc / t_java))
    print('speed-up of java (CPU):  %.0fx vs py-ecomplexity style, %.1fx vs numpy countries x countries; load average %s'
          % (c_py / c_java, c_cc / c_java, os.getloadavg()))
    if max(worst.values()) > 1e-9:
        sys.exit('results differ by more than 1e-9')


if __name__ == '__main__':
    main()
