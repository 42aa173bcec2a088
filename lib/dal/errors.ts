/**
 * Thrown by the DAL when a row is missing or not the caller's: the route answers 404 either way.
 * `what` lets an action tell a chosen option that is no longer on offer (a counsellor, a supervisor)
 * from the record the form is about.
 */
export class NotFoundError extends Error {
  constructor(readonly what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/**
 * Thrown when a unique value (an e-mail address, say) is already taken, or when the caller's record
 * is no longer in the state the form was showing (`field` names which; the action maps it to a message).
 */
export class ConflictError extends Error {
  constructor(readonly field: string) {
    super(`${field} already in use`);
    this.name = "ConflictError";
  }
}

export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if ((current as { code?: string }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
