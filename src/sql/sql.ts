/**
 * A tagged template for the driver path: `sql\`… ${value} …\`` keeps values apart from the text, so a
 * statement's text is the same on every call (and its prepared statement is reused), and compiles to
 * either database's placeholders (`?` on SQLite, `$n` on PostgreSQL). Fragments nest; `raw` inserts
 * trusted text (identifiers, the vocabulary's literals), never input.
 */
export type Provider = "sqlite" | "postgresql";

const FRAGMENT = Symbol("sql");

export interface Sql {
  readonly [FRAGMENT]: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

function fragment(strings: readonly string[], values: readonly unknown[]): Sql {
  return { [FRAGMENT]: true, strings, values };
}

function isSql(value: unknown): value is Sql {
  return typeof value === "object" && value !== null && FRAGMENT in value;
}

/** @example sql`SELECT * FROM "Task" WHERE "id" = ${id}` */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return fragment(strings, values);
}

/** Trusted text, inserted as is. */
export function raw(text: string): Sql {
  return fragment([text], []);
}

export const empty: Sql = raw("");

/** `items` separated by `separator`; each item a value or a fragment. */
export function join(items: readonly unknown[], separator = ", "): Sql {
  if (items.length === 0) return empty;
  const strings = ["", ...Array.from({ length: items.length - 1 }, () => separator), ""];
  return fragment(strings, items);
}

/** A SQL string literal of a trusted constant (a status from the domain). */
export function literal(value: string): Sql {
  if (!/^[A-Za-z0-9_.:*-]*$/.test(value)) throw new Error(`not a vocabulary literal: ${value}`);
  return raw(`'${value}'`);
}

/** The parameter encoding both databases accept for our column types. */
function encode(value: unknown, provider: Provider): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) {
    // SQLite holds DateTime as Prisma's adapter writes it (ISO with +00:00), so text comparisons order
    // correctly; PostgreSQL columns are timestamp(3) in UTC, and a zone suffix is ignored there.
    return provider === "sqlite" ? value.toISOString().replace("Z", "+00:00") : value.toISOString();
  }
  if (typeof value === "boolean" && provider === "sqlite") return value ? 1 : 0;
  return value;
}

export interface Compiled {
  text: string;
  values: unknown[];
}

/** The statement text with placeholders for `provider`, and its encoded values in order. */
export function compile(query: Sql, provider: Provider): Compiled {
  const values: unknown[] = [];
  let text = "";
  const walk = (q: Sql) => {
    for (let i = 0; i < q.strings.length; i++) {
      text += q.strings[i];
      if (i >= q.values.length) continue;
      const v = q.values[i];
      if (isSql(v)) walk(v);
      else {
        values.push(encode(v, provider));
        text += provider === "sqlite" ? "?" : `$${values.length}`;
      }
    }
  };
  walk(query);
  return { text, values };
}
