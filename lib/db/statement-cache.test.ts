// The SQLite statement cache: the same SQL is prepared once, results stay right across schema
// changes, a statement busy in an iterate() is not handed out again, and the oldest goes first.
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withStatementCache } from "./statement-cache";

vi.mock("server-only", () => ({}));

let open: Database.Database[] = [];
function database() {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  db.exec("INSERT INTO t (name) VALUES ('a'), ('b'), ('c')");
  open.push(db);
  return db;
}
afterEach(() => {
  open.forEach((db) => db.open && db.close());
  open = [];
});

describe("withStatementCache", () => {
  it("prepares a statement once and runs it again with other parameters", () => {
    const db = database();
    const prepare = vi.spyOn(db, "prepare");
    const cached = withStatementCache(db);
    const sql = "SELECT name FROM t WHERE id = ?";
    expect(cached.prepare(sql).all([1])).toEqual([{ name: "a" }]);
    expect(cached.prepare(sql).all([2])).toEqual([{ name: "b" }]);
    expect(prepare).toHaveBeenCalledOnce();
  });

  it("answers from the new schema after a change, with the statement kept", () => {
    const db = database();
    const cached = withStatementCache(db);
    const sql = "SELECT * FROM t WHERE id = 1";
    expect(cached.prepare(sql).all([])).toEqual([{ id: 1, name: "a" }]);
    db.exec("ALTER TABLE t ADD COLUMN note TEXT DEFAULT 'x'");
    expect(cached.prepare(sql).all([])).toEqual([{ id: 1, name: "a", note: "x" }]);
  });

  it("gives a query of its own while the kept statement is busy in an iterate()", () => {
    const db = database();
    const cached = withStatementCache(db);
    const sql = "SELECT name FROM t ORDER BY id";
    const outer = cached.prepare(sql).iterate([]);
    expect(outer.next().value).toEqual({ name: "a" });
    // On the same statement this would throw "This statement is busy executing a query".
    expect(cached.prepare(sql).all([])).toHaveLength(3);
    expect([...outer]).toEqual([{ name: "b" }, { name: "c" }]);
  });

  it("keeps the most recently used statements, dropping the oldest", () => {
    const db = database();
    const prepare = vi.spyOn(db, "prepare");
    const cached = withStatementCache(db, 2);
    cached.prepare("SELECT 1");
    cached.prepare("SELECT 2");
    cached.prepare("SELECT 1");
    cached.prepare("SELECT 3"); // drops SELECT 2, the least recently used
    prepare.mockClear();
    cached.prepare("SELECT 1");
    cached.prepare("SELECT 3");
    expect(prepare).not.toHaveBeenCalled();
    cached.prepare("SELECT 2");
    expect(prepare).toHaveBeenCalledOnce();
  });
});
