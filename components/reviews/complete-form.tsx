"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { completeReviewAction } from "@/app/(staff)/clients/[clientId]/reviews/actions";
import { StatementEditor } from "@/components/budget/statement-editor";
import type { EditorLine } from "@/components/budget/line-row";
import { DateField, TextareaField } from "@/components/ui/field";
import { ControlledSelectField } from "@/components/ui/controlled-select";
import { reviewOutcomes } from "@/db/schema/reviews";
import type { CurrencyCode } from "@/lib/finance";
import type { FormState } from "@/lib/validation/form";

type Props = {
  clientId: string;
  reviewId: string;
  version: number;
  statementDate: string;
  currency: CurrencyCode;
  lines: { income: Omit<EditorLine, "key">[]; expenditure: Omit<EditorLine, "key">[] };
  nextDueOn: string;
};

/** The review form: the statement editor (prefilled from the last statement) plus outcome, notes and the next date. */
export function CompleteReviewForm({ clientId, reviewId, version: readVersion, nextDueOn: defaultNext, ...statement }: Props) {
  const t = useTranslations("reviews");
  // Controlled, so a refused submit keeps what was chosen (the select also outlasts React's form reset).
  const [outcome, setOutcome] = useState("");
  const [notes, setNotes] = useState("");
  const [next, setNext] = useState(defaultNext);
  // A review moved meanwhile is refused with its new version (and the new date in the message): the
  // next submit sends that version, so it completes the review without a reload losing the statement.
  const [version, setVersion] = useState(readVersion);
  const action = useMemo(() => {
    const complete = completeReviewAction.bind(null, clientId, reviewId);
    return async (prev: FormState, data: FormData): Promise<FormState> => {
      const result = await complete(prev, data);
      const current = result && !result.ok ? Number(result.values?.version) : NaN;
      if (Number.isInteger(current)) setVersion(current);
      return result;
    };
  }, [clientId, reviewId]);
  return (
    <StatementEditor
      clientId={clientId}
      {...statement}
      action={action}
      submitLabel={t("complete")}
      extra={(errors) => (
        <fieldset className="space-y-4 rounded-[var(--radius-card)] border border-line bg-surface p-4">
          <legend className="px-1 text-lg font-semibold">{t("outcomeTitle")}</legend>
          <input type="hidden" name="version" value={version} />
          <ControlledSelectField id="review-outcome" name="outcome" label={t("outcome")} hint={t("outcomeHint")} value={outcome} onChange={(e) => setOutcome(e.target.value)} error={errors.outcome} required>
            <option value="">{t("chooseOutcome")}</option>
            {reviewOutcomes.map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
              </option>
            ))}
          </ControlledSelectField>
          <TextareaField id="review-notes" name="reviewNotes" rows={3} label={t("notes")} value={notes} onChange={(e) => setNotes(e.target.value)} error={errors.reviewNotes} />
          <DateField id="review-next" name="nextDueOn" label={t("nextDueOn")} hint={t("nextDueOnHint")} value={next} onChange={(e) => setNext(e.target.value)} error={errors.nextDueOn} required />
          {errors.version ? <p className="text-danger-fg">{errors.version}</p> : null}
        </fieldset>
      )}
    />
  );
}
