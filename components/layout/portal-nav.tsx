import { getTranslations } from "next-intl/server";
import { NavTabs } from "./nav-tabs";

// `label` is a key in the `nav` catalogue namespace. Add one line per portal screen.
const items: { href: string; label: string }[] = [
  { href: "/portal", label: "portal" },
  { href: "/portal/documents", label: "myDocuments" },
  { href: "/portal/plans", label: "myPlans" },
  { href: "/portal/changes", label: "reportChange" },
  { href: "/password", label: "password" },
];

/** The portal's sections as large, thumb-sized tabs that scroll sideways on narrow phones. */
export async function PortalNav() {
  const [t, shell] = await Promise.all([getTranslations("nav"), getTranslations("shell")]);
  return <NavTabs label={shell("portalNav")} items={items.map((item) => ({ href: item.href, label: t(item.label) }))} />;
}
