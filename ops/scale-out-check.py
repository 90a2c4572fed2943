#!/usr/bin/env python3
"""Drives the scaled-out topology that ops/scale-out.sh started and checks what scale-out promises.

1. A user signed in directly on instance A is signed in on instance B with the same cookie (and through nginx).
2. nginx spreads requests over both instances (X-Instance header).
3. An upload started through nginx is followed through nginx to the end by server-sent events, event by event.
4. The quarterly programme report started on instance A is followed and downloaded on instance B.
5. A scheduled job fired by both instances ran once per tick (scheduled_run table and both instances' logs).

Standard library only. Exits non-zero on the first failed check; prints its figures. Settings (environment):
PROXY_PORT, PORT_A, PORT_B, QUADHUB_SCALE_DIR (the instances' logs), SCALE_CHECK_TICK_JOB (audit-head),
SCALE_CHECK_TICK_SECONDS (2: the job's cron period), SCALE_CHECK_LINES (1000000: the upload must outlast several 250 ms progress flushes), PGHOST/PGPORT/PGUSER/PGPASSWORD/
PGDATABASE for psql (else parsed from QUADHUB_DB_URL, QUADHUB_DB_USER, QUADHUB_DB_PASSWORD).
"""
import collections
import datetime
import http.client
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

PROXY = int(os.environ.get("PROXY_PORT", "8080"))
PORT_A = int(os.environ.get("PORT_A", "8081"))
PORT_B = int(os.environ.get("PORT_B", "8082"))
RUN = os.environ.get("QUADHUB_SCALE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "scale-out"))
TICK_JOB = os.environ.get("SCALE_CHECK_TICK_JOB", "audit-head")
TICK_SECONDS = int(os.environ.get("SCALE_CHECK_TICK_SECONDS", "2"))
LINES = int(os.environ.get("SCALE_CHECK_LINES", "1000000"))
USER, PASSWORD = "authority", "authority-demo-2026"
CSRF = re.compile(r'name="_csrf"[^>]*value="([^"]+)"')
FIGURES = []


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print("ok   " + message, flush=True)


def figure(text):
    FIGURES.append(text)
    print("     " + text, flush=True)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Keeps cookies like a browser: per host, so instances on 127.0.0.1 and the proxy share them."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, port, path, data=None, headers=None, method=None):
        h = {"Accept": "text/html"}
        h.update(headers or {})
        req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=h, method=method)
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, dict(r.headers), r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read().decode("utf-8", "replace")

    def csrf(self, port, path):
        status, _, body = self.request(port, path)
        check(status == 200, f"GET {path} on port {port} answers 200 (got {status})") if status != 200 else None
        m = CSRF.search(body)
        if not m:
            fail(f"no CSRF token on {path} (port {port})")
        return m.group(1)

    def sign_in(self, port, user, password):
        token = self.csrf(port, "/login")
        form = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token}).encode()
        status, headers, _ = self.request(port, "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        location = headers.get("Location", "")
        check(status == 302 and "error" not in location, f"{user} signs in on port {port} (302 to {location})")

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)

    def header(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


def api(port, path):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Accept": "application/json"})
    import base64
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode())
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def sessions():
    browser = Browser()
    status, _, _ = browser.request(PORT_B, "/quads")
    check(status == 302, f"anonymous on instance b is sent to sign in (got {status})")
    browser.sign_in(PORT_A, USER, PASSWORD)
    check(browser.cookie("SESSION") is not None, "the session cookie is SESSION (Spring Session)")
    status, headers, body = browser.request(PORT_B, "/quads")
    check(status == 200 and headers.get("X-Instance") == "b" and USER in body,
          f"the cookie from instance a is signed in on instance b (status {status}, X-Instance {headers.get('X-Instance')})")
    seen = collections.Counter()
    for _ in range(6):
        status, headers, body = browser.request(PROXY, "/quads")
        if status != 200 or USER not in body:
            fail(f"through nginx the user is signed in on every request (status {status} from {headers.get('X-Instance')})")
        seen[headers.get("X-Instance")] += 1
    check(set(seen) == {"a", "b"}, f"signed-in pages through nginx come from both instances {dict(seen)}")
    return browser


def round_robin():
    seen = collections.Counter()
    started = time.monotonic()
    for _ in range(40):
        with urllib.request.urlopen(f"http://127.0.0.1:{PROXY}/actuator/health", timeout=30) as r:
            seen[r.headers.get("X-Instance")] += 1
    elapsed = time.monotonic() - started
    check(seen.get("a", 0) >= 10 and seen.get("b", 0) >= 10, f"nginx spreads 40 requests over both instances {dict(seen)}")
    figure(f"40 health requests through nginx in {elapsed:.2f} s: {dict(seen)}")


def upload_and_follow(browser):
    quads = [q for q in api(PROXY, "/api/v1/quads") if q.get("status") in ("ESTABLISHED", "PRODUCING", "EXPORTING")]
    if not quads:
        fail("the demo data has no established QUAD to report for")
    quad = api(PROXY, f"/api/v1/quads/{quads[0]['id']}")
    established = datetime.date.fromisoformat(quad["establishedOn"])
    today = datetime.date.today()
    months = []
    y, m = today.year, today.month
    for _ in range(6):
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        if (y, m) >= (established.year, established.month):
            months.append(f"{y:04d}-{m:02d}")
    if not months:
        fail(f"QUAD {quad['id']} was established this month; no month to report")
    countries = ["AE", "DE", "US", "GB", "FR", "IT", "ES", "NL", "BE", "SE", "SA", "QA", "TR", "MY", "ID", "TH",
                 "VN", "KE", "NG", "EG", "ZA", "BR", "MX", "CA", "AU", "JP", "KR", "SG", "BD", "LK"]
    rows = ["period,hs_code,destination,value_usd,quantity,unit"]
    unit = 0
    while len(rows) - 1 < LINES:
        for month in months:
            for country in countries:
                rows.append(f"{month},851713,{country},{100 + unit % 7},1,u{unit}")
        unit += 1
    rows = rows[:LINES + 1]
    csv = ("\n".join(rows) + "\n").encode()

    token = browser.csrf(PROXY, f"/quads/{quad['id']}/reports/upload")
    boundary = "----quadhub" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scale-out.csv\"\r\n"
            f"Content-Type: text/csv\r\n\r\n").encode() + csv + f"\r\n--{boundary}--\r\n".encode()
    started = time.monotonic()
    status, headers, page = browser.request(PROXY, f"/quads/{quad['id']}/reports/upload", body,
                                            {"Content-Type": f"multipart/form-data; boundary={boundary}", "HX-Request": "true"})
    m = re.search(r'data-job="([0-9a-f-]{36})"', page)
    check(status == 200 and m is not None, f"an upload of {LINES} lines starts through nginx (on {headers.get('X-Instance')})")
    job = m.group(1)

    conn = http.client.HTTPConnection("127.0.0.1", PROXY, timeout=120)
    conn.request("GET", f"/jobs/{job}/events", headers={"Accept": "text/event-stream", "Cookie": browser.header()})
    response = conn.getresponse()
    check(response.status == 200 and response.getheader("Content-Type", "").startswith("text/event-stream"),
          f"the progress stream opens through nginx (status {response.status}, from {response.getheader('X-Instance')})")
    events, name, data = [], None, []
    while True:
        raw = response.fp.readline()
        if not raw:
            break
        line = raw.decode().rstrip("\r\n")
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())
        elif line == "" and name:
            events.append((time.monotonic() - started, name, json.loads("".join(data))))
            name, data = None, []
    conn.close()
    check(events and events[-1][1] == "done", "the stream ends with a done event")
    done = events[-1][2]
    outcome = done.get("outcome") or {}
    result = outcome.get("result") or {}
    check(done["status"] == "SUCCEEDED" and result.get("lines") == LINES,
          f"the upload succeeded with {LINES} lines (status {done['status']}, lines {result.get('lines')})")
    progress = [e for e in events if e[1] == "progress"]
    counts = [e[2]["done"] for e in progress]
    check(counts == sorted(counts), "progress counts only go up")
    spread = progress[-1][0] - progress[0][0] if len(progress) > 1 else 0.0
    check(len(progress) >= 2 and spread > 0.2,
          f"progress arrives event by event, not buffered ({len(progress)} progress events over {spread:.2f} s)")
    figure(f"upload of {LINES} lines through nginx: {len(progress)} progress events, done after {events[-1][0]:.2f} s, "
           f"run on instance {done['instance']}, stream served by {response.getheader('X-Instance')}")
    status, headers, page = browser.request(PROXY, f"/reporting/uploads/{job}")
    check(status == 200 and "upload-done" in page, f"the finished upload shows through nginx (on {headers.get('X-Instance')})")


def report_across(browser):
    token = browser.csrf(PORT_A, "/reporting")
    form = urllib.parse.urlencode({"format": "pdf", "_csrf": token}).encode()
    started = time.monotonic()
    status, headers, page = browser.request(PORT_A, "/reporting/documents", form,
                                            {"Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true"})
    m = re.search(r'data-job="([0-9a-f-]{36})"', page)
    check(status == 200 and m is not None and headers.get("X-Instance") == "a",
          f"the quarterly report starts on instance a (status {status}, on {headers.get('X-Instance')})")
    job = m.group(1)
    polls = 0
    while True:
        status, headers, page = browser.request(PORT_B, f"/reporting/documents/{job}")
        polls += 1
        if status != 200 or headers.get("X-Instance") != "b":
            fail(f"instance b reports the job that instance a runs (status {status}, on {headers.get('X-Instance')})")
        if "document-failed" in page:
            fail("the quarterly report failed: " + page[:300])
        if "document-download" in page:
            break
        if time.monotonic() - started > 120:
            fail("the quarterly report did not finish within 120 s")
        time.sleep(0.5)
    print(f"ok   instance b follows the report to its download link ({polls} polls)", flush=True)
    status, headers, content = browser.request(PORT_B, f"/reporting/documents/{job}/file")
    check(status == 200 and content.startswith("%PDF-") and ".pdf" in headers.get("Content-Disposition", ""),
          f"instance b hands out the PDF that instance a generated (status {status}, {len(content)} characters)")
    figure(f"quarterly report: generated on a, polled and downloaded on b after {time.monotonic() - started:.2f} s")


def psql(sql):
    env = dict(os.environ)
    url = os.environ.get("QUADHUB_DB_URL", "")
    m = re.match(r"jdbc:postgresql://([^:/]+)(?::(\d+))?/([^?]+)", url)
    if m and "PGHOST" not in env:
        env["PGHOST"], env["PGPORT"], env["PGDATABASE"] = m.group(1), m.group(2) or "5432", m.group(3)
        env["PGUSER"] = os.environ.get("QUADHUB_DB_USER", "quadhub")
        env["PGPASSWORD"] = os.environ.get("QUADHUB_DB_PASSWORD", "")
    out = subprocess.run(["psql", "-qAtX", "-F", "|", "-c", sql], env=env, capture_output=True, text=True, check=True)
    return [line.split("|") for line in out.stdout.splitlines() if line]


def ticks(window_start):
    pattern = re.compile(r"Scheduled job " + re.escape(TICK_JOB) + r" tick (\S+): (runs|skipped) on (\w+)")
    by_tick = collections.defaultdict(list)
    for name in ("a", "b"):
        with open(os.path.join(RUN, f"{name}.log"), encoding="utf-8", errors="replace") as f:
            for line in f:
                m = pattern.search(line)
                if m:
                    by_tick[m.group(1)].append((m.group(2), m.group(3)))
    settled = time.time() - 3
    window = {t: v for t, v in by_tick.items()
              if window_start <= datetime.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp() <= settled}
    check(len(window) >= 5, f"{TICK_JOB} fired at least 5 ticks while the checks ran ({len(window)})")
    contested = 0
    for tick, entries in sorted(window.items()):
        runs = [i for what, i in entries if what == "runs"]
        if len(runs) != 1:
            fail(f"tick {tick} of {TICK_JOB} ran exactly once (got {entries})")
        if sorted(i for _, i in entries) == ["a", "b"]:
            contested += 1
    check(contested >= min(5, len(window)),
          f"both instances fired the ticks ({contested} of {len(window)}) and each tick ran exactly once")
    stamps = sorted(datetime.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp() for t in window)
    gaps = [round(b - a) for a, b in zip(stamps, stamps[1:])]
    check(all(g == TICK_SECONDS for g in gaps), f"no tick was skipped (every {TICK_SECONDS} s)")
    rows = psql(f"select to_char(tick at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS'), instance from scheduled_run "
                f"where job = '{TICK_JOB}' and tick >= to_timestamp({window_start}) and tick <= to_timestamp({settled})")
    in_db = {r[0]: r[1] for r in rows}
    from_logs = {t.replace("Z", "")[:19]: next(i for what, i in v if what == "runs") for t, v in window.items()}
    check(in_db == from_logs, f"the database records one run per tick, on the instance that logged it ({len(in_db)} rows)")
    winners = collections.Counter(in_db.values())
    figure(f"{TICK_JOB}: {len(window)} ticks, runs by instance {dict(winners)}")


def main():
    window_start = time.time()
    started = time.monotonic()
    browser = sessions()
    round_robin()
    upload_and_follow(browser)
    report_across(browser)
    remaining = window_start + 5 * TICK_SECONDS + 4 - time.time()
    if remaining > 0:
        time.sleep(remaining)
    ticks(window_start)
    figure(f"all checks in {time.monotonic() - started:.1f} s")
    print("scale-out checks passed:\n  " + "\n  ".join(FIGURES))


if __name__ == "__main__":
    main()
