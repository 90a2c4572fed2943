"""Economic complexity in numpy, the smarter algorithm: countries x countries eigenproblem, BLAS proximity.

Stata ecomplexity conventions (see ../shared/data/README.md): M = RCA > 1, proximity diagonal 0 for density/COI/COG,
standardisation with the sample sd over the country x product panel.
"""
import numpy as np


def complexity(x):
    """x: countries x products export values of one period, no all-zero rows or columns."""
    C, P = x.shape
    rs = x.sum(1)
    cs = x.sum(0)
    tot = rs.sum()
    rca = (x / rs[:, None]) / (cs / tot)[None, :]
    m = (rca > 1).astype(np.float64)
    d = m.sum(1)
    u = m.sum(0)
    dd = np.where(d > 0, d, 1.0)
    uu = np.where(u > 0, u, 1.0)
    s = (m / uu[None, :]) @ m.T                      # C x C, symmetric
    isd = 1.0 / np.sqrt(dd)
    sym = isd[:, None] * s * isd[None, :]
    w, v = np.linalg.eigh(sym)
    kc = isd * v[:, -2]                              # second-largest eigenvalue
    if np.corrcoef(kc, d)[0, 1] < 0:
        kc = -kc
    kp = (m.T @ kc) / uu / w[-2]                  # so that kc = (M/diversity) kp exactly
    n = C * P
    mean = kc.mean()
    sd = np.sqrt(((kc - mean) ** 2).sum() * P / (n - 1))
    eci = (kc - mean) / sd
    pci = (kp - mean) / sd
    co = m.T @ m                                     # P x P co-occurrence
    phi = co / np.maximum(u[:, None], u[None, :]).clip(min=1)
    np.fill_diagonal(phi, 0.0)
    den = phi.sum(1)
    den = np.where(den > 0, den, 1.0)
    density = (m @ phi) / den[None, :]
    coi_raw = ((density * (1 - m)) * kp[None, :]).sum(1)
    cm = coi_raw.mean()
    coi = (coi_raw - cm) / np.sqrt(((coi_raw - cm) ** 2).sum() * P / (n - 1))
    cog = (1 - m) * (((1 - m) * (kp / den)[None, :]) @ phi) / sd
    return dict(rca=rca, m=m, diversity=d, ubiquity=u, eci=eci, pci=pci, density=density, coi=coi, cog=cog)
