"use client";

/**
 * The options of a long select (every counsellor, every creditor), sent to the browser as pairs
 * rather than as a finished element per option: an agency-wide filter form has hundreds of them.
 */
export function OptionList({ options }: { options: [value: string, label: string][] }) {
  return options.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
