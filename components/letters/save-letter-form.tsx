"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveLetterAction } from "@/app/(staff)/clients/[clientId]/letters/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

export function SaveLetterForm({ clientId, options }: { clientId: string; options: Record<string, string> }) {
  const t = useTranslations("letters");
  const [state, action, pending] = useActionState<FormState, FormData>(saveLetterAction.bind(null, clientId), null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      {Object.entries(options).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
      <FormMessage tone={state?.ok ? "success" : "error"}>{state?.message}</FormMessage>
    </form>
  );
}
