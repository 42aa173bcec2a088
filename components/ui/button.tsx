import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "md" | "lg";

export const buttonClasses: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-line-strong",
  secondary: "border border-line-strong bg-surface text-ink hover:bg-brand-50 disabled:text-ink-muted disabled:hover:bg-surface",
  danger: "bg-danger-fg text-white hover:bg-danger-700 disabled:bg-line-strong",
  ghost: "text-brand-700 hover:bg-brand-50 disabled:text-ink-muted",
};

export const buttonBase =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-[var(--radius-control)] px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed";

// "lg" is the 44 px touch size the portal uses on phones.
const sizeClasses: Record<ButtonSize, string> = { md: "", lg: "min-h-touch px-5 text-base" };

/** The full class list of a button look, shared by `Button`, `LinkButton` and dialog actions. */
export function buttonClassName(variant: ButtonVariant = "primary", size: ButtonSize = "md", className?: string): string {
  return cn(buttonBase, buttonClasses[variant], sizeClasses[size], className);
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

/** Defaults to type="button" so a button inside a form never submits it by accident. */
export function Button({ variant = "primary", size = "md", className, type = "button", ...props }: Props) {
  return <button type={type} className={buttonClassName(variant, size, className)} {...props} />;
}
