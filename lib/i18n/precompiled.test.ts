import compile from "icu-minify/compile";
import format, { type CompiledMessage } from "icu-minify/format";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";
import { catalogueEntries, type Catalogue } from "@/lib/testing/catalogues";

// The app's build compiles the catalogues (next.config.mjs: next-intl's `precompile`), and pages
// format the compiled form with icu-minify. Tests and scripts outside the build read the JSON and
// parse it (IntlMessageFormat). Both must say the same thing: every message, both languages, with
// each plural count and select branch it has.

type Arguments = { plain: Set<string>; counts: Set<string>; choices: Map<string, Set<string>>; tags: Set<string> };

// icu-minify's elements: a string, 0 (the `#` of a plural), [name] (an argument), [name, type,
// options] (plural 2, select 1, ...), or [tag, ...children].
function collect(message: CompiledMessage, into: Arguments): Arguments {
  if (typeof message === "string" || typeof message === "number") return into;
  for (const element of message as unknown[]) {
    if (!Array.isArray(element)) continue;
    const [name, kind, options] = element as [string, unknown, Record<string, CompiledMessage>];
    if (element.length === 1) into.plain.add(name);
    else if (kind === 1 || kind === 2 || kind === 3) {
      if (kind === 1) into.choices.set(name, new Set([...(into.choices.get(name) ?? []), ...Object.keys(options)]));
      else into.counts.add(name);
      for (const branch of Object.values(options)) collect(branch, into);
    } else if (typeof kind === "number" && kind !== 0) into.plain.add(name);
    else {
      into.tags.add(name);
      collect(element.slice(1) as CompiledMessage, into);
    }
  }
  return into;
}

const formatters = {
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

const text = (result: unknown): string => (Array.isArray(result) ? result.map(text).join("") : String(result));

describe.each([
  ["en", en as Catalogue],
  ["zh-CN", zh as Catalogue],
])("the %s catalogue, compiled at build time", (locale, catalogue) => {
  const messages = catalogueEntries(catalogue);
  const parsed = createTranslator({ locale, messages: catalogue });

  it("formats every message as the parsed catalogue does", () => {
    const differences: string[] = [];
    let checked = 0;
    for (const [key, source] of messages) {
      const compiled = compile(source);
      const args = collect(compiled, { plain: new Set(), counts: new Set(), choices: new Map(), tags: new Set() });
      const counts = [0, 1, 2, 5, 21, 1234];
      const choices = [...args.choices.values()].map((options) => [...options, "something else"]);
      const runs = Math.max(args.counts.size ? counts.length : 1, ...choices.map((c) => c.length));
      for (let run = 0; run < runs; run++) {
        const values: Record<string, string | number | ((chunks: unknown[]) => string)> = {};
        for (const name of args.plain) values[name] = `‹${name}›`;
        for (const name of args.counts) values[name] = counts[run % counts.length]!;
        [...args.choices.keys()].forEach((name, i) => (values[name] = choices[i]![run % choices[i]!.length]!));
        for (const tag of args.tags) values[tag] = (chunks) => `<${tag}>${text(chunks)}</${tag}>`;
        const expected = text(args.tags.size ? parsed.rich(key as never, values as never) : parsed(key as never, values as never));
        const actual = text(format(compiled, locale, values as never, { formatters }));
        checked++;
        if (actual !== expected) differences.push(`${key} ${JSON.stringify(values)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(differences).toEqual([]);
    // Every message was formatted at least once, the plural ones once per count.
    expect(checked).toBeGreaterThan(messages.size);
  });
});
