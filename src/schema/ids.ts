import { BadInputError } from "../errors.js";
import { type IdType, typeOfId } from "../ids.js";

/** `{ typename, id }` for one of our ids; BAD_USER_INPUT when it is malformed. */
export function decodeId(id: string): { typename: IdType; id: string } {
  const typename = typeOfId(id);
  if (!typename) {
    throw new BadInputError(`"${id.slice(0, 80)}" is not a valid id; ids look like task_0mi8r2k1c000a1b2c3d4e5f6`, {
      id: id.slice(0, 80),
    });
  }
  return { typename, id };
}

/** Checks that `id` is a well-formed id of `type` (a Task id where a Task is expected). */
export function expectId(type: IdType, id: string, field = "id"): string {
  const decoded = decodeId(id);
  if (decoded.typename !== type) {
    throw new BadInputError(`${field} "${id}" is a ${decoded.typename} id; a ${type} id is expected here`, { field });
  }
  return id;
}

export function expectIds(type: IdType, ids: readonly string[] | null | undefined, field: string): string[] {
  return (ids ?? []).map((id) => expectId(type, id, field));
}
