import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

export const buttonClasses: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-line-strong",
  secondary: "border border-line-strong bg-surface text-ink hover:bg-brand-50 disabled:text-ink-muted",
  danger: "bg-danger-fg text-white hover:bg-[#861c1c] disabled:bg-line-strong",
  ghost: "text-brand-700 hover:bg-brand-50",
};

export const buttonBase =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-[var(--radius-control)] px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

export function Button({ variant = "primary", className, type = "button", ...props }: Props) {
  return <button type={type} className={cn(buttonBase, buttonClasses[variant], className)} {...props} />;
}
