"use client";

import { useLocale } from "next-intl";
import { useState, type InputHTMLAttributes, type ReactNode } from "react";
import type { CurrencyCode } from "@/lib/finance/money";
import { cn } from "./cn";
import { Field, controlClasses } from "./field";
import { currencyName, currencySymbol, displayAmount } from "./money-format";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "value" | "defaultValue" | "onChange"> & {
  id: string;
  name: string;
  label: ReactNode;
  currency: CurrencyCode;
  /** A decimal string such as "1234.50" — never a float. */
  defaultValue?: string;
  error?: string;
  hint?: ReactNode;
};

/**
 * A money amount typed as text: it submits the decimal string as shown and the server parses it with
 * `parseMoney` (which accepts group separators), so no float ever carries the value.
 */
export function MoneyField({ id, name, label, currency, defaultValue = "", error, hint, className, onBlur, ...props }: Props) {
  const locale = useLocale();
  const [value, setValue] = useState(() => displayAmount(defaultValue, currency, locale));
  const symbol = currencySymbol(currency, locale);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <div className="relative max-w-64">
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-0 flex items-center pl-3 text-ink-muted">
            {symbol}
          </span>
          <input
            id={id}
            name={name}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onBlur={(event) => {
              setValue(displayAmount(event.target.value, currency, locale));
              onBlur?.(event);
            }}
            aria-describedby={describedBy ? `${id}-currency ${describedBy}` : `${id}-currency`}
            aria-invalid={invalid || undefined}
            className={cn(controlClasses, "text-right tabular-nums", symbol.length > 1 ? "pl-12" : "pl-8", className)}
            {...props}
          />
          <span id={`${id}-currency`} className="sr-only">
            {currencyName(currency, locale)}
          </span>
        </div>
      )}
    </Field>
  );
}
