import Link from "@/components/ui/link";
import type { ComponentProps } from "react";
import { buttonClassName, type ButtonSize, type ButtonVariant } from "./button";

type Props = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

/** Navigation that looks like a button: still a link, so it opens in a new tab and reads as "link". */
export function LinkButton({ variant = "primary", size = "md", className, ...props }: Props) {
  return <Link className={buttonClassName(variant, size, className)} {...props} />;
}
