import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { canEnter, type Area, type SessionUser } from "@/lib/auth/permissions";
import { NavMenu } from "./nav-menu";

// `label` is a key in the `nav` catalogue namespace. Add one line per screen; order is menu order.
type NavItem = { href: string; label: string; area: Area };

const items: NavItem[] = [
  { href: "/dashboard", label: "dashboard", area: "staff" },
  { href: "/clients", label: "clients", area: "staff" },
  { href: "/supervision", label: "team", area: "supervision" },
  { href: "/supervision/analytics", label: "analytics", area: "supervision" },
  { href: "/supervision/reviews", label: "outcomeReviews", area: "supervision" },
  { href: "/admin/staff", label: "staff", area: "admin" },
  // Every staff member reads the directory (contact routes, policies); only admins edit it.
  { href: "/admin/creditors", label: "creditors", area: "staff" },
  { href: "/admin/evidence", label: "evidence", area: "admin" },
  { href: "/admin/audit", label: "auditLog", area: "supervision" },
  { href: "/admin/settings", label: "settings", area: "admin" },
  { href: "/password", label: "password", area: "staff" },
];

export async function StaffNav({ user }: { user: SessionUser }) {
  const [t, common, shell] = await Promise.all([getTranslations("nav"), getTranslations("common"), getTranslations("shell")]);
  const visible = items.filter((item) => canEnter(user.role, item.area)).map((item) => ({ href: item.href, label: t(item.label) }));
  const brand = (
    <Link href="/dashboard" className="flex min-h-touch items-center rounded-[var(--radius-control)] text-base font-semibold text-white">
      {common("appName")}
    </Link>
  );
  return <NavMenu label={t("main")} menuLabel={shell("menu")} items={visible} brand={brand} />;
}
