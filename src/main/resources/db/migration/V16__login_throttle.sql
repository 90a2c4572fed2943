-- Failed sign-in counters shared by every application instance (authz, ADR 0019).
-- kind: 'A' = account (subject = SHA-256 of the lower-cased username), 'N' = network address (SHA-256 of it).
-- Subjects are digests so that mistyped passwords entered as usernames are never stored in clear.
CREATE TABLE login_throttle (
    kind           CHAR(1)     NOT NULL CHECK (kind IN ('A', 'N')),
    subject        CHAR(64)    NOT NULL,
    failures       INTEGER     NOT NULL,
    window_started TIMESTAMPTZ NOT NULL,
    locked_until   TIMESTAMPTZ,
    PRIMARY KEY (kind, subject)
);

CREATE INDEX login_throttle_expiry ON login_throttle (window_started);
