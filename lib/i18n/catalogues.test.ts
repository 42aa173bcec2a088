import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";
import { catalogueEntries, type Catalogue } from "@/lib/testing/catalogues";

// ICU arguments only ({name} or {count, plural, ...}), not the words inside plural branches.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();

describe("message catalogues", () => {
  const english = catalogueEntries(en as Catalogue);
  const chinese = catalogueEntries(zh as Catalogue);

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
