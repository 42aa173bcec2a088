/** A message catalogue as read from lib/i18n/messages/*.json. */
export type Catalogue = { [key: string]: string | Catalogue };

/** Every message of a catalogue by its dotted key ("clients.columns.name" → text). */
export function catalogueEntries(tree: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of catalogueEntries(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
