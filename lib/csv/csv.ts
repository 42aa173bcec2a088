import { stringify } from "csv-stringify/sync";

/** Excel and LibreOffice read a UTF-8 file as UTF-8 (Chinese names intact) only with this mark. */
export const UTF8_BOM = "\uFEFF";

// A cell starting like this is run as a formula by spreadsheet apps (CSV injection); a leading
// apostrophe makes it plain text. Tab and CR are included because some apps strip them first, and
// so are formula characters behind spaces or invisible marks that an app may skip.
const FORMULA_START = /^[\s\u200b-\u200f\ufeff]*[=+\-@]|^[\t\r]/;
// Direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what follows them, so a
// cell could display as something else (a reversed number, a spoofed name): a file keeps none.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = (value instanceof Date ? value.toISOString() : String(value)).replace(BIDI_CONTROLS, "");
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvRows(rows: readonly (readonly unknown[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    // Line breaks inside a cell must be quoted whatever the record delimiter is.
    { record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
  );
}

/**
 * A streamed CSV document: BOM and header first, then each batch as it arrives, so a large export
 * never sits in memory whole.
 */
export function csvStream(header: readonly string[], batches: AsyncIterable<readonly (readonly unknown[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvRows([header])));
        return;
      }
      // A pull that enqueues nothing is not called again: skip empty batches here.
      for (;;) {
        const next = await iterator.next();
        if (next.done) return controller.close();
        if (next.value.length) return controller.enqueue(encoder.encode(csvRows(next.value)));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
