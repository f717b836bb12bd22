/** `PRAGMA application_id` of a talks archive: "TALK" in ASCII, so a foreign SQLite file is recognised. */
export const APPLICATION_ID = 0x54414c4b;

/**
 * Schema migrations in order; migration i brings the archive to version i + 1. Never edit a
 * shipped one: v1 is what the first release wrote (test/fixtures/archive/v1-talks.db). Each is
 * literal SQL, nothing interpolated: a new issue category needs a new migration
 * (test/io/archive-migrations.test.ts pins the shipped ones).
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE talks (
     agent_id    TEXT NOT NULL,
     date        TEXT NOT NULL,
     rule        TEXT NOT NULL,
     name        TEXT NOT NULL,
     team        TEXT NOT NULL,
     lead        TEXT NOT NULL,
     held        INTEGER NOT NULL CHECK (held IN (0, 1)),
     held_on     TEXT,
     category    TEXT CHECK (category IS NULL OR category IN ('skill', 'mood', 'shift', 'qa', 'pay', 'other')),
     issue       TEXT,
     notes       TEXT,
     recorded_at TEXT NOT NULL,
     PRIMARY KEY (agent_id, date, rule)
   ) WITHOUT ROWID;
   CREATE INDEX talks_by_date ON talks (date);`,
  // v2: several issues per talk (their own table), the improvement plan, the note for the team lead, the next step.
  `CREATE TABLE talk_issues (
     agent_id TEXT NOT NULL,
     date     TEXT NOT NULL,
     rule     TEXT NOT NULL,
     seq      INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 3),
     category TEXT CHECK (category IS NULL OR category IN ('skill', 'mood', 'shift', 'qa', 'pay', 'other')),
     text     TEXT,
     PRIMARY KEY (agent_id, date, rule, seq)
   ) WITHOUT ROWID;
   INSERT INTO talk_issues (agent_id, date, rule, seq, category, text)
     SELECT agent_id, date, rule, 1, category, issue FROM talks WHERE category IS NOT NULL OR issue IS NOT NULL;
   CREATE TABLE talks_v2 (
     agent_id     TEXT NOT NULL,
     date         TEXT NOT NULL,
     rule         TEXT NOT NULL,
     name         TEXT NOT NULL,
     team         TEXT NOT NULL,
     lead         TEXT NOT NULL,
     held         INTEGER NOT NULL CHECK (held IN (0, 1)),
     held_on      TEXT,
     notes        TEXT,
     plan_goal    TEXT,
     plan_metric  TEXT,
     plan_target  TEXT,
     plan_actions TEXT,
     plan_review  TEXT,
     plan_support TEXT,
     lead_note    TEXT,
     next_step    TEXT,
     recorded_at  TEXT NOT NULL,
     PRIMARY KEY (agent_id, date, rule)
   ) WITHOUT ROWID;
   INSERT INTO talks_v2 (agent_id, date, rule, name, team, lead, held, held_on, notes, recorded_at)
     SELECT agent_id, date, rule, name, team, lead, held, held_on, notes, recorded_at FROM talks;
   DROP INDEX talks_by_date;
   DROP TABLE talks;
   ALTER TABLE talks_v2 RENAME TO talks;
   CREATE INDEX talks_by_date ON talks (date);
   CREATE INDEX plans_by_review ON talks (plan_review) WHERE plan_review IS NOT NULL;`,
  // v3: what was done about raised issues — one resolution closes one issue or a whole category's open issues.
  `CREATE TABLE resolutions (
     id          INTEGER PRIMARY KEY,
     resolved_on TEXT NOT NULL,
     category    TEXT CHECK (category IS NULL OR category IN ('skill', 'mood', 'shift', 'qa', 'pay', 'other')),
     text        TEXT NOT NULL,
     recorded_at TEXT NOT NULL
   );
   CREATE TABLE resolved_issues (
     agent_id      TEXT NOT NULL,
     date          TEXT NOT NULL,
     rule          TEXT NOT NULL,
     seq           INTEGER NOT NULL,
     resolution_id INTEGER NOT NULL REFERENCES resolutions (id),
     PRIMARY KEY (agent_id, date, rule, seq)
   ) WITHOUT ROWID;
   CREATE INDEX resolved_by_resolution ON resolved_issues (resolution_id);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The columns a version-1 talks table must have before it can be migrated. */
/** The columns of the tables v3 added. */
export const RESOLUTION_COLUMNS = ['id', 'resolved_on', 'category', 'text', 'recorded_at'];
export const RESOLVED_ISSUE_COLUMNS = ['agent_id', 'date', 'rule', 'seq', 'resolution_id'];

export const V1_COLUMNS = ['agent_id', 'date', 'rule', 'name', 'team', 'lead', 'held', 'held_on', 'category', 'issue', 'notes', 'recorded_at'];
