"use client";

import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { acknowledgeChangeAction } from "@/app/(staff)/clients/[clientId]/reviews/actions";
import { Button } from "@/components/ui/button";

/** Marks a reported change as seen; harmless and repeatable, so no confirmation. */
export function AcknowledgeButton({ clientId, reportId }: { clientId: string; reportId: string }) {
  const t = useTranslations("reviews");
  const [pending, start] = useTransition();
  return (
    <Button variant="secondary" disabled={pending} onClick={() => start(() => acknowledgeChangeAction(clientId, reportId))}>
      {t("acknowledge")}
    </Button>
  );
}
