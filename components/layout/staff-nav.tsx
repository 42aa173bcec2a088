import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { canEnter, type Area, type SessionUser } from "@/lib/auth/permissions";

type NavItem = { href: string; label: string; area: Area };

const items: NavItem[] = [
  { href: "/dashboard", label: "dashboard", area: "staff" },
  { href: "/admin/staff", label: "staff", area: "admin" },
  { href: "/password", label: "password", area: "staff" },
];

export async function StaffNav({ user }: { user: SessionUser }) {
  const t = await getTranslations("nav");
  return (
    <nav aria-label={t("main")} className="border-b border-line bg-surface md:min-h-full md:w-56 md:border-r md:border-b-0">
      <ul className="flex gap-1 overflow-x-auto p-2 md:flex-col">
        {items
          .filter((item) => canEnter(user.role, item.area))
          .map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="block rounded-[var(--radius-control)] px-3 py-2 text-sm font-medium text-ink hover:bg-brand-50"
              >
                {t(item.label)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
