"use client";

import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { acknowledgeChangeAction } from "@/app/(staff)/clients/[clientId]/reviews/actions";
import { Button } from "@/components/ui/button";

/**
 * Marks a reported change as seen; harmless and repeatable, so no confirmation. Each report has one,
 * so its accessible name says which (`change`, `date`: "Mark as seen: Lost my job, reported …").
 */
export function AcknowledgeButton({ clientId, reportId, change, date }: { clientId: string; reportId: string; change: string; date: string }) {
  const t = useTranslations("reviews");
  const [pending, start] = useTransition();
  return (
    <Button variant="secondary" disabled={pending} aria-label={t("acknowledgeNamed", { change, date })} onClick={() => start(() => acknowledgeChangeAction(clientId, reportId))}>
      {t("acknowledge")}
    </Button>
  );
}
