"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "./cn";
import { Field, controlClasses } from "./field";

export type ComboboxOption = { value: string; label: string; hint?: string };

type Props = {
  id: string;
  name: string;
  label: ReactNode;
  options: ComboboxOption[];
  defaultValue?: string;
  error?: string;
  hint?: ReactNode;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  onValueChange?: (value: string) => void;
};

const normalise = (text: string) => text.normalize("NFKC").toLocaleLowerCase();

/**
 * A filterable single choice (ARIA 1.2 combobox with a listbox popup) for lists too long for a
 * `<select>`, such as the creditor directory. Type to filter, arrows to move, Enter to pick,
 * Escape to close. The chosen value is submitted through a hidden input named `name`.
 */
export function Combobox({ id, name, label, options, defaultValue = "", error, hint, placeholder, required, disabled, onValueChange }: Props) {
  const t = useTranslations("ui");
  const listId = `${useId()}-list`;
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? "";
  const [value, setValue] = useState(defaultValue);
  const [text, setText] = useState(() => labelOf(defaultValue));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  // While the text still equals the chosen label, show every option (the user is browsing, not searching).
  const query = normalise(text.trim());
  const filtered =
    !query || text === labelOf(value)
      ? options
      : options.filter((o) => normalise(o.label).includes(query) || (o.hint && normalise(o.hint).includes(query)));

  const choose = (option: ComboboxOption) => {
    setValue(option.value);
    setText(option.label);
    setOpen(false);
    onValueChange?.(option.value);
  };

  const move = (next: number) => {
    const bounded = Math.max(0, Math.min(filtered.length - 1, next));
    setActive(bounded);
    listRef.current?.children[bounded]?.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      if (!open) {
        setOpen(true);
        move(Math.max(0, filtered.findIndex((o) => o.value === value)));
      } else move(active + step);
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      const option = filtered[active];
      if (option) choose(option);
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setText("");
    }
  };

  const onBlur = () => {
    setOpen(false);
    if (!text.trim()) {
      setValue("");
      onValueChange?.("");
    } else setText(labelOf(value));
  };

  const activeOption = open ? filtered[active] : undefined;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <div className="relative">
          <input type="hidden" name={name} value={value} />
          <input
            id={id}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required={required || undefined}
            autoComplete="off"
            disabled={disabled}
            placeholder={placeholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(0);
            }}
            onClick={() => setOpen((was) => !was)}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
            className={cn(controlClasses, "pr-9")}
          />
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-ink-muted">
            ▾
          </span>
          <ul
            ref={listRef}
            id={listId}
            role="listbox"
            aria-label={typeof label === "string" ? label : undefined}
            hidden={!open}
            className="absolute z-30 mt-1 max-h-64 w-full overflow-auto rounded-[var(--radius-control)] border border-line bg-surface py-1 shadow-lg"
          >
            {filtered.map((option, index) => (
              <li
                key={option.value}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={option.value === value}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onMouseMove={() => setActive(index)}
                className={cn(
                  "cursor-pointer px-3 py-2 text-sm",
                  index === active && "bg-brand-50",
                  option.value === value && "font-semibold text-brand-800",
                )}
              >
                {option.label}
                {option.hint ? <span className="block text-xs text-ink-muted">{option.hint}</span> : null}
              </li>
            ))}
          </ul>
          <p aria-live="polite" className="sr-only">
            {open ? (filtered.length ? t("comboboxCount", { count: filtered.length }) : t("comboboxEmpty")) : ""}
          </p>
          {open && !filtered.length ? (
            <p className="absolute z-30 mt-1 w-full rounded-[var(--radius-control)] border border-line bg-surface px-3 py-2 text-sm text-ink-muted shadow-lg">
              {t("comboboxEmpty")}
            </p>
          ) : null}
        </div>
      )}
    </Field>
  );
}
