"use client";

import { useActionState } from "react";
import { toast } from "sonner";
import { useTranslations } from "next-intl";
import { resolveCorrectionAction } from "@/app/(staff)/supervision/reviews/actions";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/validation/form";

/** The counsellor's answer to a correction: what they changed; the item then leaves the dashboard. */
export function ResolveForm({ reviewId, label }: { reviewId: string; label: string }) {
  const t = useTranslations("supervision.reviews");
  // The resolved item leaves the card as the page refreshes, so the confirmation is a toast, raised here.
  const [state, action, pending] = useActionState<FormState, FormData>(async (previous, data) => {
    const result = await resolveCorrectionAction(previous, data);
    if (result?.ok && result.message) toast.success(result.message);
    return result;
  }, null);
  if (state?.ok) return <FormMessage tone="success">{state.message}</FormMessage>;
  return (
    <form action={action} aria-label={label} className="space-y-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <TextareaField id={`resolve-${reviewId}`} name="note" label={t("resolutionNote")} rows={2} maxLength={2000} required error={state && !state.ok ? state.fieldErrors.note : undefined} />
      <FormMessage tone="error">{state && !state.ok ? state.message : null}</FormMessage>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("markResolved")}
      </Button>
    </form>
  );
}
