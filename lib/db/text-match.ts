import "server-only";
// Case-insensitive "contains" and "starts with" that read the same on SQLite and Postgres:
// LIKE with the user's text escaped, both sides through the database's own lower().
import { type Expression, type RawBuilder, sql } from "kysely";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `column` holds `text`, ignoring case. */
export function containsText(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${column}) LIKE lower(${`%${escapeLike(text)}%`}) ESCAPE '\\'`;
}

/** `column` starts with `text`, ignoring case. */
export function startsWithText(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${column}) LIKE lower(${`${escapeLike(text)}%`}) ESCAPE '\\'`;
}
