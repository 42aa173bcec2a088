// A very small reader for server-rendered markup in unit tests (no DOM library is installed):
// enough to find elements by a simple selector and read their attributes and text.

type El = { tag: string; attrs: Map<string, string>; start: number; end: number };

export type Markup = {
  all: (selector: string) => Element[];
  one: (selector: string) => Element;
  byId: (id: string) => Element;
  text: string;
};

export type Element = {
  attr: (name: string) => string | null;
  has: (name: string) => boolean;
  text: string;
};

const VOID = new Set(["input", "img", "br", "hr", "meta", "link"]);

function parse(html: string): El[] {
  const out: El[] = [];
  const stack: El[] = [];
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const [whole, closing, tag = "", rest = ""] = match;
    if (closing) {
      const open = stack.findLastIndex((e) => e.tag === tag);
      if (open >= 0) stack.splice(open)[0]!.end = match.index;
      continue;
    }
    const attrs = new Map<string, string>();
    for (const [, name = "", value = ""] of rest.matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)) attrs.set(name.toLowerCase(), decode(value));
    const el: El = { tag, attrs, start: match.index + whole.length, end: match.index + whole.length };
    out.push(el);
    if (!VOID.has(tag)) stack.push(el);
  }
  return out;
}

const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

// Supports `tag`, `[attr]`, `[attr=value]`, `[attr='value']` and combinations such as `input[type=radio]`.
function matches(el: El, selector: string): boolean {
  const tag = /^[a-z0-9]+/.exec(selector)?.[0];
  if (tag && el.tag !== tag) return false;
  for (const [, name = "", value] of selector.matchAll(/\[([^\]=]+)(?:=['"]?([^\]'"]*)['"]?)?\]/g)) {
    if (!el.attrs.has(name)) return false;
    if (value !== undefined && el.attrs.get(name) !== value) return false;
  }
  return true;
}

export function markup(html: string): Markup {
  const elements = parse(html);
  const wrap = (el: El): Element => ({
    attr: (name) => el.attrs.get(name) ?? null,
    has: (name) => el.attrs.has(name),
    text: decode(html.slice(el.start, el.end).replace(/<[^>]*>/g, "")),
  });
  const all = (selector: string) => elements.filter((el) => matches(el, selector)).map(wrap);
  const one = (selector: string) => {
    const found = all(selector);
    if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
    return found[0]!;
  };
  return { all, one, byId: (id) => one(`[id=${id}]`), text: decode(html.replace(/<[^>]*>/g, "")) };
}
