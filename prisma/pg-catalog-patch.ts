// @prisma/adapter-pg 6.19.3 cannot map Postgres catalog column types (name, char, regproc …)
// while migrating: `Column type 'name' could not be deserialized` (prisma/orm#27403). The
// migration engine reads those columns from pg_catalog; we present them to the adapter as text
// (their values arrive as strings anyway). Loaded only by prisma.config.ts: the app's own queries
// never select catalog types.
import pg from "pg";

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const TEXT_LIKE_OIDS = new Set([18, 19, 22, 24, 30, 194, 2205]);
const NAME_ARRAY_OID = 1003;

interface FieldLike {
  dataTypeID: number;
}
interface ResultLike {
  fields?: FieldLike[];
}

function retypeFields(result: unknown): unknown {
  const fields = (result as ResultLike | null)?.fields;
  if (Array.isArray(fields)) {
    for (const field of fields) {
      if (TEXT_LIKE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
      else if (field.dataTypeID === NAME_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
    }
  }
  return result;
}

let patched = false;

export async function patchPgCatalogTypes(): Promise<void> {
  if (patched) return;
  patched = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    // pg.Pool#query passes a callback; the adapter's own calls use the promise form.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => callback(error, retypeFields(result));
    }
    const out = original.apply(this, args);
    return out instanceof Promise ? out.then(retypeFields) : out;
  };
  // text[] parsing for name[] columns.
  // pg's TypeId enum lacks the array OIDs; the parser registry itself accepts any OID.
  const types = pg.types as unknown as {
    setTypeParser(oid: number, parse: (value: string) => unknown): void;
    getTypeParser(oid: number): (value: string) => unknown;
  };
  types.setTypeParser(NAME_ARRAY_OID, types.getTypeParser(TEXT_ARRAY_OID));
}
