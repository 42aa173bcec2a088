"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("letters");
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
