"""Economic complexity the way py-ecomplexity computes it: eigenproblems of both the countries x countries and the
products x products matrices (numpy.linalg.eig, non-symmetric), dense proximity, dense density and COG.
Stata conventions (proximity diagonal 0, panel sd) so its results compare with numpy_cc.py and the Java engine.
"""
import numpy as np


def complexity(x):
    C, P = x.shape
    rs = x.sum(1)
    cs = x.sum(0)
    tot = rs.sum()
    rca = (x / rs[:, None]) / (cs / tot)[None, :]
    m = (rca > 1).astype(np.float64)
    d = m.sum(1)
    u = m.sum(0)
    m1 = m / d[:, None]
    m2 = m / u[None, :]
    mcc = m1 @ m2.T
    mpp = m2.T @ m1
    wc, vc = np.linalg.eig(mcc)
    wp, vp = np.linalg.eig(mpp)
    ic = np.argsort(wc.real)[-2]
    ip = np.argsort(wp.real)[-2]
    kc = vc[:, ic].real
    kp = vp[:, ip].real
    if np.corrcoef(kc, d)[0, 1] < 0:
        kc = -kc
    # put kp on kc's scale (kc = (M/diversity) kp), as the Stata command does
    t = m1 @ kp
    kp = kp * (kc @ t) / (t @ t)
    n = C * P
    mean = kc.mean()
    sd = np.sqrt(((kc - mean) ** 2).sum() * P / (n - 1))
    eci = (kc - mean) / sd
    pci = (kp - mean) / sd
    phi = (m.T @ m) / np.maximum(u[:, None], u[None, :])
    np.fill_diagonal(phi, 0.0)
    den = phi.sum(0)
    density = (m @ phi) / den[None, :]
    coi_raw = ((density * (1 - m)) * kp[None, :]).sum(1)
    cm = coi_raw.mean()
    coi = (coi_raw - cm) / np.sqrt(((coi_raw - cm) ** 2).sum() * P / (n - 1))
    cog = (1 - m) * (((1 - m) * (kp / den)[None, :]) @ phi) / sd
    return dict(rca=rca, m=m, diversity=d, ubiquity=u, eci=eci, pci=pci, density=density, coi=coi, cog=cog)
