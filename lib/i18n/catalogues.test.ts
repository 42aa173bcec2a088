import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

// ICU arguments only ({name} or {count, plural, ...}), not the words inside plural branches.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();

describe("message catalogues", () => {
  const english = flatten(en as Tree);
  const chinese = flatten(zh as Tree);

  it("have exactly the same keys", () => {
    expect([...chinese.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !chinese.has(k))).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = [...english].filter(([key, text]) => {
      const other = chinese.get(key);
      return other !== undefined && placeholders(text).join() !== placeholders(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("leave no Chinese string empty or identical to a multi-word English one", () => {
    const suspicious = [...chinese].filter(([key, text]) => {
      const english_ = english.get(key) ?? "";
      return text.trim() === "" || (text === english_ && /[a-z]+ [a-z]+/i.test(text) && !/^[A-Z0-9 .-]+$/.test(text));
    });
    expect(suspicious.map(([key]) => key)).toEqual([]);
  });
});
