import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** A section with nothing in it yet: says so plainly rather than showing an empty table. */
export async function EmptyTab({ title }: { title: string }) {
  const t = await getTranslations("clients");
  return (
    <Card aria-labelledby="tab-heading">
      <h2 id="tab-heading" className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-ink-muted">{t("nothingYet")}</p>
    </Card>
  );
}
