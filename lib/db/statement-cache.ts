import "server-only";
// Kysely prepares each query afresh, and on SQLite that is much of a query's cost: in a CPU
// profile of the dashboard serving 500 creates (`npm run bench`'s proxy overhead), better-sqlite3's
// prepare was the largest single function, 139 ms of 3.5 s busy. The dashboard's one connection
// runs the same few statements over and over, so keep them: a better-sqlite3 statement can be run again and again, and SQLite prepares it anew by
// itself when the schema changes. One held by an unfinished iterate() is busy: that query gets a
// statement of its own.
import type Database from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** How many distinct statements are kept (a list's `IN (…)` makes one per length). */
const KEPT = 500;

export function withStatementCache(database: Database.Database, kept = KEPT): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const known = statements.get(sql);
      if (known && !known.busy) {
        // Most recently used last, so the oldest goes first.
        statements.delete(sql);
        statements.set(sql, known);
        return known;
      }
      const statement = database.prepare(sql);
      if (known) return statement;
      statements.set(sql, statement);
      if (statements.size > kept) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
