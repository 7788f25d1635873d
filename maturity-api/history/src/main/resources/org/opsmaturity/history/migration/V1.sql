-- opsmaturity history, schema 1. ${bytes} is BLOB on SQLite and BYTEA on PostgreSQL; nothing else differs.
CREATE TABLE om_meta (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    value VARCHAR(200) NOT NULL
);
CREATE TABLE om_run (
    id BIGINT NOT NULL PRIMARY KEY,
    subject VARCHAR(1000) NOT NULL,
    assessed_at BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL,
    model_version VARCHAR(100) NOT NULL,
    library_version VARCHAR(100) NOT NULL,
    profile_digest VARCHAR(64) NOT NULL,
    facts_digest VARCHAR(64) NOT NULL,
    level INTEGER NOT NULL,
    potential INTEGER NOT NULL,
    result ${bytes} NOT NULL
);
CREATE INDEX om_run_subject ON om_run (subject, assessed_at);
CREATE INDEX om_run_assessed ON om_run (assessed_at);
CREATE TABLE om_level (
    run_id BIGINT NOT NULL REFERENCES om_run (id),
    target VARCHAR(100) NOT NULL,
    level INTEGER NOT NULL,
    potential INTEGER NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, target)
);
