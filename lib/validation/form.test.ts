import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors, formToObject } from "./form";

const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`;

describe("form helpers", () => {
  it("drops React's hidden action fields and keeps repeated fields as lists", () => {
    const data = new FormData();
    data.append("$ACTION_ID_abc", "");
    data.append("name", "王芳");
    data.append("flag", "a");
    data.append("flag", "b");
    expect(formToObject(data)).toEqual({ name: "王芳", flag: ["a", "b"] });
  });

  it("does not let a __proto__ field reach the prototype", () => {
    const data = new FormData();
    data.append("__proto__", "polluted");
    const obj = formToObject(data);
    expect(Object.getPrototypeOf(obj)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("maps issues to catalogue keys with their limits", () => {
    const schema = z.strictObject({ name: z.string().min(1).max(5), email: z.email(), pw: z.string().min(12) });
    const result = schema.safeParse({ name: "toolong", email: "nope", pw: "short", role: "admin" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error, t)).toEqual({
      name: 'validation.tooLong{"max":5}',
      email: "validation.email",
      pw: 'validation.tooShort{"min":12}',
      _form: "validation.unexpectedField",
    });
  });
});
