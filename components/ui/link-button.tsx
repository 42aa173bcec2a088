import Link from "@/components/ui/link";
import type { ComponentProps, ReactNode } from "react";
import { buttonClassName, type ButtonSize, type ButtonVariant } from "./button";

type Props = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

/** Navigation that looks like a button: still a link, so it opens in a new tab and reads as "link". */
export function LinkButton({ variant = "primary", size = "md", className, ...props }: Props) {
  return <Link className={buttonClassName(variant, size, className)} {...props} />;
}

type FileProps = { href: string; children: ReactNode; variant?: ButtonVariant };

/**
 * A link to a file the server answers as an attachment (CSV exports). A plain anchor: next/link would
 * first ask the route for a page in the background — running the export and its audit entry — and
 * then load it again as the file. No `download` attribute, so a signed-out click follows the route's
 * redirect to the sign-in page instead of saving that page as a file.
 */
export function FileLinkButton({ variant = "secondary", href, children }: FileProps) {
  return (
    <a href={href} className={buttonClassName(variant, "md")}>
      {children}
    </a>
  );
}
